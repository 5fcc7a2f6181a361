import type { AwsAuthDataSourceSettings, AwsAuthJsonData } from '../../src/model/types';
import { makeOptions } from '../support/options';
import { grafanaCloud, serverSettings } from '../support/server';

/** One situation a plugin author's test renders: saved settings, what the server sends, the props. */
export interface State {
  name: string;
  server: () => void;
  options: AwsAuthDataSourceSettings;
  props?: Record<string, unknown>;
  /** Rendered with both SigV4 editors instead of the main ones. */
  sigV4?: boolean;
}

const oss = () =>
  serverSettings({ allowed: ['default', 'keys', 'credentials', 'ec2_iam_role'], assumeRoleEnabled: true });
const jd = (jsonData: Record<string, unknown>) => jsonData as AwsAuthJsonData;
const ROLE = 'arn:aws:iam::123456789012:role/r';
const GAR = { authType: 'grafana_assume_role', assumeRoleArn: ROLE };
/** Grafana Cloud, with Grafana Assume Role allowed and assume role enabled. */
const cloud = (perDatasource: boolean) => () => {
  grafanaCloud(perDatasource);
  serverSettings({ assumeRoleEnabled: true });
};

/**
 * Every situation the attribute-by-attribute comparison renders in both editors: a new data source,
 * each provider, stored and typed keys, a profile, assume role (set, and disabled by the server),
 * Grafana Assume Role (stack ID known, unknown because its fetch failed, per-data-source mode),
 * a provisioned data source, the HTTP proxy and SigV4.
 */
export const STATES: State[] = [
  { name: 'a new data source', server: oss, options: makeOptions() },
  ...['default', 'keys', 'credentials', 'ec2_iam_role'].map((authType) => ({
    name: `provider ${authType}, nothing else saved`,
    server: oss,
    options: makeOptions({ jsonData: jd({ authType }) }),
  })),
  {
    name: 'saved keys (configured)',
    server: oss,
    options: makeOptions({
      jsonData: jd({ authType: 'keys' }),
      secureJsonFields: { accessKey: true, secretKey: true },
    }),
  },
  {
    name: 'keys typed, not saved',
    server: oss,
    options: makeOptions({
      jsonData: jd({ authType: 'keys' }),
      secureJsonData: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'typed-secret' },
    }),
  },
  {
    name: 'a credentials profile',
    server: oss,
    options: makeOptions({ jsonData: jd({ authType: 'credentials', profile: 'prod' }) }),
  },
  {
    name: 'a role and an external ID',
    server: oss,
    options: makeOptions({ jsonData: jd({ authType: 'default', assumeRoleArn: ROLE, externalId: 'ext-1' }) }),
  },
  {
    name: 'assume role disabled by the server, no role stored',
    server: () => serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false }),
    options: makeOptions({ jsonData: jd({ authType: 'default' }) }),
  },
  {
    name: 'assume role disabled by the server, a role stored',
    server: () => serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false }),
    options: makeOptions({ jsonData: jd({ authType: 'default', assumeRoleArn: ROLE }) }),
  },
  {
    name: 'Grafana Assume Role, stack ID known, stack mode',
    server: cloud(false),
    options: makeOptions({ jsonData: jd(GAR) }),
    props: { externalId: 'stackABC' },
  },
  {
    name: 'Grafana Assume Role, stack ID unknown (fetch failed), stack mode',
    server: cloud(false),
    options: makeOptions({ jsonData: jd(GAR) }),
  },
  {
    name: 'Grafana Assume Role, stack ID unknown (fetch failed), per-data-source mode, no ID yet',
    server: cloud(true),
    options: makeOptions({ jsonData: jd({ ...GAR, usePerDatasourceExternalId: true }) }),
  },
  {
    name: 'Grafana Assume Role, per-data-source mode with its ID',
    server: cloud(true),
    options: makeOptions({
      jsonData: jd({ ...GAR, usePerDatasourceExternalId: true, grafanaExternalId: 'stackABC-P1234ABCD' }),
    }),
    props: { externalId: 'stackABC' },
  },
  {
    name: 'provisioned (read-only), saved keys and a role',
    server: oss,
    options: makeOptions({
      readOnly: true,
      jsonData: jd({ authType: 'keys', assumeRoleArn: ROLE, externalId: 'ext-1', defaultRegion: 'eu-west-1' }),
      secureJsonFields: { accessKey: true, secretKey: true },
    }),
  },
  {
    name: 'HTTP proxy by URL, its password stored',
    server: () => serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true, httpProxy: true }),
    options: makeOptions({
      jsonData: jd({ authType: 'default', proxyType: 'url', proxyUrl: 'http://p:3128', proxyUsername: 'me' }),
      secureJsonFields: { proxyPassword: true },
    }),
    props: { showHttpProxySettings: true },
  },
  {
    name: 'HTTP proxy from the environment',
    server: () => serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true, httpProxy: true }),
    options: makeOptions({ jsonData: jd({ authType: 'default' }) }),
    props: { showHttpProxySettings: true },
  },
  {
    name: 'SigV4, saved keys',
    server: () => serverSettings({ allowed: ['credentials', 'keys'], assumeRoleEnabled: true }),
    options: makeOptions({
      type: 'prometheus',
      jsonData: jd({ sigV4Auth: true, sigV4AuthType: 'keys', sigV4Region: 'eu-west-1' }),
      secureJsonFields: { sigV4AccessKey: true, sigV4SecretKey: true },
    }),
    sigV4: true,
  },
];
