import type { AwsAuthDataSourceSettings, AwsAuthJsonData } from '../../src/model/types';
import { makeOptions } from '../../test/support/options';

/**
 * A data source as Grafana hands it to a plugin's ConfigEditor. `uid` and the plugin's own jsonData
 * key (`customMetricsNamespaces`) are there so that a story shows they survive every edit.
 */
export function dataSource(overrides: Partial<AwsAuthDataSourceSettings> = {}): AwsAuthDataSourceSettings {
  return makeOptions({
    url: '',
    ...overrides,
    // A plugin's own key, which AwsAuthJsonData does not name.
    jsonData: { customMetricsNamespaces: 'MyApp', ...overrides.jsonData } as AwsAuthJsonData,
  });
}

/** Keys the AWS section may write. Anything else in `options` belongs to the plugin or to Grafana. */
export const ownedKeys = {
  jsonData: [
    'authType',
    'profile',
    'assumeRoleArn',
    'externalId',
    'endpoint',
    'defaultRegion',
    // Written with defaultRegion when the backend would read it first (a saved region that is neither empty nor "default").
    'region',
    'proxyType',
    'proxyUrl',
    'proxyUsername',
    'usePerDatasourceExternalId',
    'grafanaExternalId',
  ],
  secureJsonData: ['accessKey', 'secretKey', 'sessionToken', 'proxyPassword'],
  secureJsonFields: ['accessKey', 'secretKey', 'sessionToken', 'proxyPassword'],
} as const;

export type OptionsPart = keyof typeof ownedKeys;
