import { Field, Input } from '@grafana/ui';
import { memo } from 'react';

export interface EndpointFieldProps {
  inputId: string;
  endpoint: string;
  placeholder: string;
  onChange: (value: string) => void;
}

export const EndpointField = memo(function EndpointField({ inputId, endpoint, placeholder, onChange }: EndpointFieldProps) {
  return (
    <Field label="Endpoint" description="Optional. A custom service endpoint, such as a VPC endpoint. Leave blank for AWS's own.">
      <Input
        id={inputId}
        type="url"
        value={endpoint}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Field>
  );
});
