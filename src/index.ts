export { ConnectionConfig, type ConnectionConfigProps } from './components/ConnectionConfig';
export { useAwsAuthSettings, type AwsAuthSettings, type UseAwsAuthSettingsArgs } from './components/useAwsAuthSettings';
export {
  AwsAuthType,
  awsSettingKeys,
  type AwsAuthJsonData,
  type AwsAuthSecureJsonData,
  type AwsAuthDataSourceJsonData,
  type AwsAuthDataSourceSecureJsonData,
  type AwsAuthDataSourceSettings,
  type SecretSetting,
  type SettingKeys,
  type TextSetting,
} from './model/types';
export {
  awsAuthProviders,
  DEFAULT_ALLOWED_AUTH_PROVIDERS,
  allowedProviders,
  findProvider,
  providerOfSaved,
  type AwsAuthProvider,
} from './model/providers';
export { standardRegions, partitionOfRegion, type AwsPartition } from './model/regions';
export { resolvePolicy, TEMPORARY_CREDENTIALS_DATASOURCE_TYPES, type AwsAuthPolicy, type GrafanaServerConfig, type PolicyOverrides } from './model/server';
export { readSettings, type AwsAuthView, type SecretState } from './model/settings';
export { applyEdit, type AwsAuthEdit } from './model/edit';
