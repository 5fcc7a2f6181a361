import { FieldSet } from '@grafana/ui';

import { sigV4SettingKeys } from '../model/types';
import { ConnectionConfig, type ConnectionConfigProps } from './ConnectionConfig';
import { t } from './i18n';

/**
 * Props of the SigV4 editor: those of `ConnectionConfig`, for any data source's settings (a
 * Prometheus or Elasticsearch jsonData is not AWS-shaped), without the ones SigV4 fixes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SIGV4ConnectionConfigProps = Omit<ConnectionConfigProps<any, any>, 'settingKeys' | 'showHttpProxySettings'>;

/**
 * SigV4 request signing for HTTP data sources: the same editor over the `sigV4*` keys. Every other
 * key of the host (basic auth password, TLS keys, its own jsonData) stays as it is. Like
 * `@grafana/aws-sdk`'s, it has no section header and hides the endpoint unless `skipEndpoint={false}`.
 */
export function SIGV4ConnectionConfig(props: SIGV4ConnectionConfigProps) {
  return (
    <FieldSet label={t('grafana-aws-auth.sigv4.title', 'SigV4 Auth Details')}>
      <ConnectionConfig skipEndpoint {...props} skipHeader settingKeys={sigV4SettingKeys} />
    </FieldSet>
  );
}
