import type { AwsAuthDataSourceSettings } from '../../src/model/types';

/** A data source as Grafana hands it to a ConfigEditor, with plugin-owned keys to watch for loss. */
export function makeOptions(overrides: Partial<AwsAuthDataSourceSettings> = {}): AwsAuthDataSourceSettings {
  return {
    id: 7,
    uid: 'P1234ABCD',
    orgId: 1,
    name: 'CloudWatch',
    type: 'cloudwatch',
    typeName: 'CloudWatch',
    typeLogoUrl: '',
    access: 'proxy',
    url: 'https://monitoring.example.com',
    user: '',
    database: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    readOnly: false,
    withCredentials: false,
    version: 3,
    jsonData: {},
    secureJsonFields: {},
    ...overrides,
  } as AwsAuthDataSourceSettings;
}
