import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { description } from '../support/description';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { editable, editor, provisioned, tryEverything } from '../support/provisioned';
import { pick } from '../support/select';
import { serverSettings } from '../support/server';

// The whole editor: what it keeps, how it lays out its sections, and what holds for every section at
// once. Each section's own fields are tested in the file named after it.

describe('one write path keeps what it does not own', () => {
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

describe('outside Grafana', () => {
  it('renders and edits with no plugin context, no app event bus and placeholder server config', async () => {
    const { user, latest } = renderEditor(makeOptions());
    expect(latest().jsonData.authType).toBe('default');
    await pick(user, /Authentication Provider/, /Credentials file/);
    expect(latest().jsonData.authType).toBe('credentials');
  });
});

describe('bad saved input renders inert', () => {
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

describe('layout', () => {
  it('has a section title unless skipHeader, and renders children at the end', () => {
    const { unmount } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      children: <button type="button">Plugin field</button>,
    });
    expect(screen.getByRole('heading', { name: /Connection Details/ })).toBeInTheDocument();
    const region = screen.getByRole('combobox', { name: /Default Region/ });
    const child = screen.getByRole('button', { name: 'Plugin field' });
    expect(region.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras, skipHeader: true });
    expect(screen.queryByRole('heading', { name: /Connection Details/ })).not.toBeInTheDocument();
  });
});

describe('checking saved settings', () => {
  it('checks saved values on load, without writing anything', () => {
    const { calls } = renderEditor(
      makeOptions({
        jsonData: { authType: 'default', endpoint: 'http://localhost:4566', externalId: 'x', defaultRegion: 'Ireland' },
      }),
      { extras: awsAuthExtras }
    );
    expect(description(screen.getByRole('textbox', { name: /Endpoint/ }))).toMatch(
      /Warning: This endpoint is not encrypted/
    );
    expect(description(screen.getByRole('textbox', { name: /External ID/ }))).toMatch(/2 to 1,224 characters/);
    expect(description(screen.getByRole('combobox', { name: /Default Region/ }))).toMatch(
      /Region codes look like eu-west-1/
    );
    expect(screen.getByRole('combobox', { name: /Default Region/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });
});

describe('extras are opt-in', () => {
  it('checks nothing, shows no summary and offers no key import: each is opt-in', () => {
    renderEditor(
      makeOptions({ jsonData: { authType: 'keys', assumeRoleArn: 'not-an-arn', defaultRegion: 'eu-west-1' } })
    );
    expect(screen.getByRole('textbox', { name: /Assume Role ARN/ })).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText(/Enter the role's full ARN/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What Grafana will do' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Import keys from a file/)).not.toBeInTheDocument();
    expect(screen.getByText('eu-west-1')).toBeInTheDocument();
  });
});

// Settings contract: "`readOnly: true` marks a data source added by provisioning (unless its file
// says `editable: true`): Grafana shows a notice and refuses to save it from the page. An editor
// should not invite edits it cannot save."

const ROLE = 'arn:aws:iam::123456789012:role/reader';
const NOTE = /This data source is provisioned/;

describe('readOnly: true ("Grafana shows a notice and refuses to save it from the page"): every control disabled, nothing written', () => {
  it('Access & secret key with a role, endpoint, region, key-file import and HTTP proxy: all disabled or read-only', async () => {
    serverSettings({ httpProxy: true });
    const options = provisioned(
      {
        authType: 'keys',
        assumeRoleArn: ROLE,
        externalId: 'ext-1',
        endpoint: 'https://vpce.example.com',
        defaultRegion: 'eu-west-1',
        proxyType: 'url',
        proxyUrl: 'http://proxy.example.com:3128',
        proxyUsername: 'me',
      },
      { secureJsonFields: { accessKey: true, secretKey: true, proxyPassword: true } }
    );
    const { user, calls } = renderEditor(options, { extras: awsAuthExtras, showHttpProxySettings: true });

    expect(screen.getAllByText(NOTE)).toHaveLength(1);
    expect(screen.getByText(/changed there, not on this page/)).toBeInTheDocument();

    for (const name of [/^Authentication Provider/, /^Default Region/, /^Proxy Type/]) {
      expect(screen.getByRole('combobox', { name })).toBeDisabled();
    }
    // Values stay readable and copyable: read-only text rather than disabled.
    for (const [name, value] of [
      [/^Assume Role ARN/, ROLE],
      [/^External ID/, 'ext-1'],
      [/^Endpoint/, 'https://vpce.example.com'],
      [/^Proxy URL/, 'http://proxy.example.com:3128'],
      [/^Proxy Username/, 'me'],
    ] as const) {
      const box = screen.getByRole('textbox', { name });
      expect(box).toHaveAttribute('readonly');
      expect(box).toHaveValue(value);
    }
    // Stored secrets: the "Configured" box and its Reset button are both disabled.
    for (const id of ['accessKeyId', 'secretKey', 'proxyPassword']) {
      expect(document.getElementById(id)).toBeDisabled();
    }
    const resets = screen.getAllByRole('button', { name: 'Reset' });
    expect(resets).toHaveLength(3);
    resets.forEach((b) => expect(b).toBeDisabled());
    expect(screen.getByRole('checkbox', { name: /These are temporary credentials/ })).toBeDisabled();
    expect(screen.getByLabelText(/Import keys from a file/)).toBeDisabled();
    expect(editable()).toEqual([]);

    await tryEverything(user);
    await user.upload(screen.getByLabelText(/Import keys from a file/), new File(['x'], 'keys.csv'));
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Endpoint/ })).toHaveValue('https://vpce.example.com');
  });

  it('a new data source (no provider saved) gets no first provider: Grafana would not save it', async () => {
    const { user, calls } = renderEditor(provisioned({}));
    expect(calls).toHaveLength(0);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });

  it('the note is one short message at the top of the section, before the provider', () => {
    renderEditor(provisioned({ authType: 'default' }));
    const note = screen.getByText(NOTE).closest('[role="status"], [role="alert"]') as HTMLElement;
    expect(note).not.toBeNull();
    const provider = screen.getByRole('combobox', { name: /^Authentication Provider/ });
    expect(note.compareDocumentPosition(provider) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(editor())
        .getAllByRole('status')
        .filter((el) => NOTE.test(el.textContent ?? ''))
    ).toHaveLength(1);
  });
});

describe('an editable data source (readOnly false, or anything other than true)', () => {
  it('the same attempts on an editable data source do write (the check above is not a no-op)', async () => {
    const { user, calls } = renderEditor(
      makeOptions({ jsonData: { authType: 'keys', endpoint: 'https://vpce.example.com' } }),
      { extras: awsAuthExtras }
    );
    await tryEverything(user);
    expect(calls.length).toBeGreaterThan(0);
  });

  it.each([
    ['false', false],
    ['the string "true"', 'true'],
    ['1', 1],
  ])('readOnly %s: no note, controls enabled, edits written', async (_, readOnly) => {
    const options = makeOptions({
      readOnly: readOnly as boolean,
      jsonData: { authType: 'keys', defaultRegion: 'eu-west-1' },
      secureJsonFields: { secretKey: true },
    });
    const { user, calls } = renderEditor(options, { extras: awsAuthExtras });
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Authentication Provider/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: /^Endpoint/ })).not.toHaveAttribute('readonly');
    await user.type(screen.getByRole('textbox', { name: /^Endpoint/ }), 'https://vpce.example.com');
    expect(calls.length).toBeGreaterThan(0);
  });
});
