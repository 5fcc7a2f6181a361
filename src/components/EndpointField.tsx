import { Input } from '@grafana/ui';
import { memo, useMemo } from 'react';

import { validateAwsAuth } from '../model/validate';
import { SettingField, useTrimmedChange } from './SettingField';

export interface EndpointFieldProps {
  inputId: string;
  endpoint: string;
  placeholder: string;
  onChange: (value: string) => void;
}

export const EndpointField = memo(function EndpointField({ inputId, endpoint, placeholder, onChange }: EndpointFieldProps) {
  const { notice, onChange: onTyped } = useTrimmedChange(onChange);
  const findings = useMemo(() => validateAwsAuth({ endpoint }), [endpoint]);
  return (
    <SettingField
      label="Endpoint"
      description="Optional. A custom service endpoint, such as a VPC endpoint. Leave blank for AWS's own."
      findings={findings}
      notice={notice}
    >
      {(aria) => (
        <Input
          id={inputId}
          type="url"
          value={endpoint}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onTyped(e.currentTarget.value)}
          {...aria}
        />
      )}
    </SettingField>
  );
});
