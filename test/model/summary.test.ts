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
    expect(sentence).toBe(
      'Grafana reads profile `prod` from the credentials file of the user running grafana-server, then assumes role `arn:aws:iam::123456789012:role/reader` with external ID `ext-9`, in region `eu-west-1`, calling `https://monitoring.eu-west-1.amazonaws.com`.'
    );
    expect(hints).toMatch(/~\/\.aws\/credentials.*\/usr\/share\/grafana\/.*0644/);
  });

  it('falls back to the default profile and to the older database field, as the backend does', () => {
    expect(summary({ authType: 'credentials' }).sentence).toContain('profile `default`');
    expect(summary({ authType: 'sharedCreds' }, { database: 'legacy' }).sentence).toContain(
      'profile `legacy` (from the older "database" setting)'
    );
  });

  it('explains the SDK default chain with the EKS security-context hint', () => {
    const { sentence, hints } = summary({ authType: 'default' });
    expect(sentence).toMatch(
      /default credential chain.*in the region each query names, calling AWS's standard endpoint/
    );
    expect(hints).toMatch(/user 472.*fsGroup, runAsUser and runAsGroup/);
  });

  it('says what Workspace IAM Role needs', () => {
    expect(summary({ authType: 'ec2_iam_role' }).hints).toMatch(/instance profile/);
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

  it('shortens very long saved values', () => {
    expect(summary({ authType: 'default', endpoint: `https://${'a'.repeat(5000)}` }).sentence.length).toBeLessThan(400);
  });
});
