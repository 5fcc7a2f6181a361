import { Alert, Button } from '@grafana/ui';
import { memo } from 'react';

import type { TextSetting } from '../model/types';
import type { FieldIds } from './fieldIds';
import { rich, t } from './i18n';
import { ROLE_ARN_EXAMPLE, SettingInput } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';
import type { AwsAuthEdit } from '../model/edit';

export interface AssumeRoleFieldsProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  ids: Pick<FieldIds, 'assumeRoleArn' | 'externalId'>;
  /** Why the fields are hidden: the server disables assume role, or the plugin hides it. */
  hiddenBy: 'server' | 'plugin' | undefined;
  assumeRoleArn: string;
  externalId: string;
  /** A provisioned data source: the fields are shown, not editable, and the stored role cannot be cleared. */
  readOnly?: boolean;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
}

export const AssumeRoleFields = /* @__PURE__ */ memo(function AssumeRoleFields(props: AssumeRoleFieldsProps) {
  const { ids, hiddenBy, assumeRoleArn, externalId, readOnly, onEdit, findings } = props;
  const onChange = (setting: TextSetting, value: string) => onEdit({ type: 'text', setting, value });

  if (hiddenBy) {
    if (!assumeRoleArn && !externalId) {
      return null;
    }
    // A stored role is kept (nothing is lost silently), but the person must know what it does.
    return (
      <Alert
        severity="warning"
        title={
          hiddenBy === 'server'
            ? t('grafana-aws-auth.assume-role.disabled.title', 'Assume role is disabled on this Grafana server')
            : t('grafana-aws-auth.assume-role.hidden.title', 'This data source assumes a role')
        }
      >
        <p>
          {rich(
            hiddenBy === 'server'
              ? t(
                  'grafana-aws-auth.assume-role.disabled.body',
                  'This data source still has a stored role ARN (<1>{{arn}}</1>), and Grafana will refuse its requests until the role is cleared or an admin sets <3>assume_role_enabled = true</3> in the <6>[aws]</6> section of grafana.ini.',
                  { arn: assumeRoleArn || '—' }
                )
              : t(
                  'grafana-aws-auth.assume-role.hidden.body',
                  'A stored role ARN (<1>{{arn}}</1>) is still used, although this page does not show the field to change it.',
                  { arn: assumeRoleArn || '—' }
                )
          )}
        </p>
        <Button
          variant="secondary"
          size="sm"
          icon="trash-alt"
          disabled={readOnly}
          onClick={() => onEdit({ type: 'clearAssumeRole' })}
        >
          {t('grafana-aws-auth.assume-role.clear', 'Clear the stored role')}
        </Button>
      </Alert>
    );
  }

  return (
    <>
      <SettingInput
        id={ids.assumeRoleArn}
        label={t('grafana-aws-auth.assume-role.arn.label', 'Assume Role ARN')}
        description={t(
          'grafana-aws-auth.assume-role.arn.description',
          'Optional. Grafana calls sts:AssumeRole with the credentials above and uses that role. Leave blank to use the credentials directly.'
        )}
        findings={findingsOf(findings, 'assumeRoleArn')}
        value={assumeRoleArn}
        placeholder={ROLE_ARN_EXAMPLE}
        readOnly={readOnly}
        onChange={(value) => onChange('assumeRoleArn', value)}
      />
      <SettingInput
        id={ids.externalId}
        label={t('grafana-aws-auth.assume-role.external-id.label', 'External ID')}
        description={t(
          'grafana-aws-auth.assume-role.external-id.description',
          "Only if the role's trust policy requires one (usual for a role in another account)."
        )}
        findings={findingsOf(findings, 'externalId')}
        value={externalId}
        placeholder={t('grafana-aws-auth.assume-role.external-id.placeholder', 'External ID')}
        readOnly={readOnly}
        onChange={(value) => onChange('externalId', value)}
      />
    </>
  );
});
