import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { provisioningSecrets, provisioningSnippet } from '../../src/model/provisioning';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { SECRET_MARK, hostileString, savedOptions } from '../support/arbitraries';
import { makeOptions } from '../support/options';
import { sameData } from '../support/sameData';

type Bag = Record<string, unknown>;

/** What Grafana does to a provisioned value: `$$` is a literal `$`, `$NAME` and `${NAME}` read the environment. */
function grafanaExpand(value: unknown, env: (name: string) => string): unknown {
  if (typeof value === 'string') {
    return value
      .split('$$')
      .map((part) => part.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => env((a ?? b)!)))
      .join('$');
  }
  if (Array.isArray(value)) {
    return value.map((v) => grafanaExpand(v, env));
  }
  if (value && typeof value === 'object') {
    const out: Bag = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: grafanaExpand(v, env),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** HCL's JSON form keeps template escapes in literal strings: `$${` is a literal `${`, `%%{` a literal `%{`. */
function hclLiteral(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  }
  if (Array.isArray(value)) {
    return value.map(hclLiteral);
  }
  if (value && typeof value === 'object') {
    const out: Bag = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, hclLiteral(k) as string, {
        value: hclLiteral(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** The saved jsonData as JSON would carry it (what Grafana stores). */
const asSaved = (value: unknown) =>
  JSON.parse(JSON.stringify(value ?? {}).replace(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/gi, '\\ufffd')) as Bag;

function readYaml(text: string) {
  const doc = parseYaml(text, { uniqueKeys: true }) as { apiVersion: number; datasources: Bag[] };
  expect(doc.apiVersion).toBe(1);
  expect(doc.datasources).toHaveLength(1);
  return grafanaExpand(doc.datasources[0], (name) => `ENV:${name}`) as Bag;
}

async function readTerraform(text: string) {
  // jsonencode() and var.* are expressions, which the parser leaves as text: make them plain values.
  const plain = text
    .replace(/= jsonencode\(\{$/gm, '= {')
    .replace(/^ {2}\}\)$/gm, '  }')
    .replace(/= var\.(\w+)$/gm, '= "VAR:$1"');
  const parsed = (await parseHcl('main.tf', plain)) as {
    resource: { grafana_data_source: Record<string, Bag[]> };
    variable?: Record<string, Array<{ sensitive: boolean }>>;
  };
  const resources = Object.values(parsed.resource.grafana_data_source);
  expect(resources).toHaveLength(1);
  return { resource: hclLiteral(resources[0]![0]) as Bag, variables: parsed.variable ?? {} };
}

const secretValue = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `${SECRET_MARK}${s}`);
const hostileText = fc.oneof(
  hostileString,
  fc.constantFrom(
    'yes',
    'no',
    'null',
    '~',
    'true',
    '0x10',
    '1e3',
    '012',
    '-',
    '? x',
    '- a',
    '&a',
    '*a',
    '!tag',
    '|',
    '>'
  ),
  fc.constantFrom(
    'a"b',
    "it's",
    'line\nbreak',
    'tab\there',
    '${HOME}',
    '$HOME',
    '$$',
    '%{if x}',
    'a #b',
    'k: v',
    '\u2028',
    '\u0085',
    '\uFEFF',
    '😀',
    'Zürich'
  )
);

/** Saved options with hostile names, plugin keys and values, and marked secrets typed on the page. */
const options: fc.Arbitrary<AwsAuthDataSourceSettings> = fc
  .tuple(
    savedOptions,
    hostileText,
    hostileText,
    fc.dictionary(fc.oneof(fc.string(), hostileText), secretValue, { maxKeys: 4 }),
    fc.dictionary(hostileText, fc.oneof(hostileText, fc.jsonValue()), { maxKeys: 4 })
  )
  .map(([saved, name, url, typed, plugin]) => ({
    ...saved,
    name,
    url,
    secureJsonData: typed,
    jsonData: { ...plugin, ...saved.jsonData },
  }));

function typedSecrets(o: AwsAuthDataSourceSettings): string[] {
  return Object.values((o.secureJsonData ?? {}) as Bag).filter((v): v is string => typeof v === 'string' && v !== '');
}

describe('provisioningSnippet', () => {
  const example = makeOptions({
    name: 'CloudWatch (prod)',
    uid: 'cw-prod',
    jsonData: {
      authType: 'keys',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
      externalId: 'ext-1',
      defaultRegion: 'eu-west-1',
      customMetricsNamespaces: 'MyApp',
      logsTimeout: 30,
      tracing: { enabled: true, sample: [0.5, null] },
    } as never,
    secureJsonFields: { accessKey: true, secretKey: true, basicAuthPassword: true },
    secureJsonData: { sessionToken: 'typed-token-value' },
  });

  it('writes a Grafana provisioning file with every plain setting and each secret as an environment variable', () => {
    const text = provisioningSnippet(example, 'yaml');
    expect(text).not.toContain('typed-token-value');
    const ds = readYaml(text);
    expect(ds).toMatchObject({ name: 'CloudWatch (prod)', type: 'cloudwatch', uid: 'cw-prod', access: 'proxy' });
    expect(ds.jsonData).toEqual(example.jsonData);
    expect(ds.secureJsonData).toEqual({
      accessKey: 'ENV:AWS_ACCESS_KEY_ID',
      secretKey: 'ENV:AWS_SECRET_ACCESS_KEY',
      basicAuthPassword: 'ENV:BASIC_AUTH_PASSWORD',
      sessionToken: 'ENV:AWS_SESSION_TOKEN',
    });
    expect(text).toContain('secretKey: "$AWS_SECRET_ACCESS_KEY"');
  });

  it('writes a Terraform grafana_data_source with jsonencode() and sensitive variables', async () => {
    const text = provisioningSnippet(example, 'terraform');
    expect(text).toContain('json_data_encoded = jsonencode({');
    expect(text).toContain('"secretKey" = var.aws_secret_access_key');
    expect(text).not.toContain('typed-token-value');
    const { resource, variables } = await readTerraform(text);
    expect(resource).toMatchObject({ name: 'CloudWatch (prod)', type: 'cloudwatch', uid: 'cw-prod' });
    expect(resource.json_data_encoded).toEqual(example.jsonData);
    expect(resource.secure_json_data_encoded).toEqual({
      accessKey: 'VAR:aws_access_key_id',
      secretKey: 'VAR:aws_secret_access_key',
      basicAuthPassword: 'VAR:basic_auth_password',
      sessionToken: 'VAR:aws_session_token',
    });
    expect(Object.keys(variables).sort()).toEqual(
      ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'basic_auth_password'].sort()
    );
    expect(Object.values(variables).every((v) => v[0]?.sensitive === true)).toBe(true);
  });

  it('SigV4 keys read the same AWS variables; unknown secrets get distinct names', () => {
    const sigv4 = makeOptions({
      type: 'prometheus',
      secureJsonFields: {
        sigV4AccessKey: true,
        sigV4SecretKey: true,
        'tls-client key': true,
        '1x': true,
        tlsClientKey: true,
      },
    });
    expect(provisioningSecrets(sigv4).map((s) => s.env)).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'TLS_CLIENT_KEY',
      'SECRET_1X',
      'TLS_CLIENT_KEY_2',
    ]);
  });

  it('round-trips hostile values through a real YAML parser, never showing a secret (property)', () => {
    fc.assert(
      fc.property(options, (o) => {
        const text = provisioningSnippet(o, 'yaml');
        for (const secret of typedSecrets(o)) {
          expect(text).not.toContain(secret);
        }
        const ds = readYaml(text);
        expect(ds.name).toBe(asSaved({ v: o.name }).v);
        expect(ds.url ?? '').toBe(asSaved({ v: o.url }).v);
        expect(ds.type).toBe(o.type);
        expect(sameData(ds.jsonData, asSaved(o.jsonData))).toBe(true);
        const secrets = provisioningSecrets(o);
        expect(sameData(ds.secureJsonData ?? {}, Object.fromEntries(secrets.map((s) => [s.key, `ENV:${s.env}`])))).toBe(
          true
        );
      }),
      { numRuns: 1000 }
    );
  });

  it('round-trips hostile values through a real HCL parser, never showing a secret (property)', async () => {
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        const text = provisioningSnippet(o, 'terraform');
        for (const secret of typedSecrets(o)) {
          expect(text).not.toContain(secret);
        }
        const { resource } = await readTerraform(text);
        expect(resource.name).toBe(asSaved({ v: o.name }).v);
        expect(sameData(resource.json_data_encoded, asSaved(o.jsonData))).toBe(true);
        const secrets = provisioningSecrets(o);
        expect(
          sameData(
            resource.secure_json_data_encoded ?? {},
            Object.fromEntries(secrets.map((s) => [s.key, `VAR:${s.variable}`]))
          )
        ).toBe(true);
      }),
      { numRuns: 300 }
    );
  }, 120000);
});
