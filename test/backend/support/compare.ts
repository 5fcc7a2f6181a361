import type { CredentialChain } from '../../../src/model/credentialChain';
import type { Resolution } from './resolver.mjs';
import { ENVIRONMENT, PROFILES, storedSecret } from './sessions';

/** The version the comparison is for: the oldest release has no per-data-source external ID. */
export interface CompareOptions {
  /** grafana-aws-sdk before 1.5.1: Grafana Assume Role always sends the stack's external ID. */
  stackIdOnly?: boolean;
  stackExternalId?: string;
}

function decoded(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** Host of a URL, or undefined when it is none. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** The key ID the harness expects to sign with, for the statement's first credentials. */
function expectedCallerKey(statement: CredentialChain): string | undefined {
  const c = statement.credentials;
  switch (c.from) {
    case 'environment':
      return ENVIRONMENT.keyId;
    case 'profile':
      // No profile saved: the SDK's own chain, and the harness's server has keys in its environment.
      return c.profile === '' ? ENVIRONMENT.keyId : `profile-${c.profile}`;
    case 'grafana':
      return 'profile-assume_role_credentials';
    case 'keys':
      return c.accessKey === 'missing'
        ? undefined
        : c.accessKey === 'stored'
          ? storedSecret('accessKey')
          : c.accessKey.typed;
  }
}

/**
 * Every way the backend's resolution differs from the editor's statement, as lines a person can
 * read; empty when they agree.
 */
export function differences(statement: CredentialChain, r: Resolution, options: CompareOptions = {}): string[] {
  const out: string[] = [];
  const same = (what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      out.push(`${what}: editor says ${JSON.stringify(expected)}, backend ${JSON.stringify(actual)}`);
    }
  };
  same('loads (awsds Load)', statement.refusal !== 'unreadable', r.loadError === undefined);
  if (r.loadError !== undefined || statement.refusal === 'unreadable') {
    return out;
  }
  same('provider', statement.provider, r.provider);
  same(
    'refused: provider not allowed',
    statement.refusal === 'provider-not-allowed',
    /non-allowed auth method/.test(r.configError ?? '')
  );
  same(
    'refused: assume role disabled',
    statement.refusal === 'assume-role-disabled',
    /assume role but it is disabled/.test(r.configError ?? '')
  );
  if (statement.refusal) {
    return out;
  }
  const c = statement.credentials;
  const callerKey = expectedCallerKey(statement);
  if (c.from === 'profile' && c.profile !== '' && !(PROFILES as readonly string[]).includes(c.profile)) {
    // The SDK looks the profile up when it loads the config: a profile the file lacks fails there.
    same('profile looked up', c.profile, r.sharedProfile);
    same('fails: profile missing', true, /failed to get shared config profile/.test(r.configError ?? ''));
    return out;
  }
  same('config error', undefined, r.configError);
  same('region', statement.region || ENVIRONMENT.region, r.region);
  same('endpoint', statement.endpoint.url, r.baseEndpoint);
  same('FIPS mode', statement.endpoint.fips, r.fips ?? false);
  // Go writes the URL back percent-encoded; the URL itself is the same.
  const proxyUrl = r.proxy?.url === undefined ? undefined : decoded(r.proxy.url);
  same('proxy', statement.proxy, r.proxy && { ...r.proxy, url: proxyUrl, hasPassword: undefined });
  if (c.from === 'keys' && !c.complete) {
    same('fails: keys missing', true, /static credentials are empty/.test(r.credentials?.error ?? ''));
    return out;
  }
  const role = statement.assumeRole;
  if (statement.failure) {
    // Either sts:AssumeRole (when a role is set) or the service call fails, before any request.
    const error = (r.credentials?.error ?? '') + (r.callError ?? '');
    const expected =
      statement.failure === 'region'
        ? /invalid input region/
        : /unsupported protocol scheme|no Host in request URL|parse/;
    same(`fails: ${statement.failure}`, true, expected.test(error));
    same('sts:AssumeRole called', false, r.assumeRole !== undefined);
    return out;
  }
  same('service call', undefined, r.callError);
  if (!role) {
    same('signs with', callerKey, r.credentials?.accessKeyId);
    if (c.from === 'keys') {
      same('session token', c.sessionToken, r.credentials?.hasSessionToken ?? false);
    }
    same('sts:AssumeRole called', false, r.assumeRole !== undefined);
    return out;
  }
  const call = r.assumeRole;
  if (!call) {
    out.push(
      `sts:AssumeRole: editor says ${role.arn} is assumed, backend made no call (${r.credentials?.error ?? ''})`
    );
    return out;
  }
  same('role ARN', role.arn, call.roleArn);
  const externalId = options.stackIdOnly && c.from === 'grafana' ? (options.stackExternalId ?? '') : role.externalId;
  same('external ID', externalId, call.externalId ?? '');
  same('sts:AssumeRole signed by', callerKey, call.callerKeyId);
  same('sts:AssumeRole region', role.stsRegion || ENVIRONMENT.region, call.signingRegion);
  // A custom endpoint is the STS client's too: the call goes there, not to STS.
  const host = statement.endpoint.url ? hostOf(statement.endpoint.url) : undefined;
  if (host !== undefined || !/^sts[.-]/.test(call.host)) {
    same('sts:AssumeRole sent to', host, call.host);
  }
  return out;
}
