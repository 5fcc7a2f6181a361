import type { AwsAuthDataSourceSettings } from '../../src/model/types';

/**
 * A data source as Grafana hands it to a plugin's ConfigEditor. `url`, `uid` and the plugin's own
 * jsonData key (`customMetricsNamespaces`) are there so that a story shows they survive every edit.
 */
export function dataSource(overrides: Partial<AwsAuthDataSourceSettings> = {}): AwsAuthDataSourceSettings {
  return {
    id: 7,
    uid: 'P1234ABCD',
    orgId: 1,
    name: 'CloudWatch',
    type: 'cloudwatch',
    typeName: 'CloudWatch',
    typeLogoUrl: '',
    access: 'proxy',
    url: '',
    user: '',
    database: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    readOnly: false,
    withCredentials: false,
    version: 3,
    secureJsonFields: {},
    ...overrides,
    jsonData: { customMetricsNamespaces: 'MyApp', ...overrides.jsonData },
  } as AwsAuthDataSourceSettings;
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
