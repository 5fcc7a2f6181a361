import { LANGUAGES as GRAFANA_LANGUAGES } from '@grafana/i18n';
import { cleanup, screen } from '@testing-library/react';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { loadAwsAuthTranslations } from '../../src/locales/load';
import type { AwsAuthJsonData } from '../../src/model/types';
import { renderEditor } from '../support/host';
import { grafanaSetsUpI18n } from '../support/i18n';
import { makeOptions } from '../support/options';
import { grafanaCloud, serverSettings } from '../support/server';

/**
 * The editor under each of Grafana's languages, with its extras, in situations that show alerts:
 * no key shows instead of a text, and the texts are the language's own.
 */
beforeAll(async () => {
  await grafanaSetsUpI18n('en-US');
});

const situations: Array<[string, () => void, Partial<AwsAuthJsonData>]> = [
  [
    'keys, a role the server refuses, bad values',
    () => serverSettings({ allowed: ['default'], assumeRoleEnabled: false }),
    {
      authType: 'keys',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/r',
      endpoint: 'http://x',
      defaultRegion: 'eu',
    },
  ],
  [
    'Grafana Assume Role on Grafana Cloud',
    () => grafanaCloud(),
    { authType: 'grafana_assume_role' } as Partial<AwsAuthJsonData>,
  ],
];

// Every language this Grafana version offers besides English.
const LANGUAGES = GRAFANA_LANGUAGES.map((l) => l.code).filter((code) => code !== 'en-US');

it('Grafana offers 18 languages besides English, each with a locale file', async () => {
  expect(LANGUAGES).toHaveLength(18);
  for (const lang of LANGUAGES) {
    expect(Object.keys(await loadAwsAuthTranslations(lang)).length, lang).toBeGreaterThan(0);
  }
});

describe.each(LANGUAGES)('%s', (lang) => {
  it.each(situations)('%s: every text shown, none a key', async (_, server, jsonData) => {
    await i18n.changeLanguage(lang);
    const texts = await loadAwsAuthTranslations(lang);
    server();
    renderEditor(makeOptions({ jsonData: jsonData as AwsAuthJsonData }), { extras: awsAuthExtras });
    expect(document.body.textContent).not.toContain('grafana-aws-auth.');
    expect(screen.getAllByText(texts['grafana-aws-auth.provider.label']!).length).toBeGreaterThan(0);
    cleanup();
  });
});
