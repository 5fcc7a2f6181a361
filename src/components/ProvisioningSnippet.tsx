import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { ClipboardButton, Collapse, useStyles2 } from '@grafana/ui';
import { useId, useMemo, useState } from 'react';

import { type ProvisioningFormat, provisioningSecrets, provisioningSnippet } from '../model/provisioning';
import type { AnySettings } from '../model/types';
import { t } from './i18n';

export interface ProvisioningSnippetProps {
  /** The data source settings as they are on the page (saved values and unsaved edits). */
  options: AnySettings;
}

/**
 * "Provision this data source": the settings on the page as a Grafana provisioning file and as a
 * Terraform resource, each with a copy button. Secrets appear only as variable names.
 */
export function ProvisioningSnippet({ options }: ProvisioningSnippetProps) {
  const [open, setOpen] = useState(false);
  return (
    <Collapse
      label={t('grafana-aws-auth.provisioning.title', 'Provision this data source as code')}
      isOpen={open}
      onToggle={() => setOpen(!open)}
    >
      {/* Built only while open: a closed section costs nothing on every keystroke. */}
      {open && <Snippets options={options} />}
    </Collapse>
  );
}

function Snippets({ options }: ProvisioningSnippetProps) {
  const styles = useStyles2(getStyles);
  const yaml = useMemo(() => provisioningSnippet(options, 'yaml'), [options]);
  const terraform = useMemo(() => provisioningSnippet(options, 'terraform'), [options]);
  const secrets = useMemo(() => provisioningSecrets(options), [options]);
  return (
    <div>
      <p className={styles.note}>
        {secrets.length > 0
          ? t(
              'grafana-aws-auth.provisioning.secrets',
              'Secrets are not copied: each one is read from a variable, to set where Grafana or Terraform runs:'
            )
          : t(
              'grafana-aws-auth.provisioning.no-secrets',
              'These settings as Grafana would save them, unsaved changes on this page included.'
            )}{' '}
        {secrets.map((s, i) => (
          <span key={s.key}>
            {i > 0 && ', '}
            <code>{s.env}</code>
          </span>
        ))}
      </p>
      <Snippet
        format="yaml"
        text={yaml}
        title={t('grafana-aws-auth.provisioning.yaml', 'Grafana provisioning file (YAML)')}
        copy={t('grafana-aws-auth.provisioning.copy-yaml', 'Copy YAML')}
      />
      <Snippet
        format="terraform"
        text={terraform}
        title={t('grafana-aws-auth.provisioning.terraform', 'Terraform (grafana_data_source)')}
        copy={t('grafana-aws-auth.provisioning.copy-terraform', 'Copy Terraform')}
      />
    </div>
  );
}

/** A titled block of code with a copy button; the role policies' view shows its snippets the same way. */
export function Snippet({
  format,
  text,
  title,
  copy,
}: {
  /** What the text is (`yaml`, `terraform`, `json`, `shell`), for styling and tests. */
  format: ProvisioningFormat | 'json' | 'shell';
  text: string;
  title: string;
  copy: string;
}) {
  const styles = useStyles2(getStyles);
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.snippet} data-format={format}>
      <div className={styles.header}>
        <h4 id={id} className={styles.title}>
          {title}
        </h4>
        <ClipboardButton icon="copy" variant="secondary" size="sm" getText={() => text}>
          {copy}
        </ClipboardButton>
      </div>
      {/* Focusable so that keyboard users can scroll it. */}
      <pre className={styles.code} tabIndex={0} aria-label={title}>
        {text}
      </pre>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  note: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  snippet: css({ marginBottom: theme.spacing(2) }),
  header: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  }),
  title: css({ fontSize: theme.typography.body.fontSize, margin: 0 }),
  code: css({ maxHeight: 320, overflow: 'auto', fontSize: theme.typography.bodySmall.fontSize, margin: 0 }),
});
