import fc from 'fast-check';

import type { AwsAuthEdit } from '../../src/model/edit';
import { awsAuthProviders } from '../../src/model/providers';
import { secretSettings, textSettings } from '../../src/model/settingsTable';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';

// Every provider and setting from the model's tables, so that a new one is generated without
// touching this file (the ownership oracle in the property test stays written by hand).
const providerValues = awsAuthProviders.map((p) => p.value);

/** Strings people and old Grafana versions leave behind, and strings an attacker would try. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=alert(1)>',
    '\u202Eevil\u202C',
    'a\u200Bb\u200Dc\uFEFF',
    'مرحبا',
    '{{constructor.constructor("return 1")()}}',
    '__proto__',
    ' padded \n',
    'arn',
    'sharedCreds'
  )
);

const reservedKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
// Keys real plugins keep next to ours, including near-misses of our own names.
const pluginKeys = fc.constantFrom(
  'logs',
  'customMetricsNamespaces',
  'timeField',
  'tlsAuth',
  'httpMethod',
  'sigV4Auth',
  'region',
  'Profile',
  'authtype',
  'externalID',
  'proxyType',
  'basicAuthPassword',
  'tlsClientKey'
);
const anyKey = fc.oneof(fc.string({ maxLength: 12 }), reservedKeys, pluginKeys);

/** A plain object with arbitrary keys (including __proto__ as an own key, as JSON.parse makes it). */
export const bagOf = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(anyKey, value), { maxLength: 6 }).map((entries) => {
    const bag: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      Object.defineProperty(bag, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return bag;
  });

const ownedValue = fc.oneof(hostileString, fc.jsonValue(), fc.constant(undefined));

/** Saved settings as a plugin might hand them over: its own keys mixed with ours, any JSON in any slot. */
export const savedOptions: fc.Arbitrary<AwsAuthDataSourceSettings> = fc
  .record({
    plugin: bagOf(fc.jsonValue()),
    authType: fc.oneof(fc.constantFrom(...providerValues, 'arn', 'sharedCreds'), ownedValue),
    profile: ownedValue,
    assumeRoleArn: ownedValue,
    assumeRoleARN: ownedValue,
    externalId: ownedValue,
    endpoint: ownedValue,
    defaultRegion: ownedValue,
    // The backend reads `region` before `defaultRegion` unless it is empty or "default": every case of that rule.
    region: fc.oneof(fc.constantFrom('', 'default', 'Default', ' ', 'us-east-1', 'eu-west-1'), ownedValue),
    // Only `readOnly: true` marks a provisioned data source; these others must not block edits.
    readOnly: fc.option(fc.constantFrom(false, 'true', 1, null), { nil: undefined }),
    secureJsonFields: bagOf(fc.boolean()),
    secureJsonData: fc.option(bagOf(fc.string()), { nil: undefined }),
    database: fc.oneof(fc.string(), fc.constant(undefined)),
    top: bagOf(fc.jsonValue()),
  })
  .map((r) => {
    const jsonData: Record<string, unknown> = { ...r.plugin };
    for (const key of [
      'authType',
      'profile',
      'assumeRoleArn',
      'assumeRoleARN',
      'externalId',
      'endpoint',
      'defaultRegion',
      'region',
    ] as const) {
      if (r[key] !== undefined) {
        Object.defineProperty(jsonData, key, { value: r[key], enumerable: true, writable: true, configurable: true });
      }
    }
    const options: Record<string, unknown> = { ...r.top };
    Object.assign(options, {
      uid: 'U1',
      url: 'https://x',
      version: 2,
      type: 'cloudwatch',
      database: r.database,
      jsonData,
      secureJsonFields: r.secureJsonFields,
    });
    if (r.readOnly !== undefined) {
      options.readOnly = r.readOnly;
    }
    if (r.secureJsonData) {
      options.secureJsonData = r.secureJsonData;
    }
    return options as unknown as AwsAuthDataSourceSettings;
  });

/** A provisioned data source: Grafana will not save it from the page. */
export const readOnlyOptions: fc.Arbitrary<AwsAuthDataSourceSettings> = savedOptions.map(
  (o) => ({ ...o, readOnly: true }) as AwsAuthDataSourceSettings
);

/** Marks generated secrets so a test can look for them anywhere. */
export const SECRET_MARK = 'S3CR3T';
const secretValue = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${SECRET_MARK}${s}`);

export const edit: fc.Arbitrary<AwsAuthEdit> = fc.oneof(
  fc.record({
    type: fc.constant('provider' as const),
    value: fc.constantFrom(...providerValues),
    restoreSecrets: fc.option(fc.record({ accessKey: secretValue, secretKey: secretValue }, { requiredKeys: [] }), {
      nil: undefined,
    }),
  }),
  fc.record({
    type: fc.constant('text' as const),
    setting: fc.constantFrom(...textSettings),
    value: hostileString,
  }),
  fc.record({
    type: fc.constant('secret' as const),
    setting: fc.constantFrom(...secretSettings),
    value: secretValue,
  }),
  fc.record({
    type: fc.constant('resetSecret' as const),
    setting: fc.constantFrom(...secretSettings),
  }),
  fc.constant({ type: 'clearAssumeRole' as const }),
  fc.record({ type: fc.constant('importKeys' as const), accessKey: secretValue, secretKey: secretValue }),
  fc.record({
    type: fc.constant('perDatasourceExternalId' as const),
    enabled: fc.boolean(),
    stackExternalId: fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
    uid: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 10 }), fc.integer()),
  }),
  fc.record({ type: fc.constant('proxyType' as const), value: fc.constantFrom('env', 'none', 'url' as const) })
);
