import { initPluginTranslations } from '@grafana/i18n';
import { screen } from '@testing-library/react';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { NAMESPACE } from '../../src/components/i18n';
import { awsAuthExtras } from '../../src/extras';
import { loadAwsAuthTranslations } from '../../src/locales/load';
import { grafanaSetsUpI18n } from '../support/i18n';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { serverSettings } from '../support/server';

/**
 * Grafana as a plugin meets it: Grafana has set up the shared i18next instance in the person's
 * language (German here), and the plugin's module calls `initPluginTranslations` with its own loader
 * and the package's. The editor must then be German, alerts included; the same keys must resolve in
 * the namespace Grafana gives the plugin too. Runs in every compat set (Grafana 12.4 and 13).
 */
const PLUGIN = 'example-aws-datasource';
const ownLoader = async () => ({ 'plugin.title': 'Eigener Text' });

beforeAll(async () => {
  await grafanaSetsUpI18n('de-DE');
  await initPluginTranslations(PLUGIN, [ownLoader, loadAwsAuthTranslations]);
});

describe('a plugin that adds loadAwsAuthTranslations beside its own loader', () => {
  it('gets the editor in German, alerts and extras included', async () => {
    expect(i18n.language).toBe('de-DE');
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false });
    renderEditor(
      makeOptions({
        jsonData: { authType: 'credentials', assumeRoleArn: 'arn:aws:iam::123456789012:role/r', defaultRegion: 'eu' },
      }),
      { extras: awsAuthExtras }
    );
    expect(screen.getByText('Verbindungsdetails')).toBeInTheDocument();
    expect(screen.getAllByText(/Authentifizierungsanbieter/).length).toBeGreaterThan(0);
    // An alert with markup (<Trans>): the provider the server does not allow.
    expect(document.body.textContent).toContain('allowed_auth_providers');
    expect(document.body.textContent).not.toMatch(/Requests from this data source will fail/);
    // A validation message (extras).
    expect(document.body.textContent).not.toMatch(/Region codes look like/);
  });

  it('leaves the plugin its own texts, and puts the package keys in the plugin namespace too', () => {
    expect(i18n.t('plugin.title', { ns: PLUGIN })).toBe('Eigener Text');
    expect(i18n.t('grafana-aws-auth.section.title', { ns: PLUGIN })).toBe('Verbindungsdetails');
    expect(i18n.t('grafana-aws-auth.section.title', { ns: NAMESPACE })).toBe('Verbindungsdetails');
  });

  it('loads only the language asked for, and nothing for English or an unknown language', async () => {
    expect(i18n.hasResourceBundle('ja-JP', NAMESPACE)).toBe(false);
    expect(await loadAwsAuthTranslations('en-US')).toEqual({});
    expect(await loadAwsAuthTranslations('xx-XX')).toEqual({});
    expect(Object.keys(await loadAwsAuthTranslations('ja-JP')).length).toBeGreaterThan(200);
    expect(i18n.getResource('ja-JP', NAMESPACE, 'grafana-aws-auth.section.title')).toBe('接続の詳細');
  });
});
