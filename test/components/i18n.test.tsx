import { t as grafanaT } from '@grafana/i18n';
import { cleanup, screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { serverSettings } from '../support/server';

// The editor remembers plain translated labels per language; these tests prove the memory never
// shows stale text when a plugin's translations or the language change after a first render.
const NS = 'translation';
const french = { 'grafana-aws-auth': { provider: { label: 'Fournisseur d’authentification' } } };
const show = () => {
  serverSettings({ allowed: ['default', 'keys'] });
  renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
};
const providerLabel = () => screen.getByText(/Authentication Provider|Fournisseur/, { selector: 'label, label *' });

beforeAll(() => {
  grafanaT('grafana-aws-auth.warm-up', 'warm up'); // initialises Grafana's default i18next instance
});
afterEach(async () => {
  cleanup();
  for (const lng of ['en-US', 'fr-FR']) {
    if (i18n.hasResourceBundle(lng, NS)) {
      i18n.removeResourceBundle(lng, NS);
    }
  }
  await i18n.changeLanguage('en-US');
});

describe('translated text is remembered, never stale', () => {
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
