import { config } from '@grafana/runtime';
import type { ArgTypes } from '@storybook/react-vite';

import { awsAuthProviders } from '../../src/model/providers';

/**
 * What grafana.ini sends to the browser, as story controls. The names are grafana.ini's own, so an
 * admin can read a control as the line they would write in the `[aws]` section.
 */
export interface ServerArgs {
  allowed_auth_providers: string[];
  assume_role_enabled: boolean;
  per_datasource_http_proxy_enabled: boolean;
  /** Feature toggle that turns on Grafana Assume Role (with a data source type that supports it). */
  awsDatasourcesTempCredentials: boolean;
  /** Feature toggle: Grafana Assume Role may use an external ID per data source. */
  awsAssumeRolePerDatasourceExternalId: boolean;
}

/** Open source Grafana with nothing set in grafana.ini. */
export const grafanaDefaults: ServerArgs = {
  allowed_auth_providers: ['default', 'keys', 'credentials'],
  assume_role_enabled: true,
  per_datasource_http_proxy_enabled: false,
  awsDatasourcesTempCredentials: false,
  awsAssumeRolePerDatasourceExternalId: false,
};

const category = 'Server (grafana.ini)';

export const serverArgTypes: Partial<ArgTypes<ServerArgs>> = {
  allowed_auth_providers: {
    name: 'allowed_auth_providers',
    description:
      '`[aws] allowed_auth_providers`: the providers a data source may use, in order. Left empty, Grafana uses its default `default, keys, credentials`.',
    control: 'inline-check',
    options: awsAuthProviders.map((p) => p.value),
    table: { category },
  },
  assume_role_enabled: {
    name: 'assume_role_enabled',
    description: '`[aws] assume_role_enabled`: whether data sources may assume an IAM role.',
    control: 'boolean',
    table: { category },
  },
  per_datasource_http_proxy_enabled: {
    name: 'per_datasource_http_proxy_enabled',
    description:
      "`[aws] per_datasource_http_proxy_enabled`: the backend honours a data source's own HTTP proxy (shown when the plugin passes `showHttpProxySettings`).",
    control: 'boolean',
    table: { category },
  },
  awsDatasourcesTempCredentials: {
    name: 'awsDatasourcesTempCredentials',
    description: '`[feature_toggles]`: offers Grafana Assume Role to data source types that support it.',
    control: 'boolean',
    table: { category },
  },
  awsAssumeRolePerDatasourceExternalId: {
    name: 'awsAssumeRolePerDatasourceExternalId',
    description: '`[feature_toggles]`: Grafana Assume Role may use an external ID per data source.',
    control: 'boolean',
    table: { category },
  },
};

const serverKeys = Object.keys(grafanaDefaults) as Array<keyof ServerArgs>;

/** Splits story args into the server's part and the rest (the component's props). */
export function splitServerArgs<T extends Partial<ServerArgs>>(args: T): [ServerArgs, Omit<T, keyof ServerArgs>] {
  const server = { ...grafanaDefaults };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if ((serverKeys as string[]).includes(key)) {
      Object.assign(server, { [key]: value });
    } else {
      rest[key] = value;
    }
  }
  return [server, rest as Omit<T, keyof ServerArgs>];
}

/**
 * Puts the settings where Grafana's boot data puts them. Applied on every render from the story's
 * args, so each story starts from its own settings and nothing leaks from the one before.
 */
export function applyServerSettings(server: ServerArgs) {
  const listed = server.allowed_auth_providers ?? [];
  // Grafana never sends an empty list: an empty grafana.ini value means its default.
  config.awsAllowedAuthProviders = listed.length > 0 ? [...listed] : [...grafanaDefaults.allowed_auth_providers];
  config.awsAssumeRoleEnabled = server.assume_role_enabled;
  config.awsPerDatasourceHTTPProxyEnabled = server.per_datasource_http_proxy_enabled;
  config.featureToggles = {
    ...config.featureToggles,
    awsDatasourcesTempCredentials: server.awsDatasourcesTempCredentials,
    awsAssumeRolePerDatasourceExternalId: server.awsAssumeRolePerDatasourceExternalId,
  };
}
