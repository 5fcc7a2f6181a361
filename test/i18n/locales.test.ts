import { describe, expect, it } from 'vitest';

import { extract } from '../../scripts/i18n-extract.mjs';
import { LANGUAGES, checkLocale, readLocale } from '../../scripts/i18n-locales.mjs';

/**
 * Every locale file (src/locales/<lang>.json) holds exactly the keys the code uses
 * (scripts/i18n-extract.mjs), keeps every `{{placeholder}}` and tag of the English and the spaces a
 * fragment starts or ends with, and leaves nothing in English but codes and names. A failure names
 * the language and the keys: `node scripts/i18n-locales.mjs --report --keys` prints the same list.
 */
const english = new Map([...extract().messages].map(([key, { text }]) => [key, text]));

describe('locale files', () => {
  it('every language Grafana ships has a file', () => {
    expect(LANGUAGES.filter((lang) => !readLocale(lang))).toEqual([]);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const found = checkLocale(lang, readLocale(lang) ?? {}, english);
    it('has every key the code uses (the missing ones listed)', () => expect(found.missing).toEqual([]));
    it('has no key the code does not use', () => expect(found.unused).toEqual([]));
    it('keeps every {{placeholder}} and <0> tag of the English', () => expect(found.tokens).toEqual([]));
    it('leaves nothing in English but codes and names', () => expect(found.english).toEqual([]));
    it('keeps the spaces a fragment starts or ends with', () => expect(found.spaces).toEqual([]));
  });
});
