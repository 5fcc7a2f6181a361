import { describe, expect, it } from 'vitest';

import { applyEdit } from '../../src/model/edit';
import { checkProxyUrl } from '../../src/model/proxy';
import { readSettings } from '../../src/model/settings';
import { sigV4SettingKeys } from '../../src/model/types';
import { makeOptions } from '../support/options';

describe('HTTP proxy settings (model)', () => {
  it('reads the environment proxy for unset or unknown types, as the backend does', () => {
    expect(readSettings(makeOptions()).proxyType).toBe('env');
    expect(readSettings(makeOptions({ jsonData: { proxyType: 'socks' as never } })).proxyType).toBe('env');
    expect(readSettings(makeOptions({ jsonData: { proxyType: 'url' } })).proxyType).toBe('url');
  });

  it('writes proxyType, proxyUrl and proxyUsername to jsonData and nothing else', () => {
    const before = makeOptions({
      jsonData: { authType: 'keys', defaultRegion: 'eu-west-1' },
      secureJsonFields: { accessKey: true },
    });
    let next = applyEdit(before, { type: 'proxyType', value: 'url' });
    next = applyEdit(next, { type: 'text', setting: 'proxyUrl', value: 'http://proxy:3128' });
    next = applyEdit(next, { type: 'text', setting: 'proxyUsername', value: 'grafana' });
    expect(next.jsonData).toEqual({
      ...before.jsonData,
      proxyType: 'url',
      proxyUrl: 'http://proxy:3128',
      proxyUsername: 'grafana',
    });
    expect(next.secureJsonFields).toBe(before.secureJsonFields);
    expect(next.secureJsonData).toBe(before.secureJsonData);
  });

  it('keeps the proxy names with SigV4 keys: the backend reads them whatever the auth keys are called', () => {
    const next = applyEdit(makeOptions(), { type: 'proxyType', value: 'none' }, sigV4SettingKeys);
    expect(next.jsonData).toEqual({ proxyType: 'none' });
  });

  it('types and resets the proxy password like the AWS keys, leaving other secrets alone', () => {
    const before = makeOptions({
      secureJsonFields: { proxyPassword: true, basicAuthPassword: true },
      secureJsonData: { accessKey: 'AKIA' },
    });
    const reset = applyEdit(before, { type: 'resetSecret', setting: 'proxyPassword' });
    expect(reset.secureJsonFields).toEqual({ proxyPassword: false, basicAuthPassword: true });
    expect(reset.secureJsonData).toEqual({ accessKey: 'AKIA', proxyPassword: '' });
    const typed = applyEdit(reset, { type: 'secret', setting: 'proxyPassword', value: 'p@ss' });
    expect(readSettings(typed).secrets.proxyPassword).toEqual({ configured: false, value: 'p@ss' });
    expect(typed.jsonData).toBe(before.jsonData);
  });

  it('writes a key named __proto__ as an ordinary own property', () => {
    const next = applyEdit(makeOptions({ jsonData: JSON.parse('{"__proto__": {"polluted": 1}}') }), {
      type: 'proxyType',
      value: 'url',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(next.jsonData.proxyType).toBe('url');
  });

  it('flags credentials in the URL without repeating them, and URLs the backend cannot use', () => {
    expect(checkProxyUrl('')).toEqual({ hasCredentials: false });
    expect(checkProxyUrl('http://proxy.example.com:3128')).toEqual({ hasCredentials: false });
    expect(checkProxyUrl('socks5://proxy:1080')).toEqual({ hasCredentials: false });
    const withSecret = checkProxyUrl('https://me:hunter2@proxy.example.com');
    expect(withSecret.hasCredentials).toBe(true);
    expect(JSON.stringify(withSecret)).not.toContain('hunter2');
    expect(checkProxyUrl('proxy.example.com:3128').problem).toMatch(/starts with http/);
    expect(checkProxyUrl('not a url').problem).toMatch(/full URL/);
  });
});
