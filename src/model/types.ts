import type { DataSourceJsonData, DataSourceSettings } from '@grafana/data';

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

/** The plain settings the editor shows, one text field each. */
export type TextSetting = 'profile' | 'assumeRoleArn' | 'externalId' | 'endpoint' | 'defaultRegion';
/** The secrets the editor can type or reset. */
export type SecretSetting = 'accessKey' | 'secretKey' | 'sessionToken';

/**
 * Where each setting lives. The AWS editor and the SigV4 editor share all logic and differ only in
 * these names (`profile` vs `sigV4Profile`, ...).
 */
export interface SettingKeys {
  authType: string;
  profile: string;
  assumeRoleArn: string;
  externalId: string;
  endpoint: string;
  /** Where the region field writes. The AWS editor's `defaultRegion` is what the backend reads when `region` holds none. */
  defaultRegion: string;
  /**
   * A key the backend reads before `defaultRegion` (the AWS loader's `region`, which provisioning files
   * often set): it wins unless it is empty or the literal "default". The region field then also writes
   * here, so that the region picked is the one used. SigV4 has none: it reads `sigV4Region` only.
   */
  region?: string;
  accessKey: string;
  secretKey: string;
  sessionToken: string;
  /** Grafana Assume Role: whether this data source uses its own external ID. */
  usePerDatasourceExternalId: string;
  /** Grafana Assume Role: this data source's own external ID. */
  grafanaExternalId: string;
}

export const awsSettingKeys: SettingKeys = {
  authType: 'authType',
  profile: 'profile',
  assumeRoleArn: 'assumeRoleArn',
  externalId: 'externalId',
  endpoint: 'endpoint',
  defaultRegion: 'defaultRegion',
  region: 'region',
  accessKey: 'accessKey',
  secretKey: 'secretKey',
  sessionToken: 'sessionToken',
  usePerDatasourceExternalId: 'usePerDatasourceExternalId',
  grafanaExternalId: 'grafanaExternalId',
};

/**
 * SigV4 signing for HTTP data sources (Prometheus, Elasticsearch, ...): the same settings under
 * `sigV4*` names, next to the host's own (basic auth, TLS), which stay untouched.
 */
export const sigV4SettingKeys: SettingKeys = {
  authType: 'sigV4AuthType',
  profile: 'sigV4Profile',
  assumeRoleArn: 'sigV4AssumeRoleArn',
  externalId: 'sigV4ExternalId',
  endpoint: 'sigV4Endpoint',
  defaultRegion: 'sigV4Region',
  accessKey: 'sigV4AccessKey',
  secretKey: 'sigV4SecretKey',
  sessionToken: 'sigV4SessionToken',
  usePerDatasourceExternalId: 'sigV4UsePerDatasourceExternalId',
  grafanaExternalId: 'sigV4GrafanaExternalId',
};

/** How the backend reaches AWS: proxy from the environment (its default), none, or a URL. */
export type ProxyType = 'env' | 'none' | 'url';

/**
 * The per-data-source HTTP proxy. Not part of `SettingKeys`: the backend reads these names for the
 * data source's AWS client whatever the auth keys are called, and SigV4 has no proxy of its own.
 */
export const proxySettingKeys = {
  proxyType: 'proxyType',
  proxyUrl: 'proxyUrl',
  proxyUsername: 'proxyUsername',
  proxyPassword: 'proxyPassword',
} as const;
export type ProxyTextSetting = 'proxyUrl' | 'proxyUsername';

/** Any data source settings object: the editor is generic over the plugin's own jsonData. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySettings = DataSourceSettings<any, any>;
