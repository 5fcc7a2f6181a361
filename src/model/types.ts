import type { DataSourceJsonData, DataSourceSettings } from '@grafana/data';

import { type SettingName, settingsTable } from './settingsTable';

/**
 * Authentication providers the Grafana backend understands. A const object rather than an enum so
 * that values stay plain strings (what is stored in jsonData) while `AwsAuthType.Keys` still works
 * for authors coming from `@grafana/aws-sdk`.
 */
export const AwsAuthType = {
  Default: 'default',
  Keys: 'keys',
  Credentials: 'credentials',
  EC2IAMRole: 'ec2_iam_role',
  GrafanaAssumeRole: 'grafana_assume_role',
  /** @deprecated Legacy name of `Default`; the backend reads it as `default`. */
  ARN: 'arn',
} as const;
export type AwsAuthType = (typeof AwsAuthType)[keyof typeof AwsAuthType];

/** The non-secret settings this package writes (plain jsonData, readable by anyone who can read the data source). */
export interface AwsAuthJsonData extends DataSourceJsonData {
  authType?: AwsAuthType;
  profile?: string;
  assumeRoleArn?: string;
  externalId?: string;
  endpoint?: string;
  defaultRegion?: string;
  /** Read by the backend before `defaultRegion` unless empty or "default"; written only when it would win. */
  region?: string;
  proxyType?: ProxyType;
  proxyUrl?: string;
  proxyUsername?: string;
  usePerDatasourceExternalId?: boolean;
  grafanaExternalId?: string;
}

/** The secrets this package writes (secureJsonData: encrypted by Grafana, never sent back). */
export interface AwsAuthSecureJsonData {
  accessKey?: string;
  secretKey?: string;
  sessionToken?: string;
  proxyPassword?: string;
}

/** A data source's settings with the AWS keys typed: `DataSourceSettings<AwsAuthDataSourceJsonData, AwsAuthDataSourceSecureJsonData>`. */
export type AwsAuthDataSourceSettings = DataSourceSettings<AwsAuthJsonData, AwsAuthSecureJsonData>;

/** Names used by `@grafana/aws-sdk`, so that switching needs only a changed import. */
export type AwsAuthDataSourceJsonData = AwsAuthJsonData;
export type AwsAuthDataSourceSecureJsonData = AwsAuthSecureJsonData;

export type { SecretSetting, TextSetting } from './settingsTable';

/**
 * Where each setting lives (a row of `settingsTable` each). The AWS editor and the SigV4 editor
 * share all logic and differ only in these names (`profile` vs `sigV4Profile`, ...). `region` is the
 * key the backend reads before `defaultRegion`; SigV4 has none (it reads `sigV4Region` only).
 */
export type SettingKeys = { readonly [K in Exclude<SettingName, 'region'>]: string } & { readonly region?: string };

function keysOf(column: 'aws' | 'sigV4'): SettingKeys {
  const result: Record<string, string> = {};
  for (const [name, row] of Object.entries(settingsTable)) {
    const key = column === 'aws' ? name : row.sigV4;
    if (key !== null) {
      result[name] = key;
    }
  }
  return result as SettingKeys;
}

export const awsSettingKeys: SettingKeys = /* @__PURE__ */ keysOf('aws');

/**
 * SigV4 signing for HTTP data sources (Prometheus, Elasticsearch, ...): the same settings under
 * `sigV4*` names, next to the host's own (basic auth, TLS), which stay untouched.
 */
export const sigV4SettingKeys: SettingKeys = /* @__PURE__ */ keysOf('sigV4');

/** How the backend reaches AWS: proxy from the environment (its default), none, or a URL. */
export type ProxyType = 'env' | 'none' | 'url';

/** Any data source settings object: the editor is generic over the plugin's own jsonData. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySettings = DataSourceSettings<any, any>;
