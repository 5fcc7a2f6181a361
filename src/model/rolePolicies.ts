import { GRAFANA_ASSUME_ROLE_ACCOUNT_ID } from './grafanaAssumeRole';
import { hclString } from './provisioning';
import type { AwsAuthView } from './settings';
import { type Translate, english } from './translate';
import { AwsAuthType } from './types';

/**
 * The IAM actions a plugin's backend calls (`cloudwatch:GetMetricData`, `athena:StartQueryExecution`…)
 * and, if it wants to narrow them, the resources: one statement. Nothing is added to them: no
 * wildcard, no guess.
 */
export interface IamPermissionStatement {
  actions: readonly string[];
  /** ARNs the actions apply to; `*` when none are given (many read actions take no resource). */
  resources?: readonly string[];
}

/** One statement, or several when actions need different resources (Athena's S3 buckets, say). */
export type IamPermissions = IamPermissionStatement | readonly IamPermissionStatement[];

/** An IAM policy document, as AWS takes it. */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface PolicyStatement {
  Effect: 'Allow';
  Principal?: { AWS: string };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: { StringEquals: Record<string, string> };
}

/** What the role's policies are built from: the settings on the page, never a secret. */
export interface RolePolicyInput {
  view: Pick<
    AwsAuthView,
    'authType' | 'assumeRoleArn' | 'externalId' | 'usePerDatasourceExternalId' | 'grafanaExternalId'
  >;
  /** Grafana Assume Role: the stack's external ID ('' while unknown). */
  stackExternalId?: string;
  /** The data source's uid, part of a per-data-source external ID. */
  uid?: unknown;
  /** The ARN Grafana runs as, when known (from an AccessDenied message); a marked placeholder otherwise. */
  principal?: string;
  permissions?: IamPermissions;
}

/** The role as AWS needs it: trust policy, permission policy (only when the plugin declares actions), and as code. */
export interface RolePolicyDocuments {
  /** Who may assume the role: JSON, two-space indented. */
  trustPolicy: string;
  /** What the role may do, or undefined when the plugin declared no actions. */
  permissionPolicy: string | undefined;
  /** The external ID the trust policy requires ('' for none). */
  externalId: string;
  /** True when the principal is a placeholder to replace. */
  principalPlaceholder: boolean;
  /** `aws iam create-role` (and `put-role-policy`), for a POSIX shell. */
  cli: string;
  /** `aws_iam_role` (and `aws_iam_role_policy`) for Terraform's AWS provider. */
  terraform: string;
}

const VERSION = '2012-10-17';
const ARN = /^arn:(aws[a-z-]*):(iam|sts)::(\d{12}):([\w+=,.@/-]+)$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const DEFAULT_ROLE_NAME = 'grafana-datasource';

/**
 * The principal a trust policy names for an identity AWS reported as the caller. An STS session
 * (`arn:aws:sts::…:assumed-role/<role>/<session>`) is trusted through its role, as AWS requires;
 * users, roles and accounts as they are. Undefined for anything else (a service, "anonymous").
 */
export function trustedPrincipalOf(caller: string): string | undefined {
  const match = ARN.exec(caller.trim());
  if (!match) {
    return undefined;
  }
  const [, partition, service, account, resource = ''] = match;
  if (service === 'sts') {
    const role = /^assumed-role\/([\w+=,.@-]+)\/[^/]+$/.exec(resource)?.[1];
    // The session ARN drops the role's path: a role under a path needs it added back.
    return role ? `arn:${partition}:iam::${account}:role/${role}` : undefined;
  }
  return resource === 'root' || /^(?:user|role)\//.test(resource) ? caller.trim() : undefined;
}

/**
 * The external ID the backend sends to sts:AssumeRole. Grafana Assume Role: grafana-aws-sdk's
 * `ResolveGrafanaAssumeRoleExternalID` on what is saved: the data source's own ID only when
 * `usePerDatasourceExternalId` is true and the ID is stored, else the stack's (checked against the Go
 * code: an ID not stored yet, where the editor cannot write it, is not sent). Any other provider:
 * `externalId` when it is not empty (`WithAssumeRole`), else none.
 */
export function externalIdSent(input: RolePolicyInput): string {
  const { view } = input;
  if (view.authType === AwsAuthType.GrafanaAssumeRole) {
    return view.usePerDatasourceExternalId === true && view.grafanaExternalId !== ''
      ? view.grafanaExternalId
      : (input.stackExternalId ?? '');
  }
  return view.externalId;
}

/** The trust policy: Grafana's AWS account for Grafana Assume Role, else the principal Grafana runs as. */
export function trustPolicyOf(input: RolePolicyInput, tr: Translate = english): PolicyDocument {
  const grafana = input.view.authType === AwsAuthType.GrafanaAssumeRole;
  const principal = grafana
    ? `arn:aws:iam::${GRAFANA_ASSUME_ROLE_ACCOUNT_ID}:root`
    : (input.principal && trustedPrincipalOf(input.principal)) || principalPlaceholder(tr);
  const externalId = externalIdSent(input);
  const statement: PolicyStatement = { Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' };
  // Grafana Assume Role always sends one; the condition is kept with a placeholder while it loads.
  const condition = externalId || (grafana ? externalIdPlaceholder(tr) : '');
  if (condition) {
    statement.Condition = { StringEquals: { 'sts:ExternalId': condition } };
  }
  return { Version: VERSION, Statement: [statement] };
}

const principalPlaceholder = (tr: Translate) =>
  tr('grafana-aws-auth.policies.placeholder.principal', 'REPLACE-ME: the ARN of the IAM user or role Grafana runs as');
const externalIdPlaceholder = (tr: Translate) =>
  tr('grafana-aws-auth.policies.placeholder.external-id', 'REPLACE-ME: the external ID shown once it has loaded');

const distinct = (values: readonly string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== '')),
];

/**
 * Least privilege: exactly the declared actions (sorted, each once) on the declared resources, a
 * statement per declared statement; undefined when no action is declared.
 */
export function permissionPolicyOf(permissions: IamPermissions | undefined): PolicyDocument | undefined {
  const statements: readonly IamPermissionStatement[] = Array.isArray(permissions)
    ? permissions
    : permissions
      ? [permissions as IamPermissionStatement]
      : [];
  const Statement: PolicyStatement[] = [];
  for (const declared of statements) {
    const actions = distinct(declared.actions).sort();
    const resources = distinct(declared.resources);
    if (actions.length > 0) {
      Statement.push({
        Effect: 'Allow',
        Action: actions.length === 1 ? actions[0]! : actions,
        Resource: resources.length === 0 ? '*' : resources.length === 1 ? resources[0]! : resources,
      });
    }
  }
  return Statement.length > 0 ? { Version: VERSION, Statement } : undefined;
}

/** The role's name and path, from Assume Role ARN when it names one; a plain default otherwise. */
export function roleNameOf(assumeRoleArn: string): { name: string; path: string } {
  const resource = ARN.exec(assumeRoleArn.trim())?.[4] ?? '';
  const match = /^role(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]+)$/.exec(resource);
  if (!match || !ROLE_NAME.test(match[2] ?? '')) {
    return { name: DEFAULT_ROLE_NAME, path: '/' };
  }
  return { name: match[2]!, path: match[1]! };
}

/** A POSIX shell word: single quotes, with each `'` closed, escaped and reopened. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function cliOf(name: string, path: string, trust: PolicyDocument, permissions: PolicyDocument | undefined): string {
  const lines = [
    [
      'aws iam create-role',
      `--role-name ${shellWord(name)}`,
      ...(path === '/' ? [] : [`--path ${shellWord(path)}`]),
      `--assume-role-policy-document ${shellWord(JSON.stringify(trust))}`,
    ].join(' \\\n  '),
  ];
  if (permissions) {
    lines.push(
      [
        'aws iam put-role-policy',
        `--role-name ${shellWord(name)}`,
        `--policy-name ${shellWord(`${name}-permissions`)}`,
        `--policy-document ${shellWord(JSON.stringify(permissions))}`,
      ].join(' \\\n  ')
    );
  }
  return `${lines.join('\n\n')}\n`;
}

type Json = string | Json[] | { [key: string]: Json | undefined };

/** A JSON value as an HCL expression for `jsonencode`, one key per line. */
function hcl(value: Json, indent: string): string {
  if (typeof value === 'string') {
    return hclString(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${hcl(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  return `{\n${keys.map((k) => `${inner}${hclString(k)} = ${hcl(value[k]!, inner)}`).join('\n')}\n${indent}}`;
}

function terraformOf(name: string, path: string, trust: PolicyDocument, permissions: PolicyDocument | undefined) {
  const doc = (d: PolicyDocument) =>
    hcl(d as unknown as Json, '  ')
      .replace(/^\{/, 'jsonencode({')
      .replace(/\}$/, '})');
  const role = [
    'resource "aws_iam_role" "grafana" {',
    `  name = ${hclString(name)}`,
    ...(path === '/' ? [] : [`  path = ${hclString(path)}`]),
    `  assume_role_policy = ${doc(trust)}`,
    '}',
  ];
  const policy = permissions
    ? [
        '',
        'resource "aws_iam_role_policy" "grafana" {',
        `  name = ${hclString(`${name}-permissions`)}`,
        '  role = aws_iam_role.grafana.id',
        `  policy = ${doc(permissions)}`,
        '}',
      ]
    : [];
  return `${[...role, ...policy].join('\n')}\n`;
}

/**
 * The IAM role this data source needs, from the settings on the page: its trust policy (with the
 * external ID the backend sends), its permission policy (the plugin's declared actions, if any), and
 * both as AWS CLI commands and Terraform. Secrets are never read.
 */
export function rolePolicies(input: RolePolicyInput, tr: Translate = english): RolePolicyDocuments {
  const trust = trustPolicyOf(input, tr);
  const permissions = permissionPolicyOf(input.permissions);
  const { name, path } = roleNameOf(input.view.assumeRoleArn);
  const principal = trust.Statement[0]!.Principal!.AWS;
  return {
    trustPolicy: JSON.stringify(trust, null, 2),
    permissionPolicy: permissions && JSON.stringify(permissions, null, 2),
    externalId: externalIdSent(input),
    principalPlaceholder: principal === principalPlaceholder(tr),
    cli: cliOf(name, path, trust, permissions),
    terraform: terraformOf(name, path, trust, permissions),
  };
}
