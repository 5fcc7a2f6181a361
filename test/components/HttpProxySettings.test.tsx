import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { description } from '../support/description';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';
import { serverSettings } from '../support/server';

// The proxy is built into ConnectionConfig, as in @grafana/aws-sdk (LeanConnectionConfig takes it as
// an extra: LeanConnectionConfig.test.tsx).

const keys = { authType: 'keys' as const, defaultRegion: 'eu-west-1' };
const proxyType = () => screen.queryByRole('combobox', { name: 'Proxy Type' });

describe('when the proxy settings are shown', () => {
  it.each([
    ['the plugin asks and the server allows it', true, true, true],
    ['the server does not allow it (the backend would ignore it)', true, false, false],
    ['the plugin does not ask', false, true, false],
  ])('%s', (_, prop, server, shown) => {
    serverSettings({ httpProxy: server });
    renderEditor(makeOptions({ jsonData: keys }), { showHttpProxySettings: prop });
    expect(proxyType() !== null).toBe(shown);
  });
});

describe('choosing and filling in a proxy', () => {
  it('defaults to the environment proxy and explains HTTP_PROXY and HTTPS_PROXY, without writing', () => {
    serverSettings({ httpProxy: true });
    const { calls } = renderEditor(makeOptions({ jsonData: keys }), { showHttpProxySettings: true });
    expect(proxyType()).toHaveAccessibleDescription(/HTTP_PROXY and HTTPS_PROXY environment variables/);
    expect(screen.getByText('Environment (default)')).toBeInTheDocument();
    expect(screen.getByText('HTTP_PROXY')).toBeInTheDocument();
    expect(screen.getByText('HTTPS_PROXY')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Proxy URL/ })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('None writes proxyType none', async () => {
    serverSettings({ httpProxy: true });
    const { user, latest } = renderEditor(makeOptions({ jsonData: keys }), { showHttpProxySettings: true });
    await pick(user, /^Proxy Type$/, 'None');
    expect(latest().jsonData).toEqual({ ...keys, proxyType: 'none' });
  });

  it('URL writes the URL and username to jsonData and the masked password to secureJsonData only', async () => {
    serverSettings({ httpProxy: true });
    const before = makeOptions({ jsonData: keys, secureJsonFields: { accessKey: true, secretKey: true } });
    const { user, latest } = renderEditor(before, { showHttpProxySettings: true });
    await pick(user, /^Proxy Type$/, 'URL');
    await user.type(screen.getByRole('textbox', { name: /Proxy URL/ }), 'https://proxy.example.com:3128');
    await user.type(screen.getByRole('textbox', { name: /Proxy Username/ }), 'grafana');
    const password = screen.getByLabelText(/Proxy Password/);
    expect(password).toHaveAttribute('type', 'password');
    await user.type(password, 's3cret!');

    const saved = latest();
    expect(saved.jsonData).toEqual({
      ...keys,
      proxyType: 'url',
      proxyUrl: 'https://proxy.example.com:3128',
      proxyUsername: 'grafana',
    });
    expect(saved.secureJsonData).toEqual({ proxyPassword: 's3cret!' });
    expect(saved.secureJsonFields).toBe(before.secureJsonFields);
    expect(JSON.stringify(saved.jsonData)).not.toContain('s3cret!');
    expect(document.body.textContent).not.toContain('s3cret!');
  });

  it('warns that credentials in the URL are a known risk, without repeating them', async () => {
    serverSettings({ httpProxy: true });
    const { user } = renderEditor(makeOptions({ jsonData: { ...keys, proxyType: 'url' } }), {
      showHttpProxySettings: true,
    });
    expect(screen.queryByText(/Remove the user name and password/)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Proxy URL/ }), 'http://me:hunter2@proxy:3128');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Remove the user name and password from the proxy URL/);
    expect(alert).toHaveTextContent('RFC 3986');
    expect(alert).not.toHaveTextContent('hunter2');
  });

  it('shows a stored password as configured and resets it the way Grafana does', async () => {
    serverSettings({ httpProxy: true });
    const { user, latest } = renderEditor(
      makeOptions({
        jsonData: { ...keys, proxyType: 'url', proxyUrl: 'http://p:3128' },
        secureJsonFields: { proxyPassword: true, basicAuthPassword: true },
      }),
      { showHttpProxySettings: true }
    );
    expect(screen.getByLabelText(/Proxy Password/)).toHaveAttribute('placeholder', 'Configured');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(latest().secureJsonFields).toEqual({ proxyPassword: false, basicAuthPassword: true });
    expect(latest().secureJsonData).toEqual({ proxyPassword: '' });
  });

  it('trims a pasted proxy URL and user name, as every other setting, and says so where it removed something', async () => {
    serverSettings({ httpProxy: true });
    const { user, latest } = renderEditor(makeOptions({ jsonData: { ...keys, proxyType: 'url' } }), {
      showHttpProxySettings: true,
    });
    const url = screen.getByRole('textbox', { name: /Proxy URL/ });
    await user.click(url);
    await user.paste(' http://proxy.example.com:3128\n');
    const username = screen.getByRole('textbox', { name: /Proxy Username/ });
    await user.click(username);
    await user.paste('\tgrafana ');
    expect(latest().jsonData).toMatchObject({ proxyUrl: 'http://proxy.example.com:3128', proxyUsername: 'grafana' });
    // A type="url" input strips the spaces itself (the HTML value sanitization), so only the
    // user name has something to report.
    expect(description(username)).toMatch(/Spaces or line breaks around the value were removed/);
  });

  it('keeps a proxy password exactly as typed: unlike a key, a password may begin or end with a space', async () => {
    serverSettings({ httpProxy: true });
    const { user, latest } = renderEditor(makeOptions({ jsonData: { ...keys, proxyType: 'url' } }), {
      showHttpProxySettings: true,
    });
    const password = screen.getByLabelText(/Proxy Password/);
    await user.click(password);
    await user.paste(' pass word ');
    expect(latest().secureJsonData).toEqual({ proxyPassword: ' pass word ' });
    expect(description(password)).toBe('');
  });

  it('keeps the URL settings when switching away and back', async () => {
    serverSettings({ httpProxy: true });
    const { user, latest } = renderEditor(
      makeOptions({ jsonData: { ...keys, proxyType: 'url', proxyUrl: 'http://p:3128' } }),
      {
        showHttpProxySettings: true,
      }
    );
    await pick(user, /^Proxy Type$/, /Environment/);
    expect(latest().jsonData.proxyUrl).toBe('http://p:3128');
    await pick(user, /^Proxy Type$/, 'URL');
    expect(screen.getByRole('textbox', { name: /Proxy URL/ })).toHaveValue('http://p:3128');
  });
});
