import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';

describe('one write path keeps what it does not own (9)', () => {
  it("keeps the plugin's jsonData, other secrets and top-level settings exactly through a session of edits", async () => {
    const original = makeOptions({
      jsonData: {
        authType: 'default',
        logsTimeout: '30m',
        tracing: { enabled: true, tags: ['a'] },
        customMetricsNamespaces: 'X',
      } as never,
      secureJsonFields: { basicAuthPassword: true, tlsClientKey: true },
      secureJsonData: { basicAuthPassword: 'typed-by-plugin' } as never,
    });
    const { user, latest } = renderEditor(original);
    await pick(user, /Authentication Provider/, /Access & secret key/);
    await user.type(screen.getByLabelText(/Access Key ID/), 'AKIA1234567890ABCDEF');
    await user.type(screen.getByRole('textbox', { name: /Endpoint/ }), 'https://e.example');
    await pick(user, /Authentication Provider/, /Credentials file/);
    await user.type(screen.getByRole('textbox', { name: /Credentials Profile Name/ }), 'p');

    const saved = latest();
    const { jsonData, secureJsonData, secureJsonFields, ...topLevel } = saved;
    const { jsonData: j0, secureJsonData: s0, secureJsonFields: f0, ...top0 } = original;
    expect(topLevel).toEqual(top0);
    expect(secureJsonFields).toEqual(f0);
    expect(secureJsonData).toEqual(s0);
    expect(jsonData).toEqual({ ...j0, authType: 'credentials', endpoint: 'https://e.example', profile: 'p' });
    // The host's own objects are never mutated: Grafana compares them to detect changes.
    expect(original.jsonData).toEqual({
      authType: 'default',
      logsTimeout: '30m',
      tracing: { enabled: true, tags: ['a'] },
      customMetricsNamespaces: 'X',
    });
  });
});

describe('standalone (10)', () => {
  it('renders and edits with no plugin context, no app event bus and placeholder server config', async () => {
    const { user, latest } = renderEditor(makeOptions());
    expect(latest().jsonData.authType).toBe('default');
    await pick(user, /Authentication Provider/, /Credentials file/);
    expect(latest().jsonData.authType).toBe('credentials');
  });
});

describe('bad saved input renders inert (11)', () => {
  it.each([
    ['numbers', { authType: 'credentials', profile: 42, endpoint: 7, defaultRegion: 3 }],
    [
      'null and objects',
      { authType: 'credentials', profile: null, endpoint: { a: 1 }, assumeRoleArn: ['x'], externalId: true },
    ],
    [
      'markup',
      {
        authType: 'credentials',
        profile: '<img src=x onerror="window.__pwned=1">',
        endpoint: '<script>window.__pwned=1</script>',
      },
    ],
    [
      'very long strings',
      { authType: 'credentials', profile: 'p'.repeat(200_000), defaultRegion: 'r'.repeat(100_000) },
    ],
    ['a non-string provider', { authType: { toString: 'keys' }, profile: 'x' }],
  ])('%s', (_, jsonData) => {
    renderEditor(makeOptions({ jsonData: jsonData as never }));
    expect(screen.getByRole('combobox', { name: /Authentication Provider/ })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"], script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows markup saved as a value as text', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'credentials', profile: '<b>bold</b>' } }));
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toHaveValue('<b>bold</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('survives jsonData that is not an object at all', () => {
    const { latest } = renderEditor(makeOptions({ jsonData: null as never }));
    expect(latest().jsonData).toEqual({ authType: 'default' });
  });
});
