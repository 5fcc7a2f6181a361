import { ConnectionDiagnosis } from './components/ConnectionDiagnosis';
import { CredentialSummary } from './components/CredentialSummary';
import type { AwsAuthExtras } from './components/extras';
import { GrafanaAssumeRoleFields } from './components/GrafanaAssumeRoleFields';
import { HttpProxySettings } from './components/HttpProxySettings';
import { KeyFileImport } from './components/KeyFileImport';
import { ProvisioningSnippet } from './components/ProvisioningSnippet';
import { RolePolicies } from './components/RolePolicies';
import { SaveReporter } from './components/SaveReporter';
import { awsRegionNames } from './model/regionNames';
import { validateAwsAuth } from './model/validate';

/** Every opt-in feature: `<ConnectionConfig {...props} extras={awsAuthExtras} />`. */
export const awsAuthExtras: AwsAuthExtras = {
  validate: validateAwsAuth,
  regionNames: awsRegionNames,
  Summary: CredentialSummary,
  KeyFileImport,
  GrafanaAssumeRole: GrafanaAssumeRoleFields,
  HttpProxy: HttpProxySettings,
  SaveReporter,
  Diagnosis: ConnectionDiagnosis,
  Provisioning: ProvisioningSnippet,
  Policies: RolePolicies,
};
