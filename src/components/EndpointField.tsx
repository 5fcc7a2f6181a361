import { t } from '@grafana/i18n';
import { Input } from '@grafana/ui';
import { memo, useMemo } from 'react';

import type { Validator } from '../model/validate';
import { translate } from './i18n';
import { NO_FINDINGS, SettingField, useTrimmedChange } from './SettingField';

export interface EndpointFieldProps {
  /** Opt-in checks (for example `validateAwsAuth`); without one, nothing is checked. */
  validate?: Validator;
  inputId: string;
  endpoint: string;
  placeholder: string;
  onChange: (value: string) => void;
}

export const EndpointField = memo(function EndpointField({
  inputId,
  endpoint,
  placeholder,
  onChange,
  validate,
}: EndpointFieldProps) {
  const { notice, onChange: onTyped } = useTrimmedChange(onChange);
  const findings = useMemo(() => (validate ? validate({ endpoint }, translate) : NO_FINDINGS), [endpoint, validate]);
  return (
    <SettingField
      label={t('grafana-aws-auth.endpoint.label', 'Endpoint')}
      description={t(
        'grafana-aws-auth.endpoint.description',
        "Optional. A custom service endpoint, such as a VPC endpoint. Leave blank for AWS's own."
      )}
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
