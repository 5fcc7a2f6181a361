import { config } from '@grafana/runtime';
import { afterEach } from 'vitest';

const original = {
  awsAllowedAuthProviders: config.awsAllowedAuthProviders,
  awsAssumeRoleEnabled: config.awsAssumeRoleEnabled,
  featureToggles: config.featureToggles,
  awsPerDatasourceHTTPProxyEnabled: config.awsPerDatasourceHTTPProxyEnabled,
  namespace: config.namespace,
};

/** Sets what grafana.ini would send to the browser, for one test. */
export function serverSettings(settings: {
  allowed?: string[];
  assumeRoleEnabled?: boolean;
  toggles?: Record<string, boolean>;
  /** grafana.ini `[aws] per_datasource_http_proxy_enabled`. */
  httpProxy?: boolean;
  /** Grafana Cloud's `stacks-<id>` namespace. */
  namespace?: string;
}) {
  if (settings.httpProxy !== undefined) {
    config.awsPerDatasourceHTTPProxyEnabled = settings.httpProxy;
  }
  if (settings.namespace !== undefined) {
    config.namespace = settings.namespace;
  }
  if (settings.allowed) {
    config.awsAllowedAuthProviders = settings.allowed;
  }
  if (settings.assumeRoleEnabled !== undefined) {
    config.awsAssumeRoleEnabled = settings.assumeRoleEnabled;
  }
  if (settings.toggles) {
    config.featureToggles = { ...original.featureToggles, ...settings.toggles };
  }
}

/**
 * Grafana Cloud with Grafana Assume Role turned on (`awsDatasourcesTempCredentials`), and with the
 * per-data-source external ID toggle unless `perDatasource` is false.
 */
export function grafanaCloud(perDatasource = true) {
  serverSettings({
    allowed: ['grafana_assume_role', 'keys', 'default'],
    toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: perDatasource },
  });
}

afterEach(() => {
  config.awsAllowedAuthProviders = original.awsAllowedAuthProviders;
  config.awsAssumeRoleEnabled = original.awsAssumeRoleEnabled;
  config.featureToggles = original.featureToggles;
  config.awsPerDatasourceHTTPProxyEnabled = original.awsPerDatasourceHTTPProxyEnabled;
  config.namespace = original.namespace;
});
