import { memo, useCallback } from 'react';

import type { AwsAuthEdit } from '../model/edit';
import { type SecretSetting, rowOf } from '../model/settingsTable';
import type { Finding } from '../model/validate';
import { MaskedSecretInput } from './MaskedSecretInput';
import { SettingField, useTrimmedChange } from './SettingField';

export interface SecretFieldProps {
  id: string;
  setting: SecretSetting;
  label: string;
  description: string;
  findings: readonly Finding[];
  configured: boolean;
  value: string;
  readOnly?: boolean;
  onEdit: (edit: AwsAuthEdit) => void;
}

/**
 * One secret: masked, with Reset once stored, trimmed unless its table row keeps spaces. Memoised on plain
 * values, so that typing in one secret does not re-render the others.
 */
export const SecretField = /* @__PURE__ */ memo(function SecretField(props: SecretFieldProps) {
  const { id, setting, label, description, findings, configured, value, readOnly, onEdit } = props;
  const change = useCallback((typed: string) => onEdit({ type: 'secret', setting, value: typed }), [onEdit, setting]);
  const trimmed = useTrimmedChange(change);
  const trim = rowOf(setting).keepSpaces !== true;
  return (
    <SettingField
      inputId={id}
      label={label}
      description={description}
      findings={findings}
      notice={trim ? trimmed.notice : undefined}
    >
      {(aria) => (
        <MaskedSecretInput
          id={id}
          isConfigured={configured}
          value={value}
          disabled={readOnly}
          onChange={(e) => (trim ? trimmed.onChange : change)(e.currentTarget.value)}
          onReset={() => onEdit({ type: 'resetSecret', setting })}
          {...aria}
        />
      )}
    </SettingField>
  );
});
