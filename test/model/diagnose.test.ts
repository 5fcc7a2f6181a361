import { describe, expect, it } from 'vitest';

import { type AwsErrorCause, type DiagnosisInput, diagnoseAwsError } from '../../src/model/diagnose';
import type { Translate } from '../../src/model/translate';
import corpus from '../fixtures/aws-errors.json';

interface Entry {
  cause: AwsErrorCause | null;
  source: string;
  message: string;
  settings?: DiagnosisInput;
  setting?: string | null;
  note?: string;
}

const entries = corpus.entries as Entry[];
const recognised = entries.filter((e) => e.cause !== null);
const unrelated = entries.filter((e) => e.cause === null);

describe('the corpus of real messages', () => {
  it('is large enough and cites a source for every message', () => {
    expect(recognised.length).toBeGreaterThanOrEqual(40);
    expect(unrelated.length).toBeGreaterThanOrEqual(10);
    for (const e of entries.filter((x) => x.message !== '')) {
      expect(e.source).toMatch(/^https:\/\//);
    }
  });

  it('covers every cause the brief lists, most with several variants', () => {
    const counts = new Map<string, number>();
    for (const e of recognised) {
      counts.set(e.cause!, (counts.get(e.cause!) ?? 0) + 1);
    }
    for (const cause of [
      'provider-not-allowed',
      'assume-role-disabled',
      'assume-role-denied',
      'tag-session-denied',
      'invalid-access-key',
      'signature-mismatch',
      'clock-skew',
      'expired-token',
      'no-credentials',
      'credentials-file',
      'missing-region',
      'region-not-enabled',
      'invalid-region',
      'endpoint-unreachable',
      'endpoint-misuse',
      'service-permission',
      'throttling',
      'eks-web-identity',
      'unsigned-request',
    ]) {
      expect(counts.get(cause) ?? 0, cause).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('diagnoseAwsError', () => {
  it.each(recognised.map((e) => [e.cause, e.message.slice(0, 90), e] as const))('%s: %s', (_, __, entry) => {
    const found = diagnoseAwsError(entry.message, entry.settings ?? {});
    expect(found?.cause, entry.source).toBe(entry.cause);
    if (entry.setting !== undefined) {
      expect(found?.setting ?? null).toBe(entry.setting);
    }
    expect(found?.summary).toBeTruthy();
    expect(found?.fix).toBeTruthy();
    expect(found?.docsUrl).toMatch(
      /^https:\/\/grafana\.com\/docs\/grafana\/latest\/datasources\/aws-cloudwatch\/aws-authentication\//
    );
  });

  it.each(unrelated.map((e) => [e.message.slice(0, 90) || '(empty)', e] as const))(
    'no confident answer for an unrelated message: %s',
    (_, entry) => {
      expect(diagnoseAwsError(entry.message, entry.settings ?? {})).toBeUndefined();
    }
  );

  it('names the identity and the role it could not assume', () => {
    const found = diagnoseAwsError(entries.find((e) => e.source.endsWith('/7295'))!.message);
    expect(found?.summary).toContain('arn:aws:sts::000000000000:assumed-role/my-role/i-90sfd089asdf');
    expect(found?.summary).toContain('arn:aws:iam::000000000000:role/my-role');
  });

  it('points at the external ID when one is set, and at the role otherwise', () => {
    const message =
      'operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:iam::111111111111:user/g is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r';
    expect(diagnoseAwsError(message, { externalId: 'abc' })?.setting).toBe('externalId');
    expect(diagnoseAwsError(message, {})?.setting).toBe('assumeRoleArn');
  });

  it('names who was refused and what for, so that the policy allowing it can be offered', () => {
    const assume =
      'operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:sts::111111111111:assumed-role/node/i-1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r';
    expect(diagnoseAwsError(assume)?.refused).toEqual({
      principal: 'arn:aws:sts::111111111111:assumed-role/node/i-1',
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::222222222222:role/r',
    });
    const service =
      'AccessDeniedException: User: arn:aws:iam::111111111111:user/g is not authorized to perform: cloudwatch:GetMetricData';
    expect(diagnoseAwsError(service)).toMatchObject({
      cause: 'service-permission',
      refused: { principal: 'arn:aws:iam::111111111111:user/g', action: 'cloudwatch:GetMetricData', resource: '' },
    });
    expect(
      diagnoseAwsError('AccessDeniedException: not authorized to perform this operation')?.refused
    ).toBeUndefined();
  });

  it('SigV4 (SignerRoundTripper): a refusal inside an HTTP round trip is about the SigV4 settings; the same text bare is not', () => {
    const wrapped = diagnoseAwsError(
      'Post "https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1/api/v1/query": trying to use non-allowed auth method keys'
    );
    expect(wrapped?.cause).toBe('provider-not-allowed');
    expect(wrapped?.fix).toContain('SigV4');
    expect(diagnoseAwsError('trying to use non-allowed auth method keys')?.fix).not.toContain('SigV4');
    expect(
      diagnoseAwsError('trying to use assume role but it is disabled in grafana config', { sigV4: true })?.summary
    ).toContain('SigV4');
  });

  it('tells an opt-in region from a wrong key by the region', () => {
    const message = 'InvalidClientTokenId: The security token included in the request is invalid';
    expect(diagnoseAwsError(message, { authType: 'keys', defaultRegion: 'eu-south-1' })?.cause).toBe(
      'region-not-enabled'
    );
    expect(diagnoseAwsError(message, { authType: 'keys', defaultRegion: 'eu-west-1' })?.cause).toBe(
      'invalid-access-key'
    );
  });

  it('translates every text through the key it names, with English as the default', () => {
    const seen: string[] = [];
    const tr: Translate = (id, message, values) => {
      seen.push(id);
      return `[${id}] ${message}${values ? JSON.stringify(values) : ''}`;
    };
    for (const e of recognised) {
      const found = diagnoseAwsError(e.message, e.settings ?? {}, tr)!;
      expect(found.summary.startsWith('[grafana-aws-auth.diagnosis.')).toBe(true);
      expect(found.fix.startsWith('[grafana-aws-auth.diagnosis.')).toBe(true);
    }
    expect(seen.every((id) => /^grafana-aws-auth\.diagnosis\.[a-z-]+(\.[a-z0-9-]+)?\.(summary|fix)$/.test(id))).toBe(
      true
    );
    // English fills the placeholders.
    const english = diagnoseAwsError('trying to use non-allowed auth method keys');
    expect(english?.summary).toContain('"keys"');
    expect(english?.summary).not.toContain('{{');
  });

  it('never throws, whatever it is given', () => {
    for (const message of [
      undefined,
      null,
      42,
      {},
      'x'.repeat(200_000),
      '\\n\\t',
      'User: is not authorized to perform:',
    ]) {
      expect(() => diagnoseAwsError(message as string, { authType: 'keys' })).not.toThrow();
    }
  });
});
