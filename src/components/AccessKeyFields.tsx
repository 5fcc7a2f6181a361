import { memo, useMemo } from 'react';

import type { SecretState } from '../model/settings';
import type { SecretSetting } from '../model/types';
import { validateAwsAuth } from '../model/validate';
import { MaskedSecretInput } from './MaskedSecretInput';
import { SettingField, useTrimmedChange } from './SettingField';

export interface AccessKeyFieldsProps {
  idPrefix: string;
  accessKey: SecretState;
  secretKey: SecretState;
  onChange: (setting: SecretSetting, value: string) => void;
  onReset: (setting: SecretSetting) => void;
}

// Browsers and password managers must not offer saved logins here: an autofilled site password
// would be submitted as an AWS key.
export const noAutofill = {
  autoComplete: 'new-password',
  'data-lpignore': 'true',
  'data-1p-ignore': 'true',
  'data-form-type': 'other',
  spellCheck: false,
} as const;

export const AccessKeyFields = memo(function AccessKeyFields(props: AccessKeyFieldsProps) {
  const { idPrefix, accessKey, secretKey, onChange, onReset } = props;
  const access = useTrimmedChange((value) => onChange('accessKey', value));
  const secret = useTrimmedChange((value) => onChange('secretKey', value));
  // Only what is typed here is checked; a stored key never reaches the browser.
  const findings = useMemo(
    () => validateAwsAuth({ accessKey: accessKey.value, secretKey: secretKey.value }),
    [accessKey.value, secretKey.value]
  );
  return (
    <>
      <SettingField
        label="Access Key ID"
        description="Starts with AKIA for a long-term key or ASIA for a temporary one."
        findings={findings.filter((f) => f.setting === 'accessKey')}
        notice={access.notice}
      >
        {(aria) => (
          <MaskedSecretInput
            id={`${idPrefix}-access-key`}
            isConfigured={accessKey.configured}
            value={accessKey.value}
            onChange={(e) => access.onChange(e.currentTarget.value)}
            onReset={() => onReset('accessKey')}
            {...noAutofill}
            {...aria}
          />
        )}
      </SettingField>
      <SettingField
        label="Secret Access Key"
        description="Shown only once, when the key is created in the AWS console."
        findings={findings.filter((f) => f.setting === 'secretKey')}
        notice={secret.notice}
      >
        {(aria) => (
          <MaskedSecretInput
            id={`${idPrefix}-secret-key`}
            isConfigured={secretKey.configured}
            value={secretKey.value}
            onChange={(e) => secret.onChange(e.currentTarget.value)}
            onReset={() => onReset('secretKey')}
            {...noAutofill}
            {...aria}
          />
        )}
      </SettingField>
    </>
  );
});
