import { memo, useCallback } from 'react';

import type { AwsAuthEdit } from '../model/edit';

import { t } from './i18n';
import { SettingInput } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';

export interface EndpointFieldProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  inputId: string;
  endpoint: string;
  placeholder: string;
  /** A provisioned data source: shown, selectable, not editable. */
  readOnly?: boolean;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
}

export const EndpointField = /* @__PURE__ */ memo(function EndpointField({
  inputId,
  endpoint,
  placeholder,
  readOnly,
  onEdit,
  findings,
}: EndpointFieldProps) {
  const onChange = useCallback((value: string) => onEdit({ type: 'text', setting: 'endpoint', value }), [onEdit]);
  return (
    <SettingInput
      id={inputId}
      label={t('grafana-aws-auth.endpoint.label', 'Endpoint')}
      description={t(
        'grafana-aws-auth.endpoint.description',
        "Optional. A custom service endpoint, such as a VPC endpoint. Leave blank for AWS's own."
      )}
      findings={findingsOf(findings, 'endpoint')}
      value={endpoint}
      placeholder={placeholder}
      readOnly={readOnly}
      onChange={onChange}
    />
  );
});
