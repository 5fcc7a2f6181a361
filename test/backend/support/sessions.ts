import fc from 'fast-check';

import { type SecretStash, applyChange } from '../../../src/model/change';
import { type ChainContext, type CredentialChain, resolveCredentialChain } from '../../../src/model/credentialChain';
import type { AwsAuthEdit } from '../../../src/model/edit';
import { missingGrafanaExternalId } from '../../../src/model/grafanaAssumeRole';
import { type GrafanaServerConfig, resolvePolicy } from '../../../src/model/server';
import { rolePolicies } from '../../../src/model/rolePolicies';
import { readSettings } from '../../../src/model/settings';
import { secretSettings } from '../../../src/model/settingsTable';
import type { AwsAuthDataSourceSettings } from '../../../src/model/types';
import { edit as anyEdit, savedOptions } from '../../support/arbitraries';
import type { BackendCase } from './resolver.mjs';

/** The profiles the harness's credentials file holds; the profile's key ID is `profile-<name>`. */
export const PROFILES = ['default', 'assume_role_credentials', 'prod', 'read-only'] as const;
/** The Grafana server's environment in the harness: its default-chain key and its region. */
export const ENVIRONMENT = { keyId: 'AKIAENVIRONMENT', region: 'ap-northeast-3' } as const;
/** What Grafana stores for a secret saved before this session (the browser never sees it). */
export const storedSecret = (key: string) => `stored-${key}`;

export const harnessEnv = (files: Record<string, string>) => ({
  ...files,
  AWS_ACCESS_KEY_ID: ENVIRONMENT.keyId,
  AWS_SECRET_ACCESS_KEY: 'environment-secret',
  AWS_REGION: ENVIRONMENT.region,
});

export const credentialsFile = PROFILES.map(
  (p) => `[${p}]\naws_access_key_id = profile-${p}\naws_secret_access_key = secret-${p}\n`
).join('');

const providers = ['default', 'keys', 'credentials', 'ec2_iam_role', 'grafana_assume_role'];

/** What a Grafana server may send: grafana.ini's [aws] section and the feature toggles, in any combination. */
const server = fc.record({
  allowed: fc.uniqueArray(fc.constantFrom(...providers, 'sharedCreds'), { minLength: 1, maxLength: 5 }),
  assumeRoleEnabled: fc.boolean(),
  stackExternalId: fc.constantFrom('', 'stack-1234', '5678'),
  perDatasourceExternalId: fc.boolean(),
  temporaryCredentials: fc.boolean(),
  httpProxyEnabled: fc.boolean(),
});

/** Values people really type, beside the hostile ones the shared arbitraries make. */
const realistic: fc.Arbitrary<AwsAuthEdit> = fc.oneof(
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('assumeRoleArn' as const),
    value: fc.constantFrom('', 'arn:aws:iam::123456789012:role/grafana', 'arn:aws-cn:iam::123456789012:role/r'),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('externalId' as const),
    value: fc.constantFrom('', 'ext-1', 'tenant:42'),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('defaultRegion' as const),
    value: fc.constantFrom('', 'default', 'eu-west-1', 'me-south-1', 'us-gov-west-1', 'cn-north-1', 'us-east-1'),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('endpoint' as const),
    value: fc.constantFrom(
      '',
      'default',
      'https://monitoring.eu-west-1.amazonaws.com',
      'https://monitoring-fips.us-east-1.amazonaws.com',
      'https://sts.eu-west-1.amazonaws.com',
      'http://localhost:4566'
    ),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('profile' as const),
    value: fc.constantFrom('', ...PROFILES, 'missing-profile'),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('proxyUrl' as const),
    value: fc.constantFrom(
      '',
      'http://proxy.internal:3128',
      'https://proxy.example.com',
      'http://me:pw@proxy.internal:3128'
    ),
  }),
  fc.record({
    type: fc.constant('secret' as const),
    setting: fc.constantFrom(...secretSettings),
    value: fc.constantFrom('AKIAIOSFODNN7EXAMPLE', 'ASIAEXAMPLETEMPORARY', 'typed-secret'),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constant('proxyUsername' as const),
    value: fc.constantFrom('', 'grafana'),
  }),
  fc.record({ type: fc.constant('proxyType' as const), value: fc.constantFrom('env', 'none', 'url' as const) }),
  fc.record({ type: fc.constant('provider' as const), value: fc.constantFrom(...(providers as ['default'])) })
);

/** Settings as people and provisioning files save them: the path where a role really is assumed. */
const plausibleSaved: fc.Arbitrary<AwsAuthDataSourceSettings> = fc
  .record(
    {
      authType: fc.constantFrom(...providers, 'arn', 'sharedCreds'),
      profile: fc.constantFrom('', ...PROFILES, 'missing-profile'),
      assumeRoleArn: fc.constantFrom('', 'arn:aws:iam::123456789012:role/grafana'),
      externalId: fc.constantFrom('', 'ext-1'),
      defaultRegion: fc.constantFrom('', 'eu-west-1', 'me-south-1', 'us-east-2'),
      region: fc.constantFrom('', 'default', 'ap-south-1'),
      usePerDatasourceExternalId: fc.boolean(),
      grafanaExternalId: fc.constantFrom('', 'stack-1234-U1'),
    },
    { requiredKeys: ['authType'] }
  )
  .chain((jsonData) =>
    fc.record({
      jsonData: fc.constant(jsonData),
      secureJsonFields: fc.record({ accessKey: fc.boolean(), secretKey: fc.boolean(), sessionToken: fc.boolean() }),
    })
  )
  .map((o) => ({ uid: 'U1', type: 'cloudwatch', ...o }) as unknown as AwsAuthDataSourceSettings);

export interface Session {
  backendCase: BackendCase;
  statement: CredentialChain;
  /** The external ID the role's trust policy requires (the Policies extra), '' for none. */
  trustPolicyExternalId: string;
}

/** Grafana's save: what is typed is stored; a secret stored earlier and not replaced stays (unknown to the browser). */
export function storedSecrets(options: AwsAuthDataSourceSettings): Record<string, string> {
  const typed = (options.secureJsonData ?? {}) as Record<string, unknown>;
  const fields = (options.secureJsonFields ?? {}) as Record<string, unknown>;
  const stored: Record<string, string> = {};
  for (const key of secretSettings) {
    const value = Object.prototype.hasOwnProperty.call(typed, key) ? typed[key] : undefined;
    if (typeof value === 'string') {
      stored[key] = value;
    } else if (fields[key] === true) {
      stored[key] = storedSecret(key);
    }
  }
  return stored;
}

/**
 * One editing session: saved settings (legacy and hostile ones included), a server, the writes the
 * editor makes on mount (the first allowed provider for a new data source, the per-data-source
 * external ID), then the person's edits, all through the real `applyChange`.
 */
export const session: fc.Arbitrary<Session> = fc
  .tuple(
    fc.oneof(savedOptions, plausibleSaved),
    server,
    fc.array(fc.oneof({ weight: 3, arbitrary: realistic }, { weight: 1, arbitrary: anyEdit }), { maxLength: 8 }),
    fc.nat()
  )
  .map(([saved, s, edits, n]) => {
    const config: GrafanaServerConfig = {
      awsAllowedAuthProviders: s.allowed,
      awsAssumeRoleEnabled: s.assumeRoleEnabled,
      awsPerDatasourceHTTPProxyEnabled: s.httpProxyEnabled,
      featureToggles: {
        awsDatasourcesTempCredentials: s.temporaryCredentials,
        awsAssumeRolePerDatasourceExternalId: s.perDatasourceExternalId,
      },
    };
    const policy = resolvePolicy(config, { dataSourceType: 'cloudwatch' });
    let options = saved;
    let stash: SecretStash = {};
    const apply = (e: AwsAuthEdit | undefined) => {
      if (e) {
        const result = applyChange(options, e, { policy, stackExternalId: s.stackExternalId, stash });
        options = result.options;
        stash = result.stash;
      }
    };
    const view = readSettings(options);
    apply(
      view.authType === undefined && policy.initialProvider
        ? { type: 'provider', value: policy.initialProvider }
        : undefined
    );
    apply(
      missingGrafanaExternalId(readSettings(options), {
        featureEnabled: policy.perDatasourceExternalId,
        stackExternalId: s.stackExternalId,
        uid: options.uid,
      })
    );
    edits.forEach(apply);

    const ctx: ChainContext = {
      allowedAuthProviders: s.allowed,
      assumeRoleEnabled: s.assumeRoleEnabled,
      stackExternalId: s.stackExternalId,
      httpProxyEnabled: s.httpProxyEnabled,
    };
    // JSON is what reaches Grafana: undefined values vanish, as in the browser's request.
    const jsonData = JSON.parse(JSON.stringify(options.jsonData ?? {})) as Record<string, unknown>;
    return {
      backendCase: {
        id: String(n),
        jsonData,
        secureJsonData: storedSecrets(options),
        database: typeof options.database === 'string' ? options.database : '',
        server: {
          allowedAuthProviders: s.allowed,
          assumeRoleEnabled: s.assumeRoleEnabled,
          externalId: s.stackExternalId,
          httpProxyEnabled: s.httpProxyEnabled,
        },
      },
      statement: resolveCredentialChain(readSettings(options), ctx),
      trustPolicyExternalId: rolePolicies({
        view: readSettings(options),
        stackExternalId: s.stackExternalId,
        uid: options.uid,
      }).externalId,
    };
  });
