import { describe, expect, it } from 'vitest';

import { bundleExports } from '../support/bundle.mjs';

describe('opt-in features stay out of the bundle until imported', () => {
  it('stays out of a bundle that uses only the region codes and helpers', async () => {
    const code = await bundleExports('standardRegions, validateAwsAuth, readSettings, applyEdit');
    expect(code).toContain('ap-southeast-7');
    expect(code).not.toContain('Ireland');
  }, 30000);

  it('is not bundled with ConnectionConfig alone, nor are validation, the summary, key import, save reporting, error diagnosis, provisioning snippets and role policies; Grafana Assume Role and the proxy are built in, as in @grafana/aws-sdk', async () => {
    const code = await bundleExports('ConnectionConfig');
    expect(code).toContain('Authentication Provider');
    expect(code).toContain('How to create an IAM role for Grafana to assume');
    expect(code).toContain('HTTP_PROXY');
    expect(code).not.toContain('Europe (Ireland)');
    expect(code).not.toContain('is not an AWS partition');
    expect(code).not.toContain('What Grafana will do');
    expect(code).not.toContain('Import keys from a file');
    expect(code).not.toContain('grafana_plugin_aws_save');
    expect(code).not.toContain('Explain this error');
    expect(code).not.toContain('non-allowed auth method');
    expect(code).not.toContain('Provision this data source as code');
    expect(code).not.toContain('grafana_data_source');
    expect(code).not.toContain('as policies and code');
    expect(code).not.toContain('aws_iam_role');
  }, 30000);

  it('leaves Grafana Assume Role and the proxy out of LeanConnectionConfig alone', async () => {
    const code = await bundleExports('LeanConnectionConfig');
    expect(code).toContain('Authentication Provider');
    expect(code).not.toContain('How to create an IAM role for Grafana to assume');
    expect(code).not.toContain('HTTP_PROXY');
    expect(code).not.toContain('What Grafana will do');
  }, 30000);

  it('comes with awsAuthExtras, which brings every opt-in feature', async () => {
    const code = await bundleExports('ConnectionConfig, awsAuthExtras');
    for (const text of [
      'Europe (Ireland)',
      'is not an AWS partition',
      'What Grafana will do',
      'Import keys from a file',
      'How to create an IAM role for Grafana to assume',
      'HTTP_PROXY',
      'grafana_plugin_aws_save',
      'Explain this error',
      'non-allowed auth method',
      'Provision this data source as code',
      'grafana_data_source',
      'as policies and code',
      'aws_iam_role',
    ]) {
      expect(code).toContain(text);
    }
  }, 30000);
});
