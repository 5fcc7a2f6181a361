import { t } from '@grafana/i18n';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import Pseudo from 'i18next-pseudo';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { ConnectionDiagnosis } from '../../src/components/ConnectionDiagnosis';
import { NAMESPACE } from '../../src/components/i18n';
import { ProvisioningSnippet } from '../../src/components/ProvisioningSnippet';
import { awsAuthExtras } from '../../src/extras';
import { readSettings } from '../../src/model/settings';
import type { AwsAuthJsonData } from '../../src/model/types';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { serverSettings } from '../support/server';

beforeAll(() => {
  t('grafana-aws-auth.warm-up', 'warm up'); // initialises Grafana's default i18next instance
});

// The editor remembers plain translated labels per language; these tests prove the memory never
// shows stale text when a plugin's translations or the language change after a first render.
// The package's own namespace, with flat keys as its locale files have them.
const NS = NAMESPACE;
const french = { 'grafana-aws-auth.provider.label': 'Fournisseur d’authentification' };
const show = () => {
  serverSettings({ allowed: ['default', 'keys'] });
  renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
};
const providerLabel = () => screen.getByText(/Authentication Provider|Fournisseur/, { selector: 'label, label *' });

describe('translated text is remembered, never stale', () => {
  afterEach(async () => {
    cleanup();
    for (const lng of ['en-US', 'fr-FR']) {
      if (i18n.hasResourceBundle(lng, NS)) {
        i18n.removeResourceBundle(lng, NS);
      }
    }
    await i18n.changeLanguage('en-US');
  });

  it('shows translations added after the editor was first shown', () => {
    show();
    expect(providerLabel()).toHaveTextContent('Authentication Provider');
    cleanup();
    i18n.addResourceBundle('en-US', NS, french, true, true);
    show();
    expect(providerLabel()).toHaveTextContent('Fournisseur d’authentification');
  });

  it('follows a change of language, and back', async () => {
    i18n.addResourceBundle('fr-FR', NS, french, true, true);
    show();
    expect(providerLabel()).toHaveTextContent('Authentication Provider');
    cleanup();
    await i18n.changeLanguage('fr-FR');
    show();
    expect(providerLabel()).toHaveTextContent('Fournisseur d’authentification');
    cleanup();
    await i18n.changeLanguage('en-US');
    show();
    expect(providerLabel()).toHaveTextContent('Authentication Provider');
  });

  it('drops translations that were removed', () => {
    i18n.addResourceBundle('en-US', NS, french, true, true);
    show();
    expect(providerLabel()).toHaveTextContent('Fournisseur d’authentification');
    cleanup();
    i18n.removeResourceBundle('en-US', NS);
    show();
    expect(providerLabel()).toHaveTextContent('Authentication Provider');
  });
});

// The pseudo-locale rewrites every translated letter (a -> α, e -> ḛ, ...), so a run of plain ASCII
// letters left in the page is a string that did not go through the translation function.
const PLAIN_WORD = /[A-Za-z]{3,}/;

/** Text a person sees or hears: text nodes, and the attributes screen readers and tooltips use. */
function visibleStrings(): string[] {
  const strings: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent?.trim();
    if (text && !walker.currentNode.parentElement?.closest('style, script')) {
      strings.push(text);
    }
  }
  for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = el.getAttribute(name);
      if (value) {
        strings.push(value);
      }
    }
  }
  return strings;
}

// Data the person typed or the server sent; and placeholders that show a literal AWS format (a profile named "default", an ARN, a URL template).
const NOT_OURS = new Set([
  ...['prod', 'arn:aws:iam::123456789012:role/reader', 'eu-west-1', 'https://vpce.example.com', 'my-ext-id'],
  ...['default', 'arn:aws:iam:*', 'https://{service}.{region}.amazonaws.com'],
]);

describe('under a pseudo-locale', () => {
  beforeAll(async () => {
    i18n.use(new Pseudo({ languageToPseudo: 'pseudo', enabled: true, wrapped: true }));
    i18n.options.postProcess = ['pseudo'];
    await i18n.changeLanguage('pseudo');
  });
  afterAll(async () => {
    i18n.options.postProcess = [];
    await i18n.changeLanguage('en-US');
  });

  describe('every string is translatable', () => {
    it.each([
      [
        'credentials file with a role',
        {
          authType: 'credentials',
          profile: 'prod',
          assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
          externalId: 'my-ext-id',
          endpoint: 'https://vpce.example.com',
          defaultRegion: 'eu-west-1',
        },
      ],
      ['access keys', { authType: 'keys', defaultRegion: 'eu-west-1' }],
      ['a legacy provider', { authType: 'arn' }],
      ['bad values', { authType: 'default', assumeRoleArn: 'x', endpoint: 'http://x', defaultRegion: 'eu' }],
    ])('%s: nothing shows in plain English under a pseudo-locale', (_, jsonData) => {
      renderEditor(makeOptions({ jsonData: jsonData as never, secureJsonFields: { accessKey: true } }), {
        extras: awsAuthExtras,
      });
      const leftovers = visibleStrings().filter((s) => PLAIN_WORD.test(s) && !NOT_OURS.has(s));
      expect(leftovers).toEqual([]);
      // The provider select is still found by its (pseudo-localized, bracketed) name.
      expect(screen.getAllByRole('combobox', { name: /^\[/ }).length).toBeGreaterThan(0);
    });

    it('covers the server-policy warnings too', () => {
      serverSettings({ allowed: ['default'], assumeRoleEnabled: false });
      renderEditor(
        makeOptions({ jsonData: { authType: 'keys', assumeRoleArn: 'arn:aws:iam::123456789012:role/reader' } }),
        { extras: awsAuthExtras }
      );
      expect(visibleStrings().filter((s) => PLAIN_WORD.test(s) && !NOT_OURS.has(s))).toEqual([]);
    });

    it('covers the error explanation and the provisioning snippets (their code and the raw message are data)', async () => {
      const options = makeOptions({ jsonData: { authType: 'keys' }, secureJsonFields: { secretKey: true } });
      const user = userEvent.setup();
      render(
        <>
          <ConnectionDiagnosis view={readSettings(options)} message="trying to use non-allowed auth method keys" />
          <ProvisioningSnippet options={options} />
        </>
      );
      for (const button of screen.getAllByRole('button')) {
        await user.click(button);
      }
      await screen.findByRole('link');
      await screen.findAllByRole('region');
      const data = (s: string) => [...document.querySelectorAll('pre, code')].some((el) => el.textContent?.includes(s));
      expect(visibleStrings().filter((s) => PLAIN_WORD.test(s) && !NOT_OURS.has(s) && !data(s))).toEqual([]);
    });
  });

  // Saved data, and literal AWS formats shown as placeholders.
  const READ_ONLY_DATA = new Set([
    ...['eu-west-1', 'us-east-1', 'https://vpce.example.com', 'http://proxy.example.com:3128', 'proxyuser'],
    ...['default', 'arn:aws:iam:*', 'https://{service}.{region}.amazonaws.com'],
  ]);

  describe('the read-only note, the disabled secrets and the region note are translatable', () => {
    it('a provisioned data source with stored secrets, a proxy and two disagreeing regions: no plain English', () => {
      serverSettings({ httpProxy: true });
      renderEditor(
        makeOptions({
          readOnly: true,
          jsonData: {
            authType: 'keys',
            endpoint: 'https://vpce.example.com',
            region: 'eu-west-1',
            defaultRegion: 'us-east-1',
            proxyType: 'url',
            proxyUrl: 'http://proxy.example.com:3128',
            proxyUsername: 'proxyuser',
          } as AwsAuthJsonData,
          secureJsonFields: { accessKey: true, secretKey: true, proxyPassword: true },
        }),
        { extras: awsAuthExtras, showHttpProxySettings: true }
      );
      // Both notes are there: only the region note has a region in brackets (pseudo-localized too).
      expect(document.body.textContent).toMatch(/\([^()]*-1\)\./);
      expect(document.querySelectorAll('[role="status"]').length).toBeGreaterThan(0);
      expect(document.querySelectorAll('button:disabled').length).toBe(3);
      // The region note's values are data; the words around them must be translated.
      const leftovers = visibleStrings()
        .filter((s) => !READ_ONLY_DATA.has(s))
        .map((s) => s.replace(/"(region|defaultRegion)"/g, ''))
        .filter((s) => PLAIN_WORD.test(s));
      expect(leftovers).toEqual([]);
    });
  });
});
