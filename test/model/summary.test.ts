import { describe, expect, it } from 'vitest';

import { readSettings } from '../../src/model/settings';
import { type SummarySegment, summarizeCredentialChain } from '../../src/model/summary';
import { makeOptions } from '../support/options';

const text = (segments: SummarySegment[]) =>
  segments.map((s) => (typeof s === 'string' ? s : `\`${s.code}\``)).join('');

function summary(
  jsonData: Record<string, unknown>,
  extra: Parameters<typeof makeOptions>[0] = {},
  assumeRoleEnabled = true
) {
  const result = summarizeCredentialChain(readSettings(makeOptions({ ...extra, jsonData: jsonData as never })), {
    assumeRoleEnabled,
  });
  return { sentence: text(result.sentence), hints: result.hints.join('\n') };
}

describe('summarizeCredentialChain', () => {
  it('tells the whole chain for a credentials-file profile that assumes a role', () => {
    const { sentence, hints } = summary({
      authType: 'credentials',
      profile: 'prod',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
      externalId: 'ext-9',
      defaultRegion: 'eu-west-1',
      endpoint: 'https://monitoring.eu-west-1.amazonaws.com',
    });
    // Whole statements, one translation each; a custom endpoint also receives sts:AssumeRole
    // (checked against grafana-aws-sdk in test/backend/questions.test.ts).
    expect(sentence).toBe(
      'Grafana reads profile `prod` from the credentials file of the user running grafana-server. With them, it assumes role `arn:aws:iam::123456789012:role/reader`, sending sts:AssumeRole to `https://monitoring.eu-west-1.amazonaws.com`. Queries that name no region run in `eu-west-1`. Requests go to `https://monitoring.eu-west-1.amazonaws.com`.'
    );
    const standard = summary({
      authType: 'credentials',
      profile: 'prod',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
      externalId: 'ext-9',
    }).sentence;
    expect(standard).toContain(
      'With them, it assumes role `arn:aws:iam::123456789012:role/reader` with external ID `ext-9`.'
    );
    expect(hints).toMatch(/~\/\.aws\/credentials.*\/usr\/share\/grafana\/.*0644/);
  });

  it('with no profile, the AWS SDK chooses (environment keys first), and the older database field is used, as the backend does', () => {
    expect(summary({ authType: 'credentials' }).sentence).toContain(
      'keys in the server\'s environment (AWS_ACCESS_KEY_ID) if there are any, otherwise profile "default"'
    );
    expect(summary({ authType: 'sharedCreds' }, { database: 'legacy' }).sentence).toContain(
      'profile `legacy` (from the older "database" setting)'
    );
  });

  it('explains the SDK default chain with the EKS security-context hint', () => {
    const { sentence, hints } = summary({ authType: 'default' });
    expect(sentence).toMatch(
      /default credential chain.*Queries that name no region run in the AWS SDK's default region on the server \(AWS_REGION.*Requests go to AWS's standard endpoint/
    );
    expect(hints).toMatch(/user 472.*fsGroup, runAsUser and runAsGroup/);
  });

  it('auth.go "case AuthTypeDefault, AuthTypeEC2IAMRole": Workspace IAM Role is the default chain, and says so', () => {
    const { sentence, hints } = summary({ authType: 'ec2_iam_role' });
    expect(sentence).toContain('as AWS SDK Default does');
    expect(hints).toMatch(/treats Workspace IAM Role like AWS SDK Default/);
    expect(hints).not.toMatch(/no fallback/);
  });

  it('Grafana Assume Role with a role ARN is one sentence naming the role and the external ID', () => {
    const result = summarizeCredentialChain(
      readSettings(
        makeOptions({
          jsonData: { authType: 'grafana_assume_role', assumeRoleArn: 'arn:aws:iam::123456789012:role/g' } as never,
        })
      ),
      { assumeRoleEnabled: true, grafanaExternalId: 'stack-1' }
    );
    expect(text(result.sentence)).toContain(
      "Grafana's AWS account assumes your role `arn:aws:iam::123456789012:role/g` with external ID `stack-1`."
    );
  });

  it('never repeats an access key, and warns that temporary keys expire', () => {
    const { sentence, hints } = summary(
      { authType: 'keys' },
      { secureJsonData: { accessKey: 'ASIAIOSFODNN7EXAMPLE', secretKey: 'x' } as never }
    );
    expect(sentence).toContain('temporary access key and session token you entered');
    expect(sentence).not.toContain('ASIAIOSFODNN7EXAMPLE');
    expect(hints).toMatch(/expire/);
    expect(summary({ authType: 'keys' }).sentence).toMatch(/not entered yet/);
  });

  it('does not claim a role is assumed when the server disables assume role', () => {
    const { sentence, hints } = summary({ authType: 'default', assumeRoleArn: 'arn:aws:iam::1:role/x' }, {}, false);
    expect(sentence).not.toContain('assumes role');
    expect(hints).toMatch(/assume_role_enabled/);
  });

  it("matches Grafana's AWS authentication page: the credentials file needs at most 0644 permissions", () => {
    // Page: "make sure your credentials file has at most 0644 permissions". 0644 is readable by
    // everyone, so the hint must not call it "readable by that user only".
    const { hints } = summary({ authType: 'credentials' });
    expect(hints).toContain('make sure the credentials file has at most 0644 permissions');
    expect(hints).not.toMatch(/that user only|or stricter/);
  });

  it("matches Grafana's AWS authentication page on EKS: without the security context Grafana falls back to the EC2 instance's role", () => {
    // Page: "avoid falling back to the IAM role attached to the EC2 instance".
    expect(summary({ authType: 'default' }).hints).toContain('falls back to the IAM role attached to the EC2 instance');
  });

  it('shortens very long saved values to 117 characters and an ellipsis', () => {
    const long = `https://${'a'.repeat(5000)}`;
    const result = summarizeCredentialChain(
      readSettings(makeOptions({ jsonData: { authType: 'default', endpoint: long } as never })),
      {
        assumeRoleEnabled: true,
      }
    );
    const codes = result.sentence.filter((s): s is { code: string } => typeof s !== 'string');
    expect(codes.map((c) => c.code)).toEqual([`https://${'a'.repeat(109)}…`]);
    expect(text(result.sentence).length).toBeLessThan(500);
  });
});
