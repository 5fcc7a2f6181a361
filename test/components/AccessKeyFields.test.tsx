import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { validateAwsAuth } from '../../src/model/validate';
import { description } from '../support/description';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { provisioned, tryEverything } from '../support/provisioned';
import { pick } from '../support/select';

const keys = (extra: Parameters<typeof makeOptions>[0] = {}) =>
  makeOptions({ jsonData: { authType: 'keys' }, ...extra });

describe('typing and resetting the keys', () => {
  it('writes both keys to secureJsonData only, in masked inputs that browsers do not autofill', async () => {
    const { user, latest } = renderEditor(keys());
    const access = screen.getByLabelText(/Access Key ID/);
    const secret = screen.getByLabelText(/Secret Access Key/);
    for (const input of [access, secret]) {
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
    }
    await user.type(access, 'AKIAIOSFODNN7EXAMPLE');
    await user.type(secret, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(latest().secureJsonData).toEqual({
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(JSON.stringify(latest().jsonData)).not.toContain('EXAMPLE');
  });

  it('shows stored keys as @grafana/aws-sdk does (empty, disabled, placeholder "Configured") and resets one the way Grafana does', async () => {
    const { user, latest } = renderEditor(
      makeOptions({
        jsonData: { authType: 'keys' },
        secureJsonFields: { accessKey: true, secretKey: true, basicAuthPassword: true },
      })
    );
    for (const input of screen.getAllByPlaceholderText('Configured')) {
      expect(input).toBeDisabled();
      expect(input).toHaveValue('');
    }
    expect(screen.getAllByPlaceholderText('Configured')).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Reset' })[1]!);
    expect(latest().secureJsonFields).toEqual({ accessKey: true, secretKey: false, basicAuthPassword: true });
    expect(latest().secureJsonData).toEqual({ secretKey: '' });
    expect(screen.getByLabelText(/Secret Access Key/)).toHaveValue('');
  });

  it('does not submit typed keys once another provider is picked, and restores them on return', async () => {
    const { user, latest } = renderEditor(keys());
    await user.type(screen.getByLabelText(/Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
    await user.type(screen.getByLabelText(/Secret Access Key/), 'secret-value');
    await pick(user, /Authentication Provider/, /AWS SDK Default/);
    expect(latest().jsonData.authType).toBe('default');
    expect(latest().secureJsonData).toEqual({});
    await pick(user, /Authentication Provider/, /Access & secret key/);
    expect(latest().secureJsonData).toEqual({ accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'secret-value' });
  });
});

describe('checking the keys', () => {
  it('hints that an ASIA key is temporary, and never blocks the write', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras: awsAuthExtras });
    const access = screen.getByLabelText(/Access Key ID/);
    await user.type(access, 'ASIAIOSFODNN7EXAMPLE');
    expect(description(access)).toMatch(/temporary: they need a session token/);
    await user.type(screen.getByLabelText(/Secret Access Key/), 'abc');
    expect(latest().secureJsonData).toEqual({ accessKey: 'ASIAIOSFODNN7EXAMPLE', secretKey: 'abc' });
    expect(description(screen.getByLabelText(/Secret Access Key/))).toMatch(/40 characters long/);
  });

  it('trims pasted secrets too, without showing them', () => {
    const { latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras: awsAuthExtras });
    fireEvent.change(screen.getByLabelText(/Secret Access Key/), {
      target: { value: '\twJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
    });
    expect(latest().secureJsonData).toEqual({ secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
    expect(document.body.textContent).not.toContain('wJalrXUtnFEMI');
  });
});

describe('temporary credentials', () => {
  it('offers a masked Session Token once an ASIA key is typed, and writes it to secureJsonData', async () => {
    const { user, latest } = renderEditor(keys());
    expect(screen.queryByLabelText(/Session Token/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Access Key ID/), 'ASIAIOSFODNN7EXAMPLE');
    const token = screen.getByLabelText(/Session Token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(screen.getByText(/stops working then until you enter new ones/)).toBeInTheDocument();
    await user.type(token, 'FwoGZXIvYXdzEJr');
    expect(latest().secureJsonData).toEqual({ accessKey: 'ASIAIOSFODNN7EXAMPLE', sessionToken: 'FwoGZXIvYXdzEJr' });
    expect(JSON.stringify(latest().jsonData)).not.toContain('FwoGZXIvYXdzEJr');
  });

  it('offers it when the user says the keys are temporary', async () => {
    const { user } = renderEditor(keys());
    await user.click(screen.getByRole('checkbox', { name: /These are temporary credentials/ }));
    expect(screen.getByLabelText(/Session Token/)).toBeInTheDocument();
  });

  it('shows a stored token as configured with a reset, like the keys', async () => {
    const { user, latest } = renderEditor(
      keys({ secureJsonFields: { accessKey: true, secretKey: true, sessionToken: true } })
    );
    expect(screen.getAllByPlaceholderText('Configured')).toHaveLength(3);
    await user.click(screen.getAllByRole('button', { name: 'Reset' })[2]!);
    expect(latest().secureJsonFields).toEqual({ accessKey: true, secretKey: true, sessionToken: false });
    expect(latest().secureJsonData).toEqual({ sessionToken: '' });
  });

  it('does not submit a typed token once another provider is picked', async () => {
    const { user, latest } = renderEditor(keys());
    await user.type(screen.getByLabelText(/Access Key ID/), 'ASIAIOSFODNN7EXAMPLE');
    await user.type(screen.getByLabelText(/Session Token/), 'tok');
    await pick(user, /Authentication Provider/, /AWS SDK Default/);
    expect(latest().secureJsonData).toEqual({});
  });
});

describe('secrets stay secret', () => {
  const ACCESS = 'AKIAZZSECRETACCESS99';
  const SECRET = 'Zq9/SecretAccessKeyThatMustNeverLeak+abc';

  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  let printed: string[] = [];

  beforeEach(() => {
    printed = [];
    for (const m of methods) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  /** Every place a secret could surface in the page: text, every attribute of every element, the markup. */
  function everywhereInThePage(): string {
    const parts = [document.documentElement.outerHTML, document.title, document.body.textContent ?? ''];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        parts.push(attr.value);
      }
    }
    return parts.join('\n');
  }

  it('never shows a typed key in the page, its attributes, jsonData or the console', async () => {
    const { user, calls, latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }));
    await user.type(screen.getByLabelText(/Access Key ID/), ACCESS);
    await user.type(screen.getByLabelText(/Secret Access Key/), SECRET);
    // Wander around the form as a person would: other providers, then back.
    await pick(user, /Authentication Provider/, /Credentials file/);
    await pick(user, /Authentication Provider/, /Access & secret key/);
    await user.type(screen.getByRole('textbox', { name: /Endpoint/ }), 'https://e.example');

    expect(latest().secureJsonData).toEqual({ accessKey: ACCESS, secretKey: SECRET });
    const page = everywhereInThePage();
    const console = printed.join('\n');
    for (const secret of [ACCESS, SECRET, SECRET.slice(0, 12)]) {
      expect(page).not.toContain(secret);
      expect(console).not.toContain(secret);
      for (const options of calls) {
        expect(JSON.stringify(options.jsonData)).not.toContain(secret);
      }
    }
    // The inputs hold the secret as their live value only, masked.
    expect(screen.getByLabelText(/Secret Access Key/)).toHaveValue(SECRET);
    expect(screen.getByLabelText(/Secret Access Key/)).toHaveAttribute('type', 'password');
  });

  it('never puts a secret in a validation message', () => {
    const findings = validateAwsAuth({
      accessKey: SECRET,
      secretKey: SECRET.slice(0, 30),
      endpoint: `https://${ACCESS}:${SECRET}@host`,
    });
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) {
      expect(f.message).not.toContain(SECRET.slice(0, 12));
      expect(f.message).not.toContain(ACCESS);
    }
  });

  it('does not submit keys typed for Access & secret key once another provider is chosen', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }));
    await user.type(screen.getByLabelText(/Secret Access Key/), SECRET);
    await pick(user, /Authentication Provider/, /AWS SDK Default/);
    expect(JSON.stringify(latest())).not.toContain(SECRET);
  });
});

describe('a provisioned data source (readOnly: true)', () => {
  it('no stored secrets: the empty secret inputs are disabled too', async () => {
    const { user, calls } = renderEditor(provisioned({ authType: 'keys' }), { extras: awsAuthExtras });
    for (const id of ['accessKeyId', 'secretKey']) {
      expect(document.getElementById(id)).toBeDisabled();
    }
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });
});
