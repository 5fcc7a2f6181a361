export { ConnectionConfig, type ConnectionConfigProps } from './components/ConnectionConfig';
export { LeanConnectionConfig } from './components/LeanConnectionConfig';
export { SIGV4ConnectionConfig, type SIGV4ConnectionConfigProps } from './components/SIGV4ConnectionConfig';
export { SaveReporter, type SaveReporterProps } from './components/SaveReporter';
export { useSaveReporter, SAVE_INTERACTION, type InteractionReport } from './components/useSaveReporter';
export { useAwsAuthSettings, type AwsAuthSettings, type UseAwsAuthSettingsArgs } from './components/useAwsAuthSettings';
export {
  AwsAuthType,
  awsSettingKeys,
  sigV4SettingKeys,
  proxySettingKeys,
  type ProxyType,
  type ProxyTextSetting,
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
export { awsRegionNames } from './model/regionNames';
export {
  regionOptions,
  regionOption,
  matchesRegion,
  regionGroupLabels,
  type RegionOption,
  type RegionOptionGroup,
  type RegionNames,
} from './model/regionOptions';
export {
  resolvePolicy,
  TEMPORARY_CREDENTIALS_DATASOURCE_TYPES,
  type AwsAuthPolicy,
  type GrafanaServerConfig,
  type PolicyOverrides,
} from './model/server';
export { readSettings, type AwsAuthView, type SecretState } from './model/settings';
export {
  isReadOnly,
  regionWins,
  endpointTreatment,
  BACKEND_DEFAULT,
  STS_ENDPOINT_PREFIXES,
  STS_OPT_IN_REGIONS,
  ASSUME_ROLE_FALLBACK_REGION,
  type EndpointTreatment,
} from './model/backendRules';
export { regionNote } from './model/regionNote';
export { applyEdit, type AwsAuthEdit } from './model/edit';
export {
  GRAFANA_ASSUME_ROLE_ACCOUNT_ID,
  buildGrafanaExternalId,
  grafanaExternalIdState,
  stackExternalIdOf,
  type GrafanaExternalIdState,
} from './model/grafanaAssumeRole';
export { checkProxyUrl, proxyTypeOptions, type ProxyTypeOption, type ProxyUrlCheck } from './model/proxy';
export {
  validateAwsAuth,
  trimPasted,
  AWS_PARTITIONS,
  type Finding,
  type FindingSeverity,
  type ValidationInput,
} from './model/validate';
export { parseAccessKeyFile, type KeyFileResult } from './model/keyFile';
export {
  summarizeCredentialChain,
  usesTemporaryKeys,
  type CredentialChainSummary,
  type SummaryContext,
  type SummarySegment,
} from './model/summary';
export {
  diagnoseAwsError,
  type AwsErrorCause,
  type AwsErrorDiagnosis,
  type DiagnosisInput,
  type DiagnosisSetting,
} from './model/diagnose';
export {
  provisioningSnippet,
  provisioningSecrets,
  type ProvisioningFormat,
  type ProvisioningSecret,
} from './model/provisioning';
export { awsAuthExtras } from './extras';
export { type AwsAuthExtras } from './components/extras';
export { CredentialSummary, type CredentialSummaryProps } from './components/CredentialSummary';
export { KeyFileImport, type KeyFileImportProps } from './components/KeyFileImport';
export { GrafanaAssumeRoleFields, type GrafanaAssumeRoleFieldsProps } from './components/GrafanaAssumeRoleFields';
export { HttpProxySettings, type HttpProxySettingsProps } from './components/HttpProxySettings';
export { ConnectionDiagnosis, type ConnectionDiagnosisProps } from './components/ConnectionDiagnosis';
export { ProvisioningSnippet, type ProvisioningSnippetProps } from './components/ProvisioningSnippet';
export { type Validator } from './model/validate';
export { type Translate } from './model/translate';
