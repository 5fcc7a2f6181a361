import { config } from '@grafana/runtime';
import { afterEach } from 'vitest';

const original = {
  awsAllowedAuthProviders: config.awsAllowedAuthProviders,
  awsAssumeRoleEnabled: config.awsAssumeRoleEnabled,
  featureToggles: config.featureToggles,
};

/** Sets what grafana.ini would send to the browser, for one test. */
export function serverSettings(settings: { allowed?: string[]; assumeRoleEnabled?: boolean; toggles?: Record<string, boolean> }) {
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

afterEach(() => {
  config.awsAllowedAuthProviders = original.awsAllowedAuthProviders;
  config.awsAssumeRoleEnabled = original.awsAssumeRoleEnabled;
  config.featureToggles = original.featureToggles;
});
