import { describe, expect, it } from 'vitest';

import { awsRegionNames } from '../../src/model/regionNames';
import {
  type RegionOption,
  type RegionOptionGroup,
  isNewRegion,
  matchesRegion,
  regionOption,
  regionOptions,
} from '../../src/model/regionOptions';
import { standardRegions } from '../../src/model/regions';

const groupNames = (entries: Array<RegionOption | RegionOptionGroup>) =>
  entries.map((e) => ('options' in e ? e.label : `(option) ${e.value}`));

describe('region names', () => {
  it('names every standard region, and only those', () => {
    expect(standardRegions.filter((code) => !awsRegionNames[code])).toEqual([]);
    expect(Object.keys(awsRegionNames).filter((code) => !standardRegions.includes(code))).toEqual([]);
  });

  it('uses the names AWS uses, including the newest regions', () => {
    expect(awsRegionNames).toMatchObject({
      'us-east-1': 'US East (N. Virginia)',
      'eu-west-1': 'Europe (Ireland)',
      'ap-east-2': 'Asia Pacific (Taipei)',
      'ap-southeast-5': 'Asia Pacific (Malaysia)',
      'ap-southeast-6': 'Asia Pacific (New Zealand)',
      'ap-southeast-7': 'Asia Pacific (Thailand)',
      'mx-central-1': 'Mexico (Central)',
      'ca-west-1': 'Canada West (Calgary)',
      'cn-north-1': 'China (Beijing)',
      'us-gov-west-1': 'AWS GovCloud (US-West)',
      'us-isob-east-1': 'US ISOB East (Ohio)',
      'eusc-de-east-1': 'AWS European Sovereign Cloud (Germany)',
    });
  });
});

describe('regionOptions', () => {
  it('labels known codes "Name code" and keeps unknown codes bare', () => {
    expect(regionOption('eu-west-1', awsRegionNames)).toEqual({
      value: 'eu-west-1',
      label: 'Europe (Ireland) eu-west-1',
      name: 'Europe (Ireland)',
    });
    expect(regionOption('xx-future-1', awsRegionNames)).toEqual({ value: 'xx-future-1', label: 'xx-future-1' });
    expect(regionOption('eu-west-1')).toEqual({ value: 'eu-west-1', label: 'eu-west-1' });
    // Only the table's own entries count, not what every object inherits.
    expect(regionOption('constructor', awsRegionNames)).toEqual({ value: 'constructor', label: 'constructor' });
  });

  it('groups the standard regions by partition, the ISO partitions together', () => {
    const groups = regionOptions(standardRegions, awsRegionNames) as RegionOptionGroup[];
    expect(groupNames(groups)).toEqual(['Commercial', 'China', 'AWS GovCloud (US)', 'ISO', 'European Sovereign Cloud']);
    expect(groups[3]!.options.map((o) => o.value)).toEqual([
      'us-iso-east-1',
      'us-iso-west-1',
      'us-isob-east-1',
      'us-isob-west-1',
      'eu-isoe-west-1',
      'us-isof-south-1',
      'us-isof-east-1',
    ]);
    expect(groups.flatMap((g) => g.options)).toHaveLength(standardRegions.length);
  });

  it('keeps the given order within a group, drops repeats and empty codes, and files unknown codes by prefix', () => {
    const groups = regionOptions(
      ['cn-northwest-1', 'eu-west-1', 'cn-north-1', 'eu-west-1', '', 'cn-south-9', 'xx-future-1'],
      awsRegionNames
    );
    expect(groups).toEqual([
      {
        label: 'Commercial',
        options: [
          { value: 'eu-west-1', label: 'Europe (Ireland) eu-west-1', name: 'Europe (Ireland)' },
          { value: 'xx-future-1', label: 'xx-future-1' },
        ],
      },
      {
        label: 'China',
        options: [
          { value: 'cn-northwest-1', label: 'China (Ningxia) cn-northwest-1', name: 'China (Ningxia)' },
          { value: 'cn-north-1', label: 'China (Beijing) cn-north-1', name: 'China (Beijing)' },
          { value: 'cn-south-9', label: 'cn-south-9' },
        ],
      },
    ]);
  });

  it('returns a flat list when every region is in one partition', () => {
    expect(regionOptions(['us-east-1', 'region-from-plugin'], awsRegionNames)).toEqual([
      { value: 'us-east-1', label: 'US East (N. Virginia) us-east-1', name: 'US East (N. Virginia)' },
      { value: 'region-from-plugin', label: 'region-from-plugin' },
    ]);
    expect(regionOptions([])).toEqual([]);
  });
});

describe('matchesRegion', () => {
  const ireland = regionOption('eu-west-1', awsRegionNames);
  const saoPaulo = regionOption('sa-east-1', awsRegionNames);

  it.each(['ireland', 'IRELAND', 'europe ireland', 'Europe (Ireland)', 'eu-west-1', 'EU-WEST', '  ireland  ', ''])(
    'finds eu-west-1 by %j',
    (query) => {
      expect(matchesRegion(ireland, query)).toBe(true);
    }
  );

  it.each(['london', 'eu-west-2', 'ireland london', 'europe-ireland'])('does not find eu-west-1 by %j', (query) => {
    expect(matchesRegion(ireland, query)).toBe(false);
  });

  it('ignores accents both ways', () => {
    expect(matchesRegion(saoPaulo, 'sao paulo')).toBe(true);
    expect(matchesRegion(saoPaulo, 'São')).toBe(true);
  });

  it('matches a code that has no name, and a whole code only itself', () => {
    expect(matchesRegion(regionOption('xx-future-1'), 'future')).toBe(true);
    const codes = regionOptions(standardRegions, awsRegionNames) as RegionOptionGroup[];
    const hits = codes.flatMap((g) => g.options).filter((o) => matchesRegion(o, 'eu-west-1'));
    expect(hits.map((o) => o.value)).toEqual(['eu-west-1']);
  });
});

describe('isNewRegion', () => {
  const grouped = regionOptions(['eu-west-1', 'cn-north-1'], awsRegionNames);

  it('offers typed text as a region only when no listed code is exactly that', () => {
    expect(isNewRegion('xx-test-9', grouped)).toBe(true);
    expect(isNewRegion('ireland', grouped)).toBe(true);
    expect(isNewRegion('cn-north-1', grouped)).toBe(false);
    expect(isNewRegion(' EU-WEST-1 ', grouped)).toBe(false);
    expect(isNewRegion('   ', grouped)).toBe(false);
    expect(isNewRegion('eu-west-1', regionOptions(['eu-west-1']))).toBe(false);
  });
});
