import { memo, useMemo } from 'react';

import type { Validator } from '../model/validate';
import { t, translate } from './i18n';
import { NO_FINDINGS, SettingInput } from './SettingField';

export interface CredentialsProfileFieldProps {
  /** Opt-in checks (for example `validateAwsAuth`); without one, nothing is checked. */
  validate?: Validator;
  inputId: string;
  profile: string;
  /** The profile shown comes from the legacy `database` field, as the backend falls back to it. */
  fromDatabase: boolean;
  /** A provisioned data source: shown, selectable, not editable. */
  readOnly?: boolean;
  onChange: (value: string) => void;
}

export const CredentialsProfileField = /* @__PURE__ */ memo(function CredentialsProfileField(
  props: CredentialsProfileFieldProps
) {
  const { inputId, profile, fromDatabase, readOnly, onChange, validate } = props;
  const findings = useMemo(() => (validate ? validate({ profile }, translate) : NO_FINDINGS), [profile, validate]);
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
      findings={findings}
      value={profile}
      placeholder="default"
      readOnly={readOnly}
      onChange={onChange}
    />
  );
});
