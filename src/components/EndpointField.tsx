import { memo, useMemo } from 'react';

import type { Validator } from '../model/validate';
import { t, translate } from './i18n';
import { NO_FINDINGS, SettingInput } from './SettingField';

export interface EndpointFieldProps {
  /** Opt-in checks (for example `validateAwsAuth`); without one, nothing is checked. */
  validate?: Validator;
  inputId: string;
  endpoint: string;
  placeholder: string;
  /** A provisioned data source: shown, selectable, not editable. */
  readOnly?: boolean;
  onChange: (value: string) => void;
}

export const EndpointField = /* @__PURE__ */ memo(function EndpointField({
  inputId,
  endpoint,
  placeholder,
  readOnly,
  onChange,
  validate,
}: EndpointFieldProps) {
  const findings = useMemo(() => (validate ? validate({ endpoint }, translate) : NO_FINDINGS), [endpoint, validate]);
  return (
    <SettingInput
      id={inputId}
      type="url"
      label={t('grafana-aws-auth.endpoint.label', 'Endpoint')}
      description={t(
        'grafana-aws-auth.endpoint.description',
        "Optional. A custom service endpoint, such as a VPC endpoint. Leave blank for AWS's own."
      )}
      findings={findings}
      value={endpoint}
      placeholder={placeholder}
      readOnly={readOnly}
      onChange={onChange}
    />
  );
});
