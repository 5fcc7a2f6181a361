// The public API. Every name here is a promise to every plugin that imports the package: add one only
// for a documented author need, with a doc comment at its declaration, and run `npm run api` so that
// api/grafana-aws-auth.api.md shows the change for review (`npm run api:check` fails CI otherwise).
// One entry point on purpose (README, "Public API"): the package is one file, and a plugin's bundler
// keeps only what it imports.

// --- The editors: drop-in for @grafana/aws-sdk's ---
export { ConnectionConfig, type ConnectionConfigProps } from './components/ConnectionConfig';
export { LeanConnectionConfig } from './components/LeanConnectionConfig';
export { SIGV4ConnectionConfig, type SIGV4ConnectionConfigProps } from './components/SIGV4ConnectionConfig';

// --- Settings types, under @grafana/aws-sdk's names; the region list it exports too ---
export {
  AwsAuthType,
  type AwsAuthJsonData as AwsAuthDataSourceJsonData,
  type AwsAuthSecureJsonData as AwsAuthDataSourceSecureJsonData,
  type AwsAuthDataSourceSettings,
  type SettingKeys,
} from './model/types';
export { standardRegions } from './model/regions';

// --- Opt-in extras: `extras={awsAuthExtras}`, or each on its own ---
export { awsAuthExtras } from './extras';
export { type AwsAuthExtras } from './components/extras';
export { validateAwsAuth, type Validator, type ValidationInput, type Finding } from './model/validate';
export { awsRegionNames } from './model/regionNames';
export { CredentialSummary } from './components/CredentialSummary';
export { KeyFileImport } from './components/KeyFileImport';
export { GrafanaAssumeRoleFields } from './components/GrafanaAssumeRoleFields';
export { HttpProxySettings } from './components/HttpProxySettings';
export { SaveReporter } from './components/SaveReporter';
export { ConnectionDiagnosis } from './components/ConnectionDiagnosis';
export { ProvisioningSnippet } from './components/ProvisioningSnippet';
export { RolePolicies } from './components/RolePolicies';

// --- Headless: the same model for a layout of the plugin's own ---
export { useAwsAuthSettings, type AwsAuthSettings, type UseAwsAuthSettingsArgs } from './components/useAwsAuthSettings';
export { readSettings, type AwsAuthView } from './model/settings';
export { applyEdit, type AwsAuthEdit } from './model/edit';
export { summarizeCredentialChain, type CredentialChainSummary, type SummaryContext } from './model/summary';
export { parseAccessKeyFile, type KeyFileResult } from './model/keyFile';
export { diagnoseAwsError, type AwsErrorDiagnosis, type DiagnosisInput } from './model/diagnose';
export { provisioningSnippet, type ProvisioningFormat } from './model/provisioning';
export { rolePolicies, type IamPermissions, type IamPermissionStatement } from './model/rolePolicies';
export { type Translate } from './model/translate';

// --- Translations: Grafana's 18 languages besides English, each a chunk of its own ---
export { loadAwsAuthTranslations } from './locales/load';
