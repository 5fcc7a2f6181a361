import { t } from '@grafana/i18n';
import i18n from 'i18next';
import Pseudo from 'i18next-pseudo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import type { AwsAuthJsonData } from '../../src/model/types';
import { makeOptions } from '../support/options';
import { renderEditor } from '../support/renderEditor';
import { serverSettings } from '../support/server';

// The pseudo-locale rewrites every translated letter, so plain ASCII words left on the page did not
// go through the translation function (as in pseudo.test.tsx, for the read-only and region texts).
const PLAIN_WORD = /[A-Za-z]{3,}/;

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

// Saved data, and literal AWS formats shown as placeholders.
const DATA = new Set([
  ...['eu-west-1', 'us-east-1', 'https://vpce.example.com', 'http://proxy.example.com:3128', 'proxyuser'],
  ...['default', 'arn:aws:iam::123456789012:role/grafana', 'https://{service}.{region}.amazonaws.com'],
]);

beforeAll(async () => {
  t('grafana-aws-auth.warm-up', 'warm up');
  i18n.use(new Pseudo({ languageToPseudo: 'pseudo', enabled: true, wrapped: true }));
  i18n.options.postProcess = ['pseudo'];
  await i18n.changeLanguage('pseudo');
});
afterAll(async () => {
  i18n.options.postProcess = [];
  await i18n.changeLanguage('en-US');
});

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
      .filter((s) => !DATA.has(s))
      .map((s) => s.replace(/"(region|defaultRegion)"/g, ''))
      .filter((s) => PLAIN_WORD.test(s));
    expect(leftovers).toEqual([]);
  });
});
