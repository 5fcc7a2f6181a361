import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { LeanConnectionConfig } from '../../src/components/LeanConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import type { AwsAuthDataSourceSettings, AwsAuthJsonData } from '../../src/model/types';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { serverSettings } from '../support/server';

// Settings contract: "`readOnly: true` marks a data source added by provisioning (unless its file
// says `editable: true`): Grafana shows a notice and refuses to save it from the page. An editor
// should not invite edits it cannot save."

const ROLE = 'arn:aws:iam::123456789012:role/reader';
const NOTE = /This data source is provisioned/;

const provisioned = (jsonData: Record<string, unknown>, more: Partial<AwsAuthDataSourceSettings> = {}) =>
  makeOptions({ readOnly: true, jsonData: jsonData as AwsAuthJsonData, ...more });

const editor = () => screen.getByTestId('connection-config');

/** Every input and button of the editor: what a person could try to use. */
function controls(): HTMLElement[] {
  return [...editor().querySelectorAll<HTMLElement>('input, button, textarea')];
}

/** Buttons that write nothing: disclosures (show or hide a part) and copy buttons. */
const writesNothing = (el: HTMLElement) =>
  el.hasAttribute('aria-expanded') || /^Copy\b/.test(el.getAttribute('aria-label') ?? el.textContent ?? '');

/** The controls that still accept an edit: neither disabled nor read-only. */
function editable(): HTMLElement[] {
  return controls().filter((el) => {
    if (el.matches(':disabled') || writesNothing(el)) {
      return false;
    }
    if (el instanceof HTMLInputElement && el.readOnly) {
      return false;
    }
    return true;
  });
}

/**
 * Everything a person might do: click each control, type, paste, press the keys that pick an
 * option or toggle a box, and Tab through the whole form doing the same.
 */
async function tryEverything(user: UserEvent) {
  for (const el of controls()) {
    await user.click(el);
    await user.keyboard('x{ArrowDown}{Enter} ');
    await user.paste('AKIAIOSFODNN7EXAMPLE');
  }
  for (const option of screen.queryAllByRole('option')) {
    await user.click(option);
  }
  document.body.focus();
  for (let i = 0; i < 30; i++) {
    await user.tab();
    await user.keyboard('x{ArrowDown}{Enter} ');
  }
}

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
    // Stored secrets: the "configured" box and its Reset button are both disabled.
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

  it('Credentials file: the profile is read-only, nothing is written', async () => {
    const { user, calls } = renderEditor(provisioned({ authType: 'credentials', profile: 'prod' }), {
      extras: awsAuthExtras,
    });
    expect(screen.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveAttribute('readonly');
    expect(editable()).toEqual([]);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveValue('prod');
  });

  it('no stored secrets: the empty secret inputs are disabled too', async () => {
    const { user, calls } = renderEditor(provisioned({ authType: 'keys' }), { extras: awsAuthExtras });
    for (const id of ['accessKeyId', 'secretKey']) {
      expect(document.getElementById(id)).toBeDisabled();
    }
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });

  it('assume role disabled in grafana.ini with a stored role: "Clear the stored role" is disabled', async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false });
    const { user, calls } = renderEditor(provisioned({ authType: 'default', assumeRoleArn: ROLE }));
    const clear = screen.getByRole('button', { name: /Clear the stored role/ });
    expect(clear).toBeDisabled();
    await user.click(clear);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });

  it('a new data source (no provider saved) gets no first provider: Grafana would not save it', async () => {
    const { user, calls } = renderEditor(provisioned({}));
    expect(calls).toHaveLength(0);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });

  it('Grafana Assume Role: ARN read-only, switch disabled, the external ID still copies, nothing is written', async () => {
    serverSettings({
      allowed: ['grafana_assume_role', 'keys', 'default'],
      toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: true },
    });
    // Per-data-source mode with no ID saved: an editable data source would get its ID on mount.
    const options = provisioned({
      authType: 'grafana_assume_role',
      assumeRoleArn: ROLE,
      usePerDatasourceExternalId: true,
    });
    const { user, calls } = renderEditor(options, { externalId: 'stackABC' });
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('switch', { name: 'Per Data Source External ID' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /^External ID/ })).toHaveValue('stackABC-P1234ABCD');

    // jsdom is not a secure context, so the Clipboard API would be skipped; a served page is one.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    const copy = screen.getByRole('button', { name: /Copy the external ID/ });
    expect(copy).toBeEnabled();
    await user.click(copy);
    await expect(navigator.clipboard.readText()).resolves.toBe('stackABC-P1234ABCD');

    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });

  it('LeanConnectionConfig threads readOnly to its sections the same way', async () => {
    const { user, calls } = renderEditor(
      provisioned(
        { authType: 'keys', endpoint: 'https://vpce.example.com' },
        { secureJsonFields: { secretKey: true } }
      ),
      { extras: awsAuthExtras },
      { editor: LeanConnectionConfig }
    );
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(editable()).toEqual([]);
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
