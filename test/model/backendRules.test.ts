import { describe, expect, it } from 'vitest';

import {
  ASSUME_ROLE_FALLBACK_REGION,
  STS_ENDPOINT_PREFIXES,
  STS_OPT_IN_REGIONS,
  endpointTreatment,
} from '../../src/model/backendRules';
import { applyEdit } from '../../src/model/edit';
import { regionNote } from '../../src/model/regionNote';
import { standardRegions } from '../../src/model/regions';
import { readSettings } from '../../src/model/settings';
import { type SummarySegment, summarizeCredentialChain } from '../../src/model/summary';
import type { Translate } from '../../src/model/translate';
import { sigV4SettingKeys } from '../../src/model/types';
import { validateAwsAuth } from '../../src/model/validate';
import { makeOptions } from '../support/options';

// Rules quoted from Grafana's Go AWS SDK (grafana-aws-sdk): pkg/awsds/settings.go (the loader),
// pkg/awsauth/settings.go and auth.go (region, endpoint, FIPS, STS), pkg/common/opt_in.go.

const options = (jsonData: Record<string, unknown>) => makeOptions({ jsonData: jsonData as never });
const codes = (input: Parameters<typeof validateAwsAuth>[0]) => validateAwsAuth(input).map((f) => f.code);
const text = (segments: SummarySegment[]) =>
  segments.map((s) => (typeof s === 'string' ? s : `\`${s.code}\``)).join('');
const sentence = (jsonData: Record<string, unknown>, defaultEndpoint?: string) =>
  text(
    summarizeCredentialChain(readSettings(options(jsonData)), { assumeRoleEnabled: true, defaultEndpoint }).sentence
  );

describe('region: the key the backend reads first', () => {
  it('settings.go: "region" is read first; empty or "default" falls back to defaultRegion ("if s.Region == defaultRegion || s.Region == \\"\\" { s.Region = s.DefaultRegion }")', () => {
    const both = readSettings(options({ region: 'eu-west-1', defaultRegion: 'us-east-1' }));
    expect(both).toMatchObject({
      defaultRegion: 'eu-west-1',
      regionKey: 'region',
      ignoredRegion: { key: 'defaultRegion', value: 'us-east-1' },
    });
    for (const region of ['', 'default', undefined]) {
      expect(readSettings(options({ region, defaultRegion: 'us-east-1' }))).toMatchObject({
        defaultRegion: 'us-east-1',
        regionKey: 'defaultRegion',
        ignoredRegion: undefined,
      });
    }
    // Only the exact literal: "Default" is a (wrong) region the backend passes on as it is.
    expect(readSettings(options({ region: 'Default', defaultRegion: 'us-east-1' })).defaultRegion).toBe('Default');
    expect(readSettings(options({ region: 'ap-south-1' }))).toMatchObject({
      defaultRegion: 'ap-south-1',
      regionKey: 'region',
      ignoredRegion: undefined,
    });
    expect(readSettings(options({ region: 'ap-south-1', defaultRegion: 'ap-south-1' })).ignoredRegion).toBeUndefined();
    expect(readSettings(options({})).regionKey).toBeUndefined();
  });

  it('settings.go: Region is a string field; a saved value that is not a string never becomes the region', () => {
    expect(readSettings(options({ region: { code: 'x' }, defaultRegion: 'us-east-1' })).defaultRegion).toBe(
      'us-east-1'
    );
    expect(readSettings(options({ region: null, defaultRegion: 'us-east-1' })).regionKey).toBe('defaultRegion');
  });

  it('sigv4.go: SigV4 signs with "Region: s.httpOptions.SigV4.Region", which Grafana reads from sigV4Region alone', () => {
    const view = readSettings(options({ region: 'eu-west-1', sigV4Region: 'us-east-2' }), sigV4SettingKeys);
    expect(view).toMatchObject({ defaultRegion: 'us-east-2', regionKey: 'sigV4Region', ignoredRegion: undefined });
    const next = applyEdit(
      options({ region: 'eu-west-1', sigV4Region: 'us-east-2' }),
      { type: 'text', setting: 'defaultRegion', value: 'ca-central-1' },
      sigV4SettingKeys
    );
    expect(next.jsonData).toEqual({ region: 'eu-west-1', sigV4Region: 'ca-central-1' });
  });

  it('a picked region becomes the one the backend uses: "region" is written too when it would win, and only then', () => {
    const pick = (jsonData: Record<string, unknown>, value: string) =>
      applyEdit(options(jsonData), { type: 'text', setting: 'defaultRegion', value }).jsonData;

    expect(pick({ region: 'eu-west-1', defaultRegion: 'us-east-1', logs: 1 }, 'eu-north-1')).toEqual({
      region: 'eu-north-1',
      defaultRegion: 'eu-north-1',
      logs: 1,
    });
    // Clearing the region clears both: an empty "region" falls back to the empty defaultRegion.
    expect(pick({ region: 'eu-west-1' }, '')).toEqual({ region: '', defaultRegion: '' });
    expect(pick({ region: 'default', defaultRegion: 'us-east-1' }, 'eu-north-1')).toEqual({
      region: 'default',
      defaultRegion: 'eu-north-1',
    });
    expect(pick({ region: '' }, 'eu-north-1')).toEqual({ region: '', defaultRegion: 'eu-north-1' });
    expect(pick({}, 'eu-north-1')).toEqual({ defaultRegion: 'eu-north-1' });
    // Load fails on a number in "region" (json: cannot unmarshal number into ... region of type string),
    // so picking a region replaces it too: the pick is then what loads.
    expect(pick({ region: 7 }, 'eu-north-1')).toEqual({ region: 'eu-north-1', defaultRegion: 'eu-north-1' });
    // Any spelling is the same field for the backend (Go's encoding/json): "Region" is replaced, not kept.
    expect(pick({ Region: 'eu-west-1', defaultRegion: 'us-east-1' }, 'eu-north-1')).toEqual({
      region: 'eu-north-1',
      defaultRegion: 'eu-north-1',
    });
  });

  it('regionNote: one line when a saved defaultRegion is ignored, translatable', () => {
    const view = readSettings(options({ region: 'eu-west-1', defaultRegion: 'us-east-1' }));
    expect(regionNote(view)).toBe(
      'Grafana uses eu-west-1 from "region" and ignores "defaultRegion" (us-east-1). Picking a region here sets both.'
    );
    const ids: string[] = [];
    const tr: Translate = (id, message) => (ids.push(id), message);
    regionNote(view, tr);
    expect(ids).toEqual(['grafana-aws-auth.region.ignored']);
    expect(regionNote(readSettings(options({ defaultRegion: 'us-east-1' })))).toBeUndefined();
    expect(regionNote(readSettings(options({ region: 'eu-west-1' })))).toBeUndefined();
  });

  it('the summary and the partition check use the region the backend uses', () => {
    expect(sentence({ authType: 'default', region: 'eu-west-1', defaultRegion: 'us-east-1' })).toContain(
      'Queries that name no region run in `eu-west-1`'
    );
    const view = readSettings(
      options({
        assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r',
        region: 'cn-north-1',
        defaultRegion: 'us-east-1',
      })
    );
    expect(codes({ assumeRoleArn: view.assumeRoleArn, defaultRegion: view.defaultRegion })).toEqual([]);
    const reversed = readSettings(
      options({
        assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r',
        region: 'us-east-1',
        defaultRegion: 'cn-north-1',
      })
    );
    expect(codes({ assumeRoleArn: reversed.assumeRoleArn, defaultRegion: reversed.defaultRegion })).toEqual([
      'arn-region-partition',
    ]);
  });
});

describe('endpoint: what the backend rewrites or ignores', () => {
  it('awsauth/settings.go: "if strings.Contains(s.Endpoint, \\"-fips.\\") { s.Endpoint = \\"\\"; useFips = true }", checked before anything else', () => {
    for (const endpoint of [
      'https://monitoring-fips.us-east-1.amazonaws.com',
      'monitoring-fips.us-gov-west-1.amazonaws.com',
      // An STS FIPS endpoint contains "-fips." too, so it turns on FIPS mode like any other.
      'https://sts-fips.us-east-1.amazonaws.com',
    ]) {
      expect(endpointTreatment(endpoint)).toBe('fips');
      expect(codes({ endpoint })).toEqual(['endpoint-fips']);
    }
    const [finding] = validateAwsAuth({ endpoint: 'https://monitoring-fips.us-east-1.amazonaws.com' });
    expect(finding).toMatchObject({ setting: 'endpoint', severity: 'info' });
    expect(finding!.message).toMatch(/does not call this address.*FIPS mode/);
    expect(sentence({ authType: 'default', endpoint: 'https://monitoring-fips.us-east-1.amazonaws.com' })).toContain(
      "Requests go to the service's FIPS endpoint"
    );
  });

  it('awsauth/settings.go: only "if s.Endpoint != \\"\\" && s.Endpoint != \\"default\\"" is the endpoint used: "default" means none', () => {
    expect(endpointTreatment('default')).toBe('default');
    expect(endpointTreatment('')).toBe('none');
    const [finding] = validateAwsAuth({ endpoint: 'default' });
    expect(finding).toMatchObject({ code: 'endpoint-default', severity: 'info' });
    expect(sentence({ authType: 'default', endpoint: 'default' })).toContain("Requests go to AWS's standard endpoint");
    expect(
      sentence({ authType: 'default', endpoint: 'default' }, 'https://monitoring.{region}.amazonaws.com')
    ).toContain('Requests go to `https://monitoring.{region}.amazonaws.com`');
    // Only the exact literal.
    expect(codes({ endpoint: 'Default' })).toEqual(['endpoint-url']);
  });

  it('awsauth/auth.go: "stsEndpointPrefixes = sts., sts-fips., https://sts., https://sts-fips." are ignored ("&& !isStsEndpoint(&s.Endpoint)")', () => {
    expect(STS_ENDPOINT_PREFIXES).toEqual(['sts.', 'sts-fips.', 'https://sts.', 'https://sts-fips.']);
    for (const endpoint of [
      'sts.eu-west-1.amazonaws.com',
      'https://sts.eu-west-1.amazonaws.com',
      'https://sts.amazonaws.com',
    ]) {
      expect(endpointTreatment(endpoint)).toBe('sts');
      expect(validateAwsAuth({ endpoint })).toEqual([
        expect.objectContaining({ code: 'endpoint-sts', severity: 'warning', setting: 'endpoint' }),
      ]);
      expect(sentence({ authType: 'default', endpoint })).toContain("Requests go to AWS's standard endpoint");
    }
    // Prefixes only, as written: http://sts. is used as the service endpoint like any other URL.
    expect(endpointTreatment('http://sts.eu-west-1.amazonaws.com')).toBe('custom');
    expect(codes({ endpoint: 'http://sts.eu-west-1.amazonaws.com' })).toEqual(['endpoint-http']);
    expect(endpointTreatment('https://vpce-1.sts.eu-west-1.vpce.amazonaws.com')).toBe('custom');
  });

  it('git 770a58b "Stop automatically setting us-gov endpoints as fips": a GovCloud region alone says nothing about FIPS', () => {
    expect(
      codes({ defaultRegion: 'us-gov-west-1', endpoint: 'https://monitoring.us-gov-west-1.amazonaws.com' })
    ).toEqual([]);
    expect(sentence({ authType: 'default', defaultRegion: 'us-gov-west-1' })).not.toMatch(/FIPS/);
  });

  it('every endpoint finding goes through Translate', () => {
    const ids: string[] = [];
    const tr: Translate = (id, message) => (ids.push(id), message);
    for (const endpoint of ['default', 'https://a-fips.x.amazonaws.com', 'sts.x.amazonaws.com']) {
      validateAwsAuth({ endpoint }, tr);
    }
    expect(ids).toEqual([
      'grafana-aws-auth.validation.endpoint-default',
      'grafana-aws-auth.validation.endpoint-fips',
      'grafana-aws-auth.validation.endpoint-sts',
    ]);
  });
});

describe('assume role from an opt-in region', () => {
  it('awsauth/settings.go WithAssumeRole: "if common.IsOptInRegion(cfg.Region) { cfg.Region = \\"us-east-1\\" }"', () => {
    const arn = 'arn:aws:iam::123456789012:role/reader';
    expect(ASSUME_ROLE_FALLBACK_REGION).toBe('us-east-1');
    for (const region of STS_OPT_IN_REGIONS) {
      const findings = validateAwsAuth({ assumeRoleArn: arn, defaultRegion: region });
      expect(findings).toEqual([
        expect.objectContaining({ setting: 'assumeRoleArn', severity: 'info', code: 'assume-role-opt-in-region' }),
      ]);
      expect(findings[0]!.message).toContain(`in us-east-1, not in ${region}`);
    }
    expect(codes({ assumeRoleArn: arn, defaultRegion: 'eu-west-1' })).toEqual([]);
    expect(codes({ defaultRegion: 'af-south-1' })).toEqual([]);
  });

  it('common/opt_in.go: the opt-in list names regions the picker offers', () => {
    expect(STS_OPT_IN_REGIONS.length).toBe(17);
    for (const region of STS_OPT_IN_REGIONS) {
      expect(standardRegions).toContain(region);
    }
  });
});
