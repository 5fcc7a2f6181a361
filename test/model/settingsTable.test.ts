import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyChange } from '../../src/model/change';
import { applyEdit } from '../../src/model/edit';
import { readSettings } from '../../src/model/settings';
import { secretSettings, settingsTable, textSettings, usedBy } from '../../src/model/settingsTable';
import { awsSettingKeys, sigV4SettingKeys } from '../../src/model/types';
import { makeOptions } from '../support/options';

// Written from pkg/awsds/settings.go, not from the table: the JSON names of AWSDatasourceSettings
// and the keys Load reads from DecryptedSecureJSONData.
const goJsonData = ['profile', 'region', 'authType', 'assumeRoleARN', 'externalId', 'grafanaExternalId'];
const goJsonDataMore = [
  'usePerDatasourceExternalId',
  'endpoint',
  'defaultRegion',
  'proxyType',
  'proxyUrl',
  'proxyUsername',
];
const goSecure = ['accessKey', 'secretKey', 'sessionToken', 'proxyPassword'];

const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9:/._-]{0,30}$/);

describe('the settings table', () => {
  it('settings.go Load: "s.AccessKey = config.DecryptedSecureJSONData["accessKey"]" … every secret comes from secureJsonData, every other setting from jsonData', () => {
    const lower = (names: string[]) => names.map((n) => n.toLowerCase()).sort();
    const jsonRows = Object.entries(settingsTable).filter(([, row]) => row.store === 'jsonData');
    const secureRows = Object.entries(settingsTable).filter(([, row]) => row.store === 'secureJsonData');
    expect(lower(jsonRows.map(([name]) => name))).toEqual(lower([...goJsonData, ...goJsonDataMore]));
    expect(secureRows.map(([name]) => name).sort()).toEqual([...goSecure].sort());
  });

  it('every text and secret setting reads back what its edit wrote, under the AWS and the SigV4 names', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (typed, sigV4) => {
        const keys = sigV4 ? sigV4SettingKeys : awsSettingKeys;
        for (const setting of textSettings) {
          const view = readSettings(applyEdit(makeOptions(), { type: 'text', setting, value: typed }, keys), keys);
          expect(view[setting]).toBe(typed);
        }
        for (const setting of secretSettings) {
          const view = readSettings(applyEdit(makeOptions(), { type: 'secret', setting, value: typed }, keys), keys);
          expect(view.secrets[setting]).toEqual({ configured: false, value: typed });
        }
      }),
      { numRuns: 200 }
    );
  });

  it('the SigV4 names never meet the AWS names, except the proxy, which the backend reads under one name', () => {
    for (const [name, row] of Object.entries(settingsTable)) {
      if (name.startsWith('proxy')) {
        expect(row.sigV4).toBe(name);
      } else {
        expect(Object.values(awsSettingKeys)).not.toContain(row.sigV4);
      }
    }
  });

  it('settings.go Load: "s.ProxyPassword = config.DecryptedSecureJSONData["proxyPassword"]" whatever the provider, so a typed proxy password stays when the provider changes; typed keys are set aside', () => {
    const typed = makeOptions({
      jsonData: { authType: 'keys' },
      secureJsonData: { accessKey: 'AKIAIOSFODNN7EXAMPLE', proxyPassword: ' p@ss ' },
    });
    const away = applyChange(
      typed,
      { type: 'provider', value: 'default' },
      {
        policy: { perDatasourceExternalId: false },
        stackExternalId: '',
        stash: {},
      }
    );
    expect(away.options.secureJsonData).toEqual({ proxyPassword: ' p@ss ' });
    expect(away.stash).toMatchObject({ accessKey: 'AKIAIOSFODNN7EXAMPLE' });
    expect(away.stash).not.toHaveProperty('proxyPassword');
  });

  it('says which providers use a setting, as the backend reads them', () => {
    expect(usedBy('profile', 'credentials')).toBe(true);
    expect(usedBy('profile', 'keys')).toBe(false);
    expect(secretSettings.filter((s) => usedBy(s, 'keys'))).toEqual([
      'accessKey',
      'secretKey',
      'sessionToken',
      'proxyPassword',
    ]);
    expect(secretSettings.filter((s) => usedBy(s, 'default'))).toEqual(['proxyPassword']);
    expect(usedBy('grafanaExternalId', 'grafana_assume_role')).toBe(true);
    expect(usedBy('endpoint', 'grafana_assume_role')).toBe(false);
  });
});
