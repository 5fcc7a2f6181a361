import { describe, expect, it } from 'vitest';

import { resolveCredentialChain } from '../../src/model/credentialChain';
import { readSettings } from '../../src/model/settings';
import { summarizeCredentialChain } from '../../src/model/summary';
import { validateAwsAuth } from '../../src/model/validate';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { type BackendCase, type BackendVersion, resolveCases, sharedFiles } from './support/resolver.mjs';
import { ENVIRONMENT, credentialsFile, harnessEnv } from './support/sessions';

/**
 * The questions reading grafana-aws-sdk could not settle, each answered by running it. Every case
 * is loaded by both tested releases; the editor's reading of the same options is checked beside it.
 */

const env = harnessEnv(sharedFiles(credentialsFile));
const server = {
  allowedAuthProviders: ['default', 'keys', 'credentials', 'ec2_iam_role'],
  assumeRoleEnabled: true,
  externalId: '',
  httpProxyEnabled: false,
};

function backend(
  jsonData: Record<string, unknown>,
  secureJsonData: Record<string, string> = {},
  version: BackendVersion = 'current'
) {
  const c: BackendCase = { id: '1', jsonData, secureJsonData, database: '', server };
  const [resolution] = resolveCases([c], { version, mode: 'record', env });
  return resolution!;
}

const options = (jsonData: Record<string, unknown>) =>
  ({ uid: 'u', type: 'cloudwatch', jsonData, secureJsonFields: {} }) as unknown as AwsAuthDataSourceSettings;
const chain = (jsonData: Record<string, unknown>) =>
  resolveCredentialChain(readSettings(options(jsonData)), {
    allowedAuthProviders: server.allowedAuthProviders,
    assumeRoleEnabled: true,
  });
const summary = (jsonData: Record<string, unknown>) =>
  summarizeCredentialChain(readSettings(options(jsonData)), { assumeRoleEnabled: true })
    .sentence.map((s) => (typeof s === 'string' ? s : s.code))
    .join('');

describe.each(['current', 'oldest'] as const)('grafana-aws-sdk %s answers', (version) => {
  it('settings.go decodes jsonData with encoding/json, which matches keys case-insensitively: "Region", "Profile" and "authtype" are the settings, and the spelling decoded last (Go sorts map keys) wins', () => {
    // "region" sorts after "Region", so an empty one would be decoded last and win: here it is absent.
    const saved = { authType: 'keys', authtype: 'credentials', Profile: 'prod', Region: 'eu-west-1' };
    const r = backend(saved, {}, version);
    expect(r).toMatchObject({
      provider: 'credentials',
      region: 'eu-west-1',
      credentials: { accessKeyId: 'profile-prod' },
    });
    // The editor reads them the same way.
    const view = readSettings(options(saved));
    expect({ authType: view.authType, profile: view.profile, region: view.defaultRegion }).toEqual({
      authType: 'credentials',
      profile: 'prod',
      region: 'eu-west-1',
    });
    // Both spellings of the region: the lower-case one is decoded last, and "default" falls back.
    const both = { authType: 'default', Region: 'eu-west-1', region: 'default', defaultRegion: 'us-east-2' };
    expect(backend(both, {}, version).region).toBe('us-east-2');
    expect(readSettings(options(both)).defaultRegion).toBe('us-east-2');
  });

  it('settings.go Load fails on a number in a string setting ("cannot unmarshal number into Go struct field"), so the data source does not load: the editor says so', () => {
    const r = backend({ authType: 'default', defaultRegion: 1 }, {}, version);
    expect(r.loadError).toMatch(
      /cannot unmarshal number into Go struct field AWSDatasourceSettings\.defaultRegion of type string/
    );
    expect(chain({ authType: 'default', defaultRegion: 1 }).refusal).toBe('unreadable');
    expect(validateAwsAuth({ unreadable: readSettings(options({ defaultRegion: 1 })).unreadable })[0]).toMatchObject({
      code: 'unreadable',
      severity: 'error',
    });
  });

  it('with no region saved, settings.WithRegion sets none and the AWS SDK takes AWS_REGION from the server environment: the summary says so', () => {
    const r = backend({ authType: 'default' }, {}, version);
    expect(r.region).toBe(ENVIRONMENT.region);
    expect(summary({ authType: 'default' })).toContain("the AWS SDK's default region on the server (AWS_REGION");
  });

  it('a custom endpoint with a role ARN: WithAssumeRole builds its STS client from the config that has the endpoint, so sts:AssumeRole goes to that endpoint, not to STS', () => {
    const saved = {
      authType: 'default',
      endpoint: 'https://monitoring.eu-west-1.amazonaws.com',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/r',
      defaultRegion: 'eu-west-1',
    };
    const r = backend(saved, {}, version);
    expect(r.assumeRole).toMatchObject({ host: 'monitoring.eu-west-1.amazonaws.com', roleArn: saved.assumeRoleArn });
    expect(summary(saved)).toContain('sending sts:AssumeRole to https://monitoring.eu-west-1.amazonaws.com');
    expect(
      validateAwsAuth({ endpoint: saved.endpoint, assumeRoleArn: saved.assumeRoleArn }).map((f) => f.code)
    ).toContain('endpoint-assume-role');
  });

  it('FIPS mode in a region without FIPS endpoints: WithEndpoint turns FIPS on and the SDK builds sts-fips.<region> anyway, with no fallback to the standard endpoint', () => {
    const saved = {
      authType: 'default',
      endpoint: 'https://monitoring-fips.us-east-1.amazonaws.com',
      defaultRegion: 'eu-west-1',
    };
    const r = backend(saved, {}, version);
    expect(r).toMatchObject({
      fips: true,
      region: 'eu-west-1',
      stsEndpoint: 'https://sts-fips.eu-west-1.amazonaws.com',
    });
    expect(r.baseEndpoint).toBeUndefined();
    expect(validateAwsAuth({ endpoint: saved.endpoint, defaultRegion: 'eu-west-1' }).map((f) => f.code)).toContain(
      'endpoint-fips-region'
    );
    expect(
      validateAwsAuth({ endpoint: saved.endpoint, defaultRegion: 'us-gov-west-1' }).map((f) => f.code)
    ).not.toContain('endpoint-fips-region');
  });

  it('auth.go "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here": Workspace IAM Role signs with the environment\'s credentials, as AWS SDK Default does', () => {
    const r = backend({ authType: 'ec2_iam_role' }, {}, version);
    expect(r.credentials?.accessKeyId).toBe(ENVIRONMENT.keyId);
    expect(chain({ authType: 'ec2_iam_role' }).credentials).toEqual({ from: 'environment' });
    expect(summary({ authType: 'ec2_iam_role' })).toContain(
      'default credential chain on the server, as AWS SDK Default does'
    );
  });

  it('Credentials file with no profile: WithSharedCredentials passes an empty profile, which the SDK does not count as chosen, so keys in the environment come first', () => {
    const r = backend({ authType: 'credentials' }, {}, version);
    expect(r.credentials?.accessKeyId).toBe(ENVIRONMENT.keyId);
    expect(summary({ authType: 'credentials' })).toContain("keys in the server's environment (AWS_ACCESS_KEY_ID)");
    // A named profile has no fallback: it is read from the file.
    expect(backend({ authType: 'credentials', profile: 'prod' }, {}, version).credentials?.accessKeyId).toBe(
      'profile-prod'
    );
  });

  it('a region that is not a host name ("eu west 1") fails every call: the SDK binds the region into the endpoint ("invalid input region")', () => {
    const r = backend({ authType: 'default', defaultRegion: 'eu west 1' }, {}, version);
    expect(r.callError).toMatch(/invalid input region eu west 1/);
    expect(chain({ authType: 'default', defaultRegion: 'eu west 1' }).failure).toBe('region');
  });
});
