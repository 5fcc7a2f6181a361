import { describe, expect, it } from 'vitest';

import { resolvePolicy } from '../../src/model/server';

const values = (config: Parameters<typeof resolvePolicy>[0], overrides = {}) =>
  resolvePolicy(config, overrides).providers.map((p) => p.value);

describe("what the server allows (resolvePolicy over @grafana/runtime's config)", () => {
  it('authSettings.go: with nothing in grafana.ini, "AllowedAuthProviders: []string{\\"default\\", \\"keys\\", \\"credentials\\"}" and "defaultAssumeRoleEnabled = true"', () => {
    // Outside Grafana (Storybook, unit tests) the config holds [] and false: no server values.
    const policy = resolvePolicy({ awsAllowedAuthProviders: [], awsAssumeRoleEnabled: false });
    expect(policy.providers.map((p) => p.value)).toEqual(['default', 'keys', 'credentials']);
    expect(policy.assumeRoleEnabled).toBe(true);
    expect(policy.usingDefaults).toBe(true);
    expect(policy.initialProvider).toBe('default');
  });

  it("offers the admin's list in the admin's order, each known provider once, and starts a new data source on the first", () => {
    const config = { awsAllowedAuthProviders: ['keys', 'oauth', 'keys', 'ec2_iam_role'], awsAssumeRoleEnabled: true };
    expect(values(config)).toEqual(['keys', 'ec2_iam_role']);
    expect(resolvePolicy(config).initialProvider).toBe('keys');
    expect(resolvePolicy(config).usingDefaults).toBe(false);
  });

  it('auth.go: "trying to use assume role but it is disabled in grafana config" when assume_role_enabled = false', () => {
    expect(resolvePolicy({ awsAllowedAuthProviders: ['default'], awsAssumeRoleEnabled: false }).assumeRoleEnabled).toBe(
      false
    );
  });

  it("lets the plugin's explicit choices win over the server's", () => {
    const config = { awsAllowedAuthProviders: ['default', 'keys'], awsAssumeRoleEnabled: true };
    const policy = resolvePolicy(config, { allowedAuthProviders: ['credentials'], assumeRoleEnabled: false });
    expect(policy.providers.map((p) => p.value)).toEqual(['credentials']);
    expect(policy.assumeRoleEnabled).toBe(false);
  });

  it('gives a new data source no provider when nothing known is allowed, rather than one the server refuses', () => {
    expect(resolvePolicy({}, { allowedAuthProviders: ['oauth'] }).initialProvider).toBeUndefined();
  });

  it('per_datasource_http_proxy_enabled: the proxy settings count only when the server says true', () => {
    expect(resolvePolicy({ awsPerDatasourceHTTPProxyEnabled: true }).httpProxyEnabled).toBe(true);
    for (const value of [false, 'true', undefined]) {
      expect(resolvePolicy({ awsPerDatasourceHTTPProxyEnabled: value }).httpProxyEnabled).toBe(false);
    }
  });
});
