import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

import { config } from '@grafana/runtime';
import { Collapse, useStyles2 } from '@grafana/ui';
import { useMemo, useState } from 'react';

import { GRAFANA_ASSUME_ROLE_ACCOUNT_ID, stackExternalIdOf } from '../model/grafanaAssumeRole';
import { type IamPermissions, permissionPolicyOf, rolePolicies } from '../model/rolePolicies';
import { resolvePolicy } from '../model/server';
import { readSettings } from '../model/settings';
import { type AnySettings, AwsAuthType, type SettingKeys } from '../model/types';
import { Trans, t, translate } from './i18n';
import { Snippet } from './ProvisioningSnippet';

/**
 * What the view reads. `ConnectionConfig` hands the extra its own props, so a plugin declares its
 * actions once, as `iamPermissions` on the editor.
 */
export interface RolePoliciesProps {
  /** The data source settings as they are on the page (unsaved edits included). */
  options: AnySettings;
  /** The stack's external ID for Grafana Assume Role, as the editor's prop of the same name. */
  externalId?: string;
  /** The IAM actions (and, optionally, resources) the plugin calls: its permission policy. Nothing is invented without it. */
  iamPermissions?: IamPermissions;
  /** Where settings live (the SigV4 editor's `sigV4*` names). */
  settingKeys?: SettingKeys;
  /** The editor hides assume role: only the permission policy is shown. */
  hideAssumeRoleArn?: boolean;
  /** Overrides the server's `assume_role_enabled`, as on the editor. */
  assumeRoleEnabled?: boolean;
}

/**
 * Extra `Policies`: the IAM role this data source needs, built from the form: its trust policy (for
 * Grafana Assume Role, Grafana's account and the external ID Grafana sends), the permission policy
 * for the plugin's `iamPermissions`, and both as AWS CLI commands and Terraform, with copy buttons.
 */
export function RolePolicies(props: RolePoliciesProps) {
  const [open, setOpen] = useState(false);
  const view = readSettings(props.options, props.settingKeys);
  const grafana = view.authType === AwsAuthType.GrafanaAssumeRole;
  const assumeRole =
    grafana ||
    (!props.hideAssumeRoleArn &&
      resolvePolicy(config, { assumeRoleEnabled: props.assumeRoleEnabled }).assumeRoleEnabled);
  if (!assumeRole && !permissionPolicyOf(props.iamPermissions)) {
    return null;
  }
  return (
    <Collapse
      label={
        grafana
          ? t('grafana-aws-auth.policies.title.grafana', 'The IAM role for Grafana to assume, as policies and code')
          : t('grafana-aws-auth.policies.title', 'The IAM role and permissions, as policies and code')
      }
      isOpen={open}
      onToggle={() => setOpen(!open)}
    >
      {/* Built only while open: a closed section costs nothing on every keystroke. */}
      {open && <Policies {...props} trust={assumeRole} />}
    </Collapse>
  );
}

function Policies(props: RolePoliciesProps & { trust: boolean }) {
  const styles = useStyles2(getStyles);
  const { options, settingKeys, externalId, iamPermissions, trust } = props;
  const result = useMemo(() => {
    const view = readSettings(options, settingKeys);
    const stackExternalId = stackExternalIdOf(externalId, config.namespace);
    return {
      view,
      ...rolePolicies({ view, stackExternalId, uid: options.uid, permissions: iamPermissions }, translate),
    };
  }, [options, settingKeys, externalId, iamPermissions]);
  const grafana = result.view.authType === AwsAuthType.GrafanaAssumeRole;

  return (
    <div>
      {trust && (
        <p className={styles.note}>
          {grafana ? (
            <Trans
              i18nKey="grafana-aws-auth.policies.note.grafana"
              values={{ account: GRAFANA_ASSUME_ROLE_ACCOUNT_ID, externalId: result.externalId || '—' }}
            >
              The trust policy lets Grafana&apos;s AWS account <code>{'{{account}}'}</code> assume the role only with
              the external ID <code>{'{{externalId}}'}</code>, the one Grafana sends for this data source.
            </Trans>
          ) : result.principalPlaceholder ? (
            t(
              'grafana-aws-auth.policies.note.placeholder',
              'Replace REPLACE-ME with the ARN of the IAM user or role Grafana runs as. After a failed test, "Explain this error" names it.'
            )
          ) : null}
        </p>
      )}
      {trust && (
        <Snippet
          format="json"
          text={result.trustPolicy}
          title={t('grafana-aws-auth.policies.trust', 'Trust policy')}
          copy={t('grafana-aws-auth.policies.copy-trust', 'Copy trust policy')}
        />
      )}
      {result.permissionPolicy && (
        <Snippet
          format="json"
          text={result.permissionPolicy}
          title={t('grafana-aws-auth.policies.permissions', 'Permission policy')}
          copy={t('grafana-aws-auth.policies.copy-permissions', 'Copy permission policy')}
        />
      )}
      {trust && (
        <>
          <Snippet
            format="shell"
            text={result.cli}
            title={t('grafana-aws-auth.policies.cli', 'AWS CLI')}
            copy={t('grafana-aws-auth.policies.copy-cli', 'Copy AWS CLI commands')}
          />
          <Snippet
            format="terraform"
            text={result.terraform}
            title={t('grafana-aws-auth.policies.terraform', 'Terraform (aws_iam_role)')}
            copy={t('grafana-aws-auth.policies.copy-terraform', 'Copy Terraform')}
          />
        </>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  note: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
