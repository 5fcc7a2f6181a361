import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { memo, useId, useMemo } from 'react';

import type { AwsAuthView } from '../model/settings';
import { type SummaryContext, summarizeCredentialChain } from '../model/summary';
import { t, translate } from './i18n';

export interface CredentialSummaryProps extends SummaryContext {
  view: AwsAuthView;
}

/** "What Grafana will do": the credential chain in plain words, under the form. */
export const CredentialSummary = /* @__PURE__ */ memo(function CredentialSummary({
  view,
  ...context
}: CredentialSummaryProps) {
  const styles = useStyles2(getStyles);
  const headingId = useId();
  const { assumeRoleEnabled, defaultEndpoint, grafanaExternalId } = context;
  const summary = useMemo(
    () => summarizeCredentialChain(view, { assumeRoleEnabled, defaultEndpoint, grafanaExternalId }, translate),
    [view, assumeRoleEnabled, defaultEndpoint, grafanaExternalId]
  );
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('grafana-aws-auth.summary.title', 'What Grafana will do')}
      </h3>
      <p className={styles.sentence}>
        {summary.sentence.map((segment, i) =>
          typeof segment === 'string' ? segment : <code key={i}>{segment.code}</code>
        )}
      </p>
      {summary.hints.length > 0 && (
        <ul className={styles.hints}>
          {summary.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </section>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    marginTop: theme.spacing(1),
    marginBottom: theme.spacing(2),
    padding: theme.spacing(1.5, 2),
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.default,
  }),
  heading: css({ fontSize: theme.typography.h5.fontSize, marginBottom: theme.spacing(1) }),
  sentence: css({ marginBottom: 0, overflowWrap: 'anywhere' }),
  hints: css({
    margin: theme.spacing(1, 0, 0, 2),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
