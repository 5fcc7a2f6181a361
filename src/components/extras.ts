import type { ComponentType } from 'react';

import type { RegionNames } from '../model/regionOptions';
import type { Validator } from '../model/validate';
import type { ConnectionDiagnosisProps } from './ConnectionDiagnosis';
import type { CredentialSummaryProps } from './CredentialSummary';
import type { GrafanaAssumeRoleFieldsProps } from './GrafanaAssumeRoleFields';
import type { HttpProxySettingsProps } from './HttpProxySettings';
import type { KeyFileImportProps } from './KeyFileImport';
import type { ProvisioningSnippetProps } from './ProvisioningSnippet';
import type { RolePoliciesProps } from './RolePolicies';
import type { SaveReporterProps } from './SaveReporter';

/**
 * Features `ConnectionConfig` uses when it is given them. They are passed in rather than imported
 * by the editor so that a plugin bundles only the ones it imports.
 */
export interface AwsAuthExtras {
  /** Checks next to each field, as the user types (`validateAwsAuth`). */
  validate?: Validator;
  /** Names beside region codes, grouped by partition (`awsRegionNames`). */
  regionNames?: RegionNames;
  /** "What Grafana will do" under the form (`CredentialSummary`). */
  Summary?: ComponentType<CredentialSummaryProps>;
  /** Fills both keys from the AWS console's .csv file (`KeyFileImport`). */
  KeyFileImport?: ComponentType<KeyFileImportProps>;
  /**
   * Grafana Assume Role (`GrafanaAssumeRoleFields`). Only Grafana Cloud offers it, and only to data
   * source types whose backend takes temporary credentials; without it the provider is never offered.
   */
  GrafanaAssumeRole?: ComponentType<GrafanaAssumeRoleFieldsProps>;
  /** The data source's own HTTP proxy (`HttpProxySettings`), shown with `showHttpProxySettings`. */
  HttpProxy?: ComponentType<HttpProxySettingsProps>;
  /**
   * Reports `grafana_plugin_aws_save` (provider and result of "Save & test") to Grafana's usage
   * analytics, as Grafana's own AWS plugins do (`SaveReporter`). Off unless passed.
   */
  SaveReporter?: ComponentType<SaveReporterProps>;
  /**
   * "Explain this error" after a failed "Save & test": the likely cause, what to change, and focus
   * on that setting (`ConnectionDiagnosis`).
   */
  Diagnosis?: ComponentType<ConnectionDiagnosisProps>;
  /** The data source as a provisioning file and a Terraform resource, with copy buttons (`ProvisioningSnippet`). */
  Provisioning?: ComponentType<ProvisioningSnippetProps>;
  /**
   * The IAM role as a trust policy, a permission policy (from the `iamPermissions` prop) and as AWS CLI
   * and Terraform, with copy buttons, under the role's fields (`RolePolicies`).
   */
  Policies?: ComponentType<RolePoliciesProps>;
}
