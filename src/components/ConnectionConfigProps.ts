import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import type { ReactNode } from 'react';

import type { RegionNames } from '../model/regionOptions';
import type { IamPermissions } from '../model/rolePolicies';
import type { AwsAuthJsonData, AwsAuthSecureJsonData, SettingKeys } from '../model/types';
import type { AwsAuthExtras } from './extras';

/** Props of `ConnectionConfig` and `LeanConnectionConfig`: `@grafana/aws-sdk`'s, plus overrides and `extras`. */
export interface ConnectionConfigProps<
  J extends AwsAuthJsonData = AwsAuthJsonData,
  S = AwsAuthSecureJsonData,
> extends DataSourcePluginOptionsEditorProps<J, S> {
  /** Region codes to offer; defaults to every current AWS region. */
  standardRegions?: string[];
  /** Loads the regions to offer (for example from the plugin's backend); the result replaces the list. */
  loadRegions?: () => Promise<string[]>;
  /** Names shown beside region codes, by code; defaults to AWS's names. Pass `{}` to list bare codes. */
  regionNames?: RegionNames;
  /** Shown as the endpoint's placeholder. */
  defaultEndpoint?: string;
  /** Hides the section title, for plugins that render their own. */
  skipHeader?: boolean;
  /** Hides the endpoint field, for services without custom endpoints. */
  skipEndpoint?: boolean;
  /** Rendered at the end of the section: the plugin's own connection fields. */
  children?: ReactNode;
  /**
   * Accepted for compatibility with `@grafana/aws-sdk`, and ignored: fields stack vertically, as in Grafana's config pages.
   * @deprecated Accepted and ignored; remove it.
   */
  labelWidth?: number;
  /** The stack's external ID for Grafana Assume Role; may arrive after the first render. */
  externalId?: string;
  /** Hides Assume Role ARN and External ID, for services that cannot assume a role. */
  hideAssumeRoleArn?: boolean;
  /**
   * Shows the data source's own HTTP proxy settings, given `extras.HttpProxy`. As in
   * `@grafana/aws-sdk`, they appear only when the server also sets `per_datasource_http_proxy_enabled`,
   * since the backend ignores them otherwise.
   */
  showHttpProxySettings?: boolean;
  /**
   * Accepted for compatibility with `@grafana/aws-sdk`, and ignored: this editor has a single layout.
   * @deprecated Accepted and ignored; remove it.
   */
  inExperimentalAuthComponent?: boolean;
  /** Providers to offer, overriding the server's `allowed_auth_providers`. */
  allowedAuthProviders?: string[];
  /** Overrides the server's `assume_role_enabled`. */
  assumeRoleEnabled?: boolean;
  /** Overrides the check of whether this data source type supports Grafana Assume Role's temporary credentials. */
  supportsTemporaryCredentials?: boolean;
  /**
   * Opt-in features, each bundled only when imported: checks next to each field, region names,
   * the "What Grafana will do" summary, key-file import, Grafana Assume Role, the HTTP proxy,
   * save reporting, error diagnosis, provisioning snippets, the IAM role as policies and code.
   * `awsAuthExtras` has them all.
   */
  extras?: AwsAuthExtras;
  /** Hides the summary even when `extras` include it. */
  hideSummary?: boolean;
  /** Where settings live; the SigV4 editor passes its own names. */
  settingKeys?: SettingKeys;
  /**
   * The IAM actions the plugin's backend calls (and, optionally, the resources): shown as a
   * least-privilege permission policy by the `Policies` extra. Without it, no permission policy is shown.
   */
  iamPermissions?: IamPermissions;
}
