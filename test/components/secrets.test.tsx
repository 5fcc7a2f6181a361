import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { validateAwsAuth } from '../../src/model/validate';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';

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

describe('secrets stay secret', () => {
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
