import { Field, SecretInput } from '@grafana/ui';
import { memo } from 'react';

import type { SecretState } from '../model/settings';
import type { SecretSetting } from '../model/types';

export interface AccessKeyFieldsProps {
  idPrefix: string;
  accessKey: SecretState;
  secretKey: SecretState;
  onChange: (setting: SecretSetting, value: string) => void;
  onReset: (setting: SecretSetting) => void;
}

// Browsers and password managers must not offer saved logins here: an autofilled site password
// would be submitted as an AWS key.
const noAutofill = {
  autoComplete: 'new-password',
  'data-lpignore': 'true',
  'data-1p-ignore': 'true',
  'data-form-type': 'other',
  spellCheck: false,
} as const;

export const AccessKeyFields = memo(function AccessKeyFields(props: AccessKeyFieldsProps) {
  const { idPrefix, accessKey, secretKey, onChange, onReset } = props;
  return (
    <>
      <Field label="Access Key ID" description="Starts with AKIA for a long-term key or ASIA for a temporary one.">
        <SecretInput
          id={`${idPrefix}-access-key`}
          isConfigured={accessKey.configured}
          value={accessKey.value}
          onChange={(e) => onChange('accessKey', e.currentTarget.value)}
          onReset={() => onReset('accessKey')}
          {...noAutofill}
        />
      </Field>
      <Field label="Secret Access Key" description="Shown only once, when the key is created in the AWS console.">
        <SecretInput
          id={`${idPrefix}-secret-key`}
          isConfigured={secretKey.configured}
          value={secretKey.value}
          onChange={(e) => onChange('secretKey', e.currentTarget.value)}
          onReset={() => onReset('secretKey')}
          {...noAutofill}
        />
      </Field>
    </>
  );
});
