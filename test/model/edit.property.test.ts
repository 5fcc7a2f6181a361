import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { type AwsAuthEdit, applyEdit } from '../../src/model/edit';
import { readSettings } from '../../src/model/settings';
import { type AwsAuthDataSourceSettings, awsSettingKeys, sigV4SettingKeys } from '../../src/model/types';
import { SECRET_MARK, edit, readOnlyOptions, savedOptions } from '../support/arbitraries';
import { sameData } from '../support/sameData';

let cases = 0;
afterAll(() => {
  // CI prints this line: the number of generated cases this file checked.
  console.log(`property cases (model): ${cases}`);
});

type Owned = { jsonData: string[]; secureJsonData: string[]; secureJsonFields: string[] };

const ownValue = (bag: unknown, key: string): unknown =>
  typeof bag === 'object' && bag !== null && Object.prototype.hasOwnProperty.call(bag, key)
    ? (bag as Record<string, unknown>)[key]
    : undefined;

/**
 * awsds decodes jsonData into a struct with Go's encoding/json: a key is a field whatever its case
 * (ASCII letters; the Kelvin sign and the long s fold to K and S), and Grafana marshals jsonData from a
 * Go map, so the spellings are decoded in UTF-8 byte order and the last string wins (null is skipped).
 */
const goFold = (k: string) =>
  k
    .replace(/\u212a/g, 'K')
    .replace(/\u017f/g, 'S')
    .replace(/[a-z]/g, (c) => c.toUpperCase());
const codePoints = (k: string) => Array.from(k, (c) => c.codePointAt(0) ?? 0);
const utf8Order = (a: string, b: string) => {
  const [x, y] = [codePoints(a), codePoints(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      return (x[i] ?? 0) - (y[i] ?? 0);
    }
  }
  return x.length - y.length;
};
const spellings = (jsonData: unknown, tag: string): string[] =>
  Object.keys(typeof jsonData === 'object' && jsonData !== null ? jsonData : {})
    .filter((k) => goFold(k) === goFold(tag))
    .sort(utf8Order);
const decoded = (jsonData: unknown, tag: string): unknown =>
  spellings(jsonData, tag)
    .map((k) => ownValue(jsonData, k))
    .filter((v) => typeof v === 'string')
    .pop();

/**
 * The contract's region precedence (settings.go: "if s.Region == defaultRegion || s.Region == \"\" {
 * s.Region = s.DefaultRegion }"): `region` is used unless it is empty or the literal "default". Only a
 * string can be a region at all.
 */
const regionIsUsed = (region: unknown) => typeof region === 'string' && region !== '' && region !== 'default';
const backendRegion = (jsonData: unknown): unknown =>
  regionIsUsed(decoded(jsonData, 'region')) ? decoded(jsonData, 'region') : decoded(jsonData, 'defaultRegion');
/** A value in some spelling of `region` that Go cannot decode as a string makes Load fail: picking a region replaces it. */
const regionUnreadable = (jsonData: unknown) =>
  spellings(jsonData, 'region').some(
    (k) => ![null, undefined].includes(ownValue(jsonData, k) as null) && typeof ownValue(jsonData, k) !== 'string'
  );

/** What each edit may change, written from the settings contract rather than from the code. */
function ownedBy(e: AwsAuthEdit, before: AwsAuthDataSourceSettings): Owned {
  const none: Owned = { jsonData: [], secureJsonData: [], secureJsonFields: [] };
  // A provisioned data source (readOnly: true) cannot be saved from the page: no edit owns anything.
  if ((before as { readOnly?: unknown }).readOnly === true) {
    return none;
  }
  // Every spelling of a struct field is that setting (settings.go's json tags).
  const of = (...tags: string[]) => [...tags, ...tags.flatMap((tag) => spellings(before.jsonData, tag))];
  switch (e.type) {
    case 'provider':
      return { ...none, jsonData: of('authType'), secureJsonData: ['accessKey', 'secretKey', 'sessionToken'] };
    case 'text':
      if (e.setting === 'defaultRegion') {
        // The picked region must be the one used: `region` is written too, but only when it would win
        // (or when it holds a value the backend cannot read at all).
        const region = decoded(before.jsonData, 'region');
        return {
          ...none,
          jsonData:
            regionIsUsed(region) || regionUnreadable(before.jsonData)
              ? of('defaultRegion', 'region')
              : of('defaultRegion'),
        };
      }
      return { ...none, jsonData: of(e.setting, ...(e.setting === 'assumeRoleArn' ? ['assumeRoleARN'] : [])) };
    case 'secret':
      return { ...none, secureJsonData: [e.setting] };
    case 'resetSecret':
      return { ...none, secureJsonData: [e.setting], secureJsonFields: [e.setting] };
    case 'clearAssumeRole':
      return { ...none, jsonData: of('assumeRoleArn', 'assumeRoleARN', 'externalId') };
    case 'importKeys':
      return { ...none, secureJsonData: ['accessKey', 'secretKey'], secureJsonFields: ['accessKey', 'secretKey'] };
    case 'perDatasourceExternalId':
      return { ...none, jsonData: of('usePerDatasourceExternalId', 'grafanaExternalId') };
    case 'proxyType':
      return { ...none, jsonData: of('proxyType') };
    default:
      throw new Error(`ownership of edit ${(e as { type: string }).type} is not described`);
  }
}

function withoutKeys(bag: unknown, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = typeof bag === 'object' && bag !== null ? (bag as Record<string, unknown>) : {};
  for (const k of Object.keys(source)) {
    if (!keys.includes(k)) {
      Object.defineProperty(out, k, { value: source[k], enumerable: true });
    }
  }
  return out;
}

const emptyIfMissing = (v: unknown) => (v === undefined ? {} : v);
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

describe('applyEdit over generated settings and edit sequences', () => {
  it('never throws, keeps every key an edit does not own, keeps secrets out of jsonData, never pollutes prototypes', () => {
    const protoBefore = prototypeKeys();
    fc.assert(
      fc.property(savedOptions, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        cases++;
        let options = start;
        for (const e of edits) {
          const next = applyEdit(options, e);
          const owned = ownedBy(e, options);
          const { jsonData: j0, secureJsonData: s0, secureJsonFields: f0, ...top0 } = options;
          const { jsonData: j1, secureJsonData: s1, secureJsonFields: f1, ...top1 } = next;
          expect(top1).toStrictEqual(top0);
          expect(withoutKeys(j1, owned.jsonData)).toStrictEqual(withoutKeys(j0, owned.jsonData));
          // A missing secureJsonData/secureJsonFields may become {} only when the edit writes to it.
          if (owned.secureJsonData.length === 0) {
            expect(s1).toBe(s0);
          }
          expect(withoutKeys(emptyIfMissing(s1), owned.secureJsonData)).toStrictEqual(
            withoutKeys(emptyIfMissing(s0), owned.secureJsonData)
          );
          if (owned.secureJsonFields.length === 0) {
            expect(f1).toBe(f0);
          }
          expect(withoutKeys(emptyIfMissing(f1), owned.secureJsonFields)).toStrictEqual(
            withoutKeys(emptyIfMissing(f0), owned.secureJsonFields)
          );
          expect(JSON.stringify(j1) ?? '').not.toContain(SECRET_MARK);
          if (e.type === 'text' && e.setting === 'defaultRegion') {
            // After picking a region, the backend's rule applied to the saved jsonData gives that region.
            expect(backendRegion(j1)).toBe(e.value);
          }
          options = next;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(prototypeKeys()).toBe(protoBefore);
      }),
      { numRuns: 3000 }
    );
  });

  it('leaves the input untouched', () => {
    fc.assert(
      fc.property(savedOptions, edit, (start, e) => {
        cases++;
        const snapshot = structuredClone(start);
        applyEdit(start, e);
        // An own `constructor` key is data here, as in the saved JSON.
        expect(sameData(start, snapshot)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it('is idempotent: applying the same edit twice changes nothing the second time', () => {
    fc.assert(
      fc.property(savedOptions, edit, (start, e) => {
        cases++;
        const once = applyEdit(start, e);
        expect(applyEdit(once, e)).toStrictEqual(once);
      }),
      { numRuns: 3000 }
    );
  });

  it('under the SigV4 key names, never changes a plain AWS key (both editors can share one data source)', () => {
    const plain = Object.values(awsSettingKeys);
    fc.assert(
      fc.property(savedOptions, fc.array(edit, { maxLength: 6 }), (start, edits) => {
        cases++;
        // The proxy keeps its names under SigV4 (the backend reads one set); the SigV4 editor shows none.
        const sigV4Edits = edits.filter(
          (e) => !e.type.startsWith('proxy') && !('setting' in e && e.setting.startsWith('proxy'))
        );
        const end = sigV4Edits.reduce((o, e) => applyEdit(o, e, sigV4SettingKeys), start);
        for (const bag of ['jsonData', 'secureJsonData', 'secureJsonFields'] as const) {
          for (const key of plain) {
            expect(
              sameData(
                (end[bag] as Record<string, unknown> | undefined)?.[key],
                (start[bag] as Record<string, unknown> | undefined)?.[key]
              )
            ).toBe(true);
          }
        }
      }),
      { numRuns: 1000 }
    );
  });

  it('writes nothing to a provisioned data source (readOnly: true), whatever the edits, under either key set', () => {
    fc.assert(
      fc.property(readOnlyOptions, fc.array(edit, { maxLength: 8 }), fc.boolean(), (start, edits, sigV4) => {
        cases++;
        const snapshot = structuredClone(start);
        for (const e of edits) {
          expect(applyEdit(start, e, sigV4 ? sigV4SettingKeys : awsSettingKeys)).toBe(start);
        }
        expect(sameData(start, snapshot)).toBe(true);
        expect(readSettings(start).readOnly).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it('settings.go: "region" is read first; empty or "default" falls back to defaultRegion — the view shows the region used', () => {
    fc.assert(
      fc.property(savedOptions, (start) => {
        cases++;
        const view = readSettings(start);
        const used = backendRegion(start.jsonData);
        // The form shows a saved number as text (the backend cannot read it; the view lists it as
        // unreadable) and other non-strings as empty, as for every other field.
        const lastKey = spellings(start.jsonData, 'defaultRegion').pop();
        const last = lastKey === undefined ? undefined : ownValue(start.jsonData, lastKey);
        const asShown =
          typeof used === 'string' ? used : typeof last === 'number' && Number.isFinite(last) ? String(last) : '';
        expect(view.defaultRegion).toBe(asShown);
      }),
      { numRuns: 2000 }
    );
  });

  it('reads any saved settings without throwing, as text', () => {
    fc.assert(
      fc.property(savedOptions, (start) => {
        cases++;
        const view = readSettings(start);
        for (const text of [view.profile, view.assumeRoleArn, view.externalId, view.endpoint, view.defaultRegion]) {
          expect(typeof text).toBe('string');
        }
      }),
      { numRuns: 2000 }
    );
  });
});
