import { useMemo } from 'react';

import type { AwsAuthJsonData, AwsAuthSecureJsonData } from '../model/types';
import { GrafanaAssumeRoleFields } from './GrafanaAssumeRoleFields';
import { HttpProxySettings } from './HttpProxySettings';
import { type ConnectionConfigProps, LeanConnectionConfig } from './LeanConnectionConfig';

export type { ConnectionConfigProps } from './LeanConnectionConfig';

/**
 * The AWS authentication section of a data source's configuration page: provider, the credentials
 * it needs, assume role (Grafana Assume Role too, where the server offers it), endpoint, default
 * region and, with `showHttpProxySettings`, the data source's own HTTP proxy. A drop-in replacement
 * for `@grafana/aws-sdk`'s `ConnectionConfig`: same props, keys, labels, ids and test ids.
 */
export function ConnectionConfig<J extends AwsAuthJsonData = AwsAuthJsonData, S = AwsAuthSecureJsonData>(
  props: ConnectionConfigProps<J, S>
) {
  const { extras } = props;
  // Built in, as in @grafana/aws-sdk: a plugin that only changes its import keeps both.
  const withBuiltIns = useMemo(
    () => ({ GrafanaAssumeRole: GrafanaAssumeRoleFields, HttpProxy: HttpProxySettings, ...extras }),
    [extras]
  );
  return <LeanConnectionConfig {...props} extras={withBuiltIns} />;
}
