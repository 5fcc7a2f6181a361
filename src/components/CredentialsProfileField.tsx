import { memo, useCallback } from 'react';

import type { AwsAuthEdit } from '../model/edit';

import { t } from './i18n';
import { SettingInput } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';

export interface CredentialsProfileFieldProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  inputId: string;
  profile: string;
  /** The profile shown comes from the legacy `database` field, as the backend falls back to it. */
  fromDatabase: boolean;
  /** A provisioned data source: shown, selectable, not editable. */
  readOnly?: boolean;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
}

export const CredentialsProfileField = /* @__PURE__ */ memo(function CredentialsProfileField(
  props: CredentialsProfileFieldProps
) {
  const { inputId, profile, fromDatabase, readOnly, onEdit } = props;
  const onChange = useCallback((value: string) => onEdit({ type: 'text', setting: 'profile', value }), [onEdit]);
  const description = fromDatabase
    ? t(
        'grafana-aws-auth.profile.from-database',
        'Read from this data source\'s older "database" setting. Type here to save it as the profile.'
      )
    : t(
        'grafana-aws-auth.profile.description',
        'The [section] of ~/.aws/credentials to use, in the home folder of the user running grafana-server.'
      );
  return (
    <SettingInput
      id={inputId}
      label={t('grafana-aws-auth.profile.label', 'Credentials Profile Name')}
      description={description}
      findings={findingsOf(props.findings, 'profile')}
      value={profile}
      placeholder="default"
      readOnly={readOnly}
      onChange={onChange}
    />
  );
});
