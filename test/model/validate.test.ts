import { describe, expect, it } from 'vitest';

import { trimPasted, validateAwsAuth } from '../../src/model/validate';

const codes = (input: Parameters<typeof validateAwsAuth>[0]) => validateAwsAuth(input).map((f) => f.code);

describe('validateAwsAuth', () => {
  it('finds nothing wrong with a correct, complete configuration', () => {
    expect(
      validateAwsAuth({
        authType: 'keys',
        accessKey: 'AKIAIOSFODNN7EXAMPLE',
        secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        assumeRoleArn: 'arn:aws:iam::123456789012:role/path/to/grafana-reader',
        externalId: 'my-ext_id:1/2=3,4.5@6+7',
        defaultRegion: 'eu-west-1',
        profile: 'prod-eu',
        allowedProviders: ['default', 'keys'],
        assumeRoleEnabled: true,
      })
    ).toEqual([]);
  });

  it('a custom endpoint with a role ARN: grafana-aws-sdk sends sts:AssumeRole to that endpoint (checked in test/backend/questions.test.ts), so it warns', () => {
    const findings = validateAwsAuth({
      assumeRoleArn: 'arn:aws:iam::123456789012:role/grafana-reader',
      endpoint: 'https://monitoring.eu-west-1.amazonaws.com',
    });
    expect(findings).toEqual([
      expect.objectContaining({ setting: 'endpoint', code: 'endpoint-assume-role', severity: 'warning' }),
    ]);
    expect(findings[0]?.message).toContain('sts:AssumeRole');
  });

  it.each([
    ['grafana-reader', 'arn-shape'],
    ['arn:aws-mars:iam::123456789012:role/x', 'arn-partition'],
    ['arn:aws:s3:::bucket', 'arn-not-role'],
    ['arn:aws:iam::123456789012:user/alice', 'arn-not-role'],
    ['arn:aws:iam::12345:role/x', 'arn-account'],
    ['arn:aws:iam::123456789012:role/has space', 'arn-role-name'],
  ])('role ARN %s -> %s', (assumeRoleArn, code) => {
    expect(codes({ assumeRoleArn })).toEqual([code]);
  });

  it('accepts every AWS partition, and flags a partition that cannot work in the chosen region', () => {
    for (const p of ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']) {
      expect(codes({ assumeRoleArn: `arn:${p}:iam::123456789012:role/r` })).toEqual([]);
    }
    expect(codes({ assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r', defaultRegion: 'us-east-1' })).toEqual([
      'arn-region-partition',
    ]);
    expect(codes({ assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r', defaultRegion: 'cn-north-1' })).toEqual([]);
    expect(codes({ assumeRoleArn: 'arn:aws-us-gov:iam::123456789012:role/r', defaultRegion: 'us-gov-west-1' })).toEqual(
      []
    );
  });

  it.each([
    ['x', 'external-id-length'],
    ['a'.repeat(1225), 'external-id-length'],
    ['has space', 'external-id-characters'],
    ['semi;colon', 'external-id-characters'],
  ])('external ID %s -> %s', (externalId, code) => {
    expect(codes({ externalId })).toEqual([code]);
  });

  it('accepts external IDs of 2 and 1,224 characters', () => {
    expect(codes({ externalId: 'ab' })).toEqual([]);
    expect(codes({ externalId: 'a'.repeat(1224) })).toEqual([]);
  });

  it.each([
    ['monitoring.amazonaws.com', 'endpoint-url'],
    ['ftp://example.com', 'endpoint-scheme'],
    ['https://user:pa55word@vpce.example.com', 'endpoint-credentials'],
    ['http://localhost:4566', 'endpoint-http'],
  ])('endpoint %s -> %s', (endpoint, code) => {
    expect(codes({ endpoint })).toEqual([code]);
  });

  it('never repeats credentials found in an endpoint', () => {
    const [finding] = validateAwsAuth({ endpoint: 'https://user:pa55word@vpce.example.com' });
    expect(finding!.message).not.toMatch(/pa55word|user:/);
  });

  it.each(['eu-west-1', 'us-gov-west-1', 'us-isob-east-1', 'eusc-de-east-1', 'ap-southeast-7'])(
    'region %s is well formed',
    (r) => {
      expect(codes({ defaultRegion: r })).toEqual([]);
    }
  );

  it.each(['Europe', 'eu-west', 'EU-WEST-1', 'euwest1'])('region %s is not', (r) => {
    expect(codes({ defaultRegion: r })).toEqual(['region-shape']);
  });

  it('checks access key IDs and tells temporary ones apart, without repeating the keys', () => {
    expect(codes({ accessKey: 'akia-lower' })).toEqual(['access-key-shape']);
    expect(codes({ accessKey: 'ASIAIOSFODNN7EXAMPLE' })).toEqual(['access-key-temporary']);
    const pastedSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(codes({ accessKey: pastedSecret })).toEqual(['access-key-is-secret']);
    expect(codes({ secretKey: 'short' })).toEqual(['secret-key-length']);
    for (const f of validateAwsAuth({ accessKey: pastedSecret, secretKey: 'short' })) {
      expect(f.message).not.toContain(pastedSecret);
      expect(f.message).not.toContain('short');
    }
  });

  it('checks profile names', () => {
    expect(codes({ profile: 'profile prod' })).toEqual(['profile-prefix']);
    expect(codes({ profile: '[prod]' })).toEqual(['profile-characters']);
    expect(codes({ profile: 'prod eu' })).toEqual(['profile-characters']);
    expect(codes({ profile: 'prod_eu-1.a@b' })).toEqual([]);
  });

  it('warns about server policy and names the grafana.ini setting', () => {
    const findings = validateAwsAuth({
      authType: 'ec2_iam_role',
      allowedProviders: ['default'],
      assumeRoleArn: 'arn:aws:iam::123456789012:role/r',
      assumeRoleEnabled: false,
    });
    expect(findings.map((f) => [f.setting, f.code])).toEqual([
      ['authType', 'provider-not-allowed'],
      ['assumeRoleArn', 'assume-role-disabled'],
    ]);
    expect(findings[0]!.message).toContain('allowed_auth_providers');
    expect(findings[1]!.message).toContain('assume_role_enabled');
  });
});

describe('trimPasted', () => {
  it('removes surrounding spaces and line breaks and says so', () => {
    expect(trimPasted('  AKIA123\r\n')).toEqual({ value: 'AKIA123', trimmed: true });
    expect(trimPasted('AKIA123')).toEqual({ value: 'AKIA123', trimmed: false });
  });
});
