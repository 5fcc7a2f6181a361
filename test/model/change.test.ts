import { describe, expect, it } from 'vitest';

import { type SecretStash, applyChange } from '../../src/model/change';
import { sigV4SettingKeys } from '../../src/model/types';
import { makeOptions } from '../support/options';

const off = { perDatasourceExternalId: false };
const on = { perDatasourceExternalId: true };
const ctx = (stash: SecretStash = {}, policy = off) => ({ policy, stackExternalId: 'stackABC', stash });

describe('applyChange: every write rule in one pure step', () => {
  it('sets typed keys aside when another provider is chosen, and restores them on return', () => {
    const typed = makeOptions({
      jsonData: { authType: 'keys' },
      secureJsonData: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 's3cret', basicAuthPassword: 'kept' } as object,
    });
    const away = applyChange(typed, { type: 'provider', value: 'default' }, ctx());
    expect(away.options.secureJsonData).toEqual({ basicAuthPassword: 'kept' });
    expect(away.stash).toEqual({ accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 's3cret', sessionToken: '' });
    const back = applyChange(away.options, { type: 'provider', value: 'keys' }, ctx(away.stash));
    expect(back.options.secureJsonData).toEqual({
      basicAuthPassword: 'kept',
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 's3cret',
    });
  });

  it('never submits the stash while another provider is chosen', () => {
    const stash = { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 's3cret' };
    const options = makeOptions({ jsonData: { authType: 'default' } });
    const next = applyChange(options, { type: 'provider', value: 'credentials' }, ctx(stash));
    expect(next.options.secureJsonData).toEqual(options.secureJsonData);
    expect(next.stash).toBe(stash);
  });

  it('works on the SigV4 keys too', () => {
    const typed = makeOptions({
      jsonData: { sigV4AuthType: 'keys' } as object,
      secureJsonData: { sigV4AccessKey: 'AKIAIOSFODNN7EXAMPLE', sigV4SecretKey: 's3cret' } as object,
    });
    const away = applyChange(typed, { type: 'provider', value: 'default' }, { ...ctx(), keys: sigV4SettingKeys });
    expect(away.stash).toMatchObject({ accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 's3cret' });
    expect(away.options.secureJsonData).toEqual({});
  });

  it('external_id.go: choosing Grafana Assume Role with the per-data-source toggle on writes the mode and its ID in the same change', () => {
    const options = makeOptions({ uid: 'dsUid1', jsonData: { authType: 'keys' } });
    const next = applyChange(options, { type: 'provider', value: 'grafana_assume_role' }, ctx({}, on));
    expect(next.options.jsonData).toEqual({
      authType: 'grafana_assume_role',
      usePerDatasourceExternalId: true,
      grafanaExternalId: 'stackABC-dsUid1',
    });
    const without = applyChange(options, { type: 'provider', value: 'grafana_assume_role' }, ctx({}, off));
    expect(without.options.jsonData).toEqual({ authType: 'grafana_assume_role' });
  });

  it('settings contract, readOnly: a provisioned data source is returned as it is, stash untouched', () => {
    const stash = { accessKey: 'AKIAIOSFODNN7EXAMPLE' };
    const options = makeOptions({ readOnly: true, jsonData: { authType: 'keys' } });
    for (const edit of [
      { type: 'provider', value: 'default' },
      { type: 'text', setting: 'endpoint', value: 'https://x' },
      { type: 'secret', setting: 'secretKey', value: 'y' },
    ] as const) {
      const next = applyChange(options, edit, ctx(stash, on));
      expect(next.options).toBe(options);
      expect(next.stash).toBe(stash);
    }
  });
});
