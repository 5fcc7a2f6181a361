import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type IamPermissions,
  type RolePolicyInput,
  roleNameOf,
  rolePolicies,
  trustedPrincipalOf,
} from '../../src/model/rolePolicies';
import { readSettings } from '../../src/model/settings';
import { AwsAuthType } from '../../src/model/types';
import { SECRET_MARK, hostileString, savedOptions } from '../support/arbitraries';
import { makeOptions } from '../support/options';
import { shellWords } from '../support/shell.mjs';

type Doc = {
  Version: string;
  Statement: Array<{
    Effect: string;
    Principal?: { AWS: string };
    Action: string | string[];
    Resource?: string | string[];
    Condition?: { StringEquals: Record<string, string> };
  }>;
};

const parse = (json: string | undefined) => JSON.parse(json ?? 'null') as Doc;
const conditionOf = (doc: Doc) => doc.Statement[0]!.Condition?.StringEquals['sts:ExternalId'];

function input(jsonData: Record<string, unknown>, extra: Partial<RolePolicyInput> = {}): RolePolicyInput {
  return { view: readSettings(makeOptions({ jsonData })), ...extra };
}

const argOf = (words: string[], flag: string) => words[words.indexOf(flag) + 1];

/** Terraform through a real HCL parser; `jsonencode(…)` becomes the object it encodes. */
async function terraform(text: string) {
  const plain = text.replace(/= jsonencode\(\{$/gm, '= {').replace(/^ {2}\}\)$/gm, '  }');
  const parsed = (await parseHcl('main.tf', plain)) as {
    resource: {
      aws_iam_role: { grafana: Array<Record<string, unknown>> };
      aws_iam_role_policy?: { grafana: Array<Record<string, unknown>> };
    };
  };
  const unescape = (v: unknown): unknown =>
    typeof v === 'string'
      ? v.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
      : Array.isArray(v)
        ? v.map(unescape)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unescape(x)]))
          : v;
  return {
    role: unescape(parsed.resource.aws_iam_role.grafana[0]) as Record<string, unknown>,
    policy: unescape(parsed.resource.aws_iam_role_policy?.grafana[0]) as Record<string, unknown> | undefined,
  };
}

const CLOUDWATCH: IamPermissions = {
  actions: ['cloudwatch:GetMetricData', 'cloudwatch:ListMetrics', 'logs:StartQuery'],
};

describe('trust policy', () => {
  it("Grafana Assume Role trusts Grafana's account 008923505280 with the stack's external ID (ResolveGrafanaAssumeRoleExternalID: stack unless per data source)", () => {
    const doc = parse(
      rolePolicies(input({ authType: 'grafana_assume_role' }, { stackExternalId: 'stack-42', uid: 'abc' })).trustPolicy
    );
    expect(doc.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::008923505280:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'stack-42' } },
    });
  });

  it('Grafana Assume Role per data source: grafanaExternalId only when usePerDatasourceExternalId is explicitly true and the ID is set', () => {
    const stored = { authType: 'grafana_assume_role', grafanaExternalId: 'stack-42-abc' };
    const at = (usePerDatasourceExternalId: unknown) =>
      conditionOf(
        parse(
          rolePolicies(input({ ...stored, usePerDatasourceExternalId }, { stackExternalId: 'stack-42' })).trustPolicy
        )
      );
    expect(at(true)).toBe('stack-42-abc');
    expect(at(false)).toBe('stack-42');
    expect(at(undefined)).toBe('stack-42');
    expect(at('true')).toBe('stack-42');
  });

  it('Grafana Assume Role before the stack ID loads: the condition stays, with a marked placeholder', () => {
    const doc = parse(rolePolicies(input({ authType: 'grafana_assume_role' })).trustPolicy);
    expect(conditionOf(doc)).toMatch(/^REPLACE-ME/);
  });

  it('other providers: sts:ExternalId condition with jsonData.externalId when set (WithAssumeRole), none when empty', () => {
    const withId = rolePolicies(
      input({ authType: 'keys', externalId: 'ext-1' }, { principal: 'arn:aws:iam::111122223333:user/grafana' })
    );
    expect(parse(withId.trustPolicy).Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:user/grafana' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } },
    });
    const without = parse(rolePolicies(input({ authType: 'default' })).trustPolicy);
    expect(without.Statement[0]!.Condition).toBeUndefined();
  });

  it('an unknown principal is a marked placeholder, never a guess', () => {
    const result = rolePolicies(input({ authType: 'default' }));
    expect(result.principalPlaceholder).toBe(true);
    expect(parse(result.trustPolicy).Statement[0]!.Principal!.AWS).toMatch(/^REPLACE-ME/);
  });

  it('an STS session from an AccessDenied message is trusted through its role; users and accounts as they are', () => {
    expect(trustedPrincipalOf('arn:aws:sts::123456789012:assumed-role/grafana-node/i-0abc')).toBe(
      'arn:aws:iam::123456789012:role/grafana-node'
    );
    expect(trustedPrincipalOf('arn:aws-us-gov:iam::123456789012:user/ops/grafana')).toBe(
      'arn:aws-us-gov:iam::123456789012:user/ops/grafana'
    );
    expect(trustedPrincipalOf('arn:aws:iam::123456789012:root')).toBe('arn:aws:iam::123456789012:root');
    expect(trustedPrincipalOf('anonymous')).toBeUndefined();
    expect(trustedPrincipalOf('arn:aws:sts::123456789012:federated-user/bob')).toBeUndefined();
  });
});

describe('permission policy', () => {
  it('is exactly the declared actions, sorted and once each, on * unless resources are declared', () => {
    const doc = parse(
      rolePolicies(
        input({}, { permissions: { actions: ['logs:StartQuery', 'cloudwatch:ListMetrics', 'logs:StartQuery '] } })
      ).permissionPolicy
    );
    expect(doc.Statement).toEqual([
      { Effect: 'Allow', Action: ['cloudwatch:ListMetrics', 'logs:StartQuery'], Resource: '*' },
    ]);
    const narrowed = parse(
      rolePolicies(
        input(
          {},
          { permissions: { actions: ['athena:GetQueryResults'], resources: ['arn:aws:athena:*:*:workgroup/primary'] } }
        )
      ).permissionPolicy
    );
    expect(narrowed.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: 'athena:GetQueryResults',
      Resource: 'arn:aws:athena:*:*:workgroup/primary',
    });
  });

  it('several statements when actions need different resources, each kept apart', () => {
    const doc = parse(
      rolePolicies(
        input(
          {},
          {
            permissions: [
              { actions: ['athena:StartQueryExecution', 'athena:GetQueryResults'] },
              { actions: [] },
              { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::aws-athena-query-results-*'] },
            ],
          }
        )
      ).permissionPolicy
    );
    expect(doc.Statement).toEqual([
      { Effect: 'Allow', Action: ['athena:GetQueryResults', 'athena:StartQueryExecution'], Resource: '*' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::aws-athena-query-results-*' },
    ]);
  });

  it('without declared actions there is none, in JSON, CLI or Terraform', () => {
    const result = rolePolicies(input({ authType: 'keys' }, { permissions: { actions: [' '] } }));
    expect(result.permissionPolicy).toBeUndefined();
    expect(result.cli).not.toContain('put-role-policy');
    expect(result.terraform).not.toContain('aws_iam_role_policy');
  });
});

describe('as code', () => {
  const arn = 'arn:aws:iam::123456789012:role/team/grafana-cw';
  const setup = input(
    { authType: 'keys', assumeRoleArn: arn, externalId: "it's-${aws:username}" },
    { principal: 'arn:aws:iam::111122223333:user/grafana', permissions: CLOUDWATCH }
  );

  it('takes the role name and path from Assume Role ARN, or a plain default', () => {
    expect(roleNameOf(arn)).toEqual({ name: 'grafana-cw', path: '/team/' });
    expect(roleNameOf('')).toEqual({ name: 'grafana-datasource', path: '/' });
    expect(roleNameOf('arn:aws:iam::123456789012:user/x')).toEqual({ name: 'grafana-datasource', path: '/' });
  });

  it('AWS CLI: a POSIX shell hands create-role and put-role-policy the same policies', () => {
    const result = rolePolicies(setup);
    const [create, put] = shellWords(result.cli);
    expect(create!.slice(0, 2)).toEqual(['iam', 'create-role']);
    expect(argOf(create!, '--role-name')).toBe('grafana-cw');
    expect(argOf(create!, '--path')).toBe('/team/');
    expect(JSON.parse(argOf(create!, '--assume-role-policy-document')!)).toEqual(parse(result.trustPolicy));
    expect(argOf(put!, '--policy-name')).toBe('grafana-cw-permissions');
    expect(JSON.parse(argOf(put!, '--policy-document')!)).toEqual(parse(result.permissionPolicy));
  });

  it('Terraform: aws_iam_role and aws_iam_role_policy read back through the HCL parser as the same policies', async () => {
    const result = rolePolicies(setup);
    const { role, policy } = await terraform(result.terraform);
    expect(role.name).toBe('grafana-cw');
    expect(role.path).toBe('/team/');
    expect(role.assume_role_policy).toEqual(parse(result.trustPolicy));
    expect(policy!.role).toBe('${aws_iam_role.grafana.id}');
    expect(policy!.policy).toEqual(parse(result.permissionPolicy));
  });
});

// Settings as saved, plus the Grafana Assume Role keys the shared generator leaves out.
const withGrafanaKeys = fc
  .record({
    options: savedOptions,
    authType: fc.constantFrom(...Object.values(AwsAuthType), undefined),
    usePerDatasourceExternalId: fc.constantFrom(true, false, undefined, 'true', 1),
    grafanaExternalId: fc.oneof(fc.constant(''), hostileString, fc.constant(undefined)),
    stackExternalId: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 8 })),
    uid: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 8 })),
    secret: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${SECRET_MARK}${s}`),
  })
  .map((r) => {
    const jsonData = { ...r.options.jsonData } as Record<string, unknown>;
    for (const key of ['authType', 'usePerDatasourceExternalId', 'grafanaExternalId'] as const) {
      if (r[key] !== undefined) {
        jsonData[key] = r[key];
      }
    }
    const options = {
      ...r.options,
      jsonData,
      secureJsonData: { accessKey: r.secret, secretKey: r.secret, sessionToken: r.secret, proxyPassword: r.secret },
    };
    return { ...r, options: options as typeof r.options };
  });

/** The backend's rule, written from grafana-aws-sdk rather than from the code under test. */
function oracle(jsonData: Record<string, unknown>, stackExternalId: string, uid: string): string {
  const authType = jsonData.authType;
  if (authType === 'grafana_assume_role') {
    const stored = typeof jsonData.grafanaExternalId === 'string' ? jsonData.grafanaExternalId : '';
    // external_id.go: the data source's own ID only when the switch is true and the ID is stored; an
    // ID not stored yet is not sent (checked against grafana-aws-sdk in test/backend/contract.test.ts).
    void uid;
    return jsonData.usePerDatasourceExternalId === true && stored ? stored : stackExternalId;
  }
  const externalId = jsonData.externalId;
  return typeof externalId === 'string' ? externalId : typeof externalId === 'number' ? String(externalId) : '';
}

describe('properties over generated settings', () => {
  it('the external ID required is the one the backend sends once saved (ResolveGrafanaAssumeRoleExternalID; WithAssumeRole), and no secret appears anywhere', async () => {
    const samples = fc.sample(withGrafanaKeys, { numRuns: 300, seed: 22 });
    for (const s of samples) {
      const view = readSettings(s.options);
      const result = rolePolicies({ view, stackExternalId: s.stackExternalId, uid: s.uid, permissions: CLOUDWATCH });
      const expected =
        view.authType === 'grafana_assume_role'
          ? oracle(s.options.jsonData as Record<string, unknown>, s.stackExternalId, s.uid)
          : view.externalId;
      expect(result.externalId, JSON.stringify([s.options.jsonData, s.stackExternalId, s.uid])).toBe(expected);
      const condition = conditionOf(parse(result.trustPolicy));
      if (expected === '') {
        expect(condition === undefined || condition.startsWith('REPLACE-ME')).toBe(true);
      } else {
        expect(condition).toBe(expected);
      }
      for (const text of [result.trustPolicy, result.permissionPolicy, result.cli, result.terraform]) {
        expect(text).not.toContain(SECRET_MARK);
      }
      const { role } = await terraform(result.terraform);
      expect(role.assume_role_policy).toEqual(parse(result.trustPolicy));
    }
    const [first] = shellWords(rolePolicies({ view: readSettings(samples[0]!.options) }).cli);
    expect(first![1]).toBe('create-role');
  }, 60_000);
});
