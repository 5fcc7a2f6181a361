import { describe, expect, it } from 'vitest';

import { applyEdit } from '../../src/model/edit';
import { readSettings } from '../../src/model/settings';
import { makeOptions } from '../support/options';

const read = (jsonData: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  readSettings(makeOptions({ jsonData, ...more } as never));

describe('the provider a saved authType means', () => {
  it.each([
    ['credentials', 'credentials'],
    ['sharedCreds', 'credentials'],
    ['arn', 'default'],
    ['keys', 'keys'],
    ['ec2_iam_role', 'ec2_iam_role'],
    ['grafana_assume_role', 'grafana_assume_role'],
  ])('settings.go ToAuthType: %s is read as %s', (saved, provider) => {
    const view = read({ authType: saved });
    expect(view.authType).toBe(provider);
    expect(view.legacyAuthType).toBe(saved !== provider);
    expect(view.savedAuthType).toBe(saved);
  });

  it('a missing or unknown value names no provider, so a new data source gets the first allowed one', () => {
    for (const saved of [undefined, '', 'oauth', 42, null, { x: 1 }]) {
      expect(read({ authType: saved }).authType).toBeUndefined();
    }
  });
});

describe('text settings', () => {
  it('settings.go Load: "if s.Profile == \\"\\" { s.Profile = config.Database }": the profile falls back to database, and says so', () => {
    expect(read({}, { database: 'legacy' })).toMatchObject({ profile: 'legacy', profileFromDatabase: true });
    expect(read({ profile: 'prod' }, { database: 'legacy' })).toMatchObject({
      profile: 'prod',
      profileFromDatabase: false,
    });
  });

  it('settings.go: json:"assumeRoleARN" is matched case-insensitively by encoding/json, so any spelling of the key is the role', () => {
    expect(read({ assumeRoleARN: 'arn:aws:iam::123456789012:role/a' }).assumeRoleArn).toBe(
      'arn:aws:iam::123456789012:role/a'
    );
    // The exact spelling wins when both are saved, as the editor writes it.
    expect(read({ ASSUMEROLEARN: 'other', assumeRoleArn: 'exact' }).assumeRoleArn).toBe('exact');
  });

  it('shows numbers as text and ignores values the form cannot show (objects, booleans, null)', () => {
    const view = read({ endpoint: 8080, profile: { nested: true }, externalId: true, proxyUrl: null });
    expect(view).toMatchObject({ endpoint: '8080', profile: '', externalId: '', proxyUrl: '' });
  });

  it('reads no inherited property as a setting: a saved "__proto__" or "constructor" is only data', () => {
    const view = readSettings(makeOptions({ jsonData: JSON.parse('{"__proto__": {"profile": "x"}}') }));
    expect(view.profile).toBe('');
  });
});

describe('secrets', () => {
  it('knows only whether a stored secret exists, and the value typed in this session', () => {
    const view = readSettings(
      makeOptions({
        secureJsonFields: { secretKey: true, proxyPassword: true },
        secureJsonData: { accessKey: 'AKIAIOSFODNN7EXAMPLE' },
      })
    );
    expect(view.secrets).toEqual({
      accessKey: { configured: false, value: 'AKIAIOSFODNN7EXAMPLE' },
      secretKey: { configured: true, value: '' },
      sessionToken: { configured: false, value: '' },
      proxyPassword: { configured: true, value: '' },
    });
  });
});

// settings contract: "readOnly: true marks a data source added by provisioning ... Grafana shows a
// notice and refuses to save it from the page. An editor should not invite edits it cannot save."
describe('a provisioned data source (readOnly: true)', () => {
  it('is flagged in the view, and applyEdit returns it as it is', () => {
    const provisioned = makeOptions({ readOnly: true, jsonData: { authType: 'keys' } });
    expect(readSettings(provisioned).readOnly).toBe(true);
    expect(readSettings(makeOptions()).readOnly).toBe(false);
    expect(applyEdit(provisioned, { type: 'provider', value: 'default' })).toBe(provisioned);
  });
});
