import { type AwsAuthProvider, allowedProviders } from './providers';
import { AwsAuthType } from './types';

/** The part of `@grafana/runtime`'s `config` this package reads (kept structural so the model has no runtime import). */
export interface GrafanaServerConfig {
  awsAllowedAuthProviders?: unknown;
  awsAssumeRoleEnabled?: unknown;
  awsPerDatasourceHTTPProxyEnabled?: unknown;
  featureToggles?: unknown;
  /** `stacks-<id>` in Grafana Cloud: names the stack when the plugin passes no external ID. */
  namespace?: unknown;
}

/** Explicit choices from the embedding plugin; each wins over the server's value. */
export interface PolicyOverrides {
  allowedAuthProviders?: readonly string[];
  assumeRoleEnabled?: boolean;
  /** Data source type, used to decide whether Grafana Assume Role can work. */
  dataSourceType?: string;
  /** Forces the data-source-type check for Grafana Assume Role either way. */
  supportsTemporaryCredentials?: boolean;
  /** False when the editor has no fields for Grafana Assume Role: it is then never offered. */
  grafanaAssumeRole?: boolean;
}

/** What the server (or the plugin) allows, resolved once per render. */
export interface AwsAuthPolicy {
  providers: AwsAuthProvider[];
  assumeRoleEnabled: boolean;
  /** The provider a new data source starts with, or undefined when nothing is allowed. */
  initialProvider: AwsAuthType | undefined;
  /** True when no server values reached the browser (Storybook, unit tests) and Grafana's defaults were used. */
  usingDefaults: boolean;
  /** Feature toggle `awsAssumeRolePerDatasourceExternalId`: Grafana Assume Role may use an external ID per data source. */
  perDatasourceExternalId: boolean;
  /** grafana.ini `per_datasource_http_proxy_enabled`: the backend honours a data source's own proxy settings. */
  httpProxyEnabled: boolean;
  /**
   * Why Grafana Assume Role is not offered although the admin lists it: the feature toggle is off,
   * or this data source type cannot use its temporary credentials. Undefined otherwise.
   */
  grafanaAssumeRoleUnavailable?: 'featureToggle' | 'dataSourceType';
}

/** Data source types whose backend can use Grafana Assume Role's temporary credentials. */
export const TEMPORARY_CREDENTIALS_DATASOURCE_TYPES: readonly string[] = [
  'cloudwatch',
  'grafana-amazonprometheus-datasource',
  'grafana-athena-datasource',
  'grafana-aurora-datasource',
  'grafana-dynamodb-datasource',
  'grafana-iot-sitewise-datasource',
  'grafana-opensearch-datasource',
  'grafana-redshift-datasource',
  'grafana-timestream-datasource',
  'grafana-x-ray-datasource',
];

function toggleOn(config: GrafanaServerConfig, name: string): boolean {
  const toggles = config.featureToggles;
  return typeof toggles === 'object' && toggles !== null && (toggles as Record<string, unknown>)[name] === true;
}

/**
 * Outside a Grafana page `config` holds placeholders (`[]` and `false`) because there is no boot
 * data. Real Grafana never sends an empty provider list (grafana.ini falls back to its default), so
 * an empty or missing list means "no server values" and both settings take Grafana's defaults.
 */
export function resolvePolicy(config: GrafanaServerConfig, overrides: PolicyOverrides = {}): AwsAuthPolicy {
  const serverList = Array.isArray(config.awsAllowedAuthProviders) ? config.awsAllowedAuthProviders : [];
  const hasServerValues = serverList.length > 0;
  const configured = overrides.allowedAuthProviders ?? (hasServerValues ? serverList : undefined);

  const typeSupportsTemporaryCredentials =
    overrides.supportsTemporaryCredentials ??
    TEMPORARY_CREDENTIALS_DATASOURCE_TYPES.includes(overrides.dataSourceType ?? '');
  const toggle = toggleOn(config, 'awsDatasourcesTempCredentials');
  const inEditor = overrides.grafanaAssumeRole !== false;
  const grafanaAssumeRoleAvailable = inEditor && typeSupportsTemporaryCredentials && toggle;
  // Only worth explaining when the admin's list names it (and the editor can show it); otherwise
  // "not allowed on this server" is the whole truth.
  const listed = inEditor && (configured?.includes(AwsAuthType.GrafanaAssumeRole) ?? false);
  let grafanaAssumeRoleUnavailable: AwsAuthPolicy['grafanaAssumeRoleUnavailable'];
  if (listed && !typeSupportsTemporaryCredentials) {
    grafanaAssumeRoleUnavailable = 'dataSourceType';
  } else if (listed && !toggle) {
    grafanaAssumeRoleUnavailable = 'featureToggle';
  }

  const providers = allowedProviders(configured, grafanaAssumeRoleAvailable);
  const offersGrafanaAssumeRole = providers.some((p) => p.value === AwsAuthType.GrafanaAssumeRole);

  const assumeRoleEnabled =
    overrides.assumeRoleEnabled ?? (hasServerValues ? config.awsAssumeRoleEnabled !== false : true);

  return {
    providers,
    assumeRoleEnabled,
    initialProvider: offersGrafanaAssumeRole ? AwsAuthType.GrafanaAssumeRole : providers[0]?.value,
    usingDefaults: overrides.allowedAuthProviders === undefined && !hasServerValues,
    perDatasourceExternalId: toggleOn(config, 'awsAssumeRolePerDatasourceExternalId'),
    httpProxyEnabled: config.awsPerDatasourceHTTPProxyEnabled === true,
    grafanaAssumeRoleUnavailable,
  };
}
