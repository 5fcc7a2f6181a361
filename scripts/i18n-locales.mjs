#!/usr/bin/env node
/**
 * Translators' flat files (key → text, as scripts/i18n-extract.mjs writes en.json) into the
 * package's locale files, src/locales/<lang>.json: flat too (i18next finds a dotted key in a flat
 * object, and flat keys cannot clash the way `gar.copy` and `gar.copy.label` would nested), sorted,
 * with only keys the code uses. A language with no file yet gets an empty one, so that every language the
 * loader names exists; test/i18n/locales.test.ts then lists what is missing.
 *
 *   node scripts/i18n-locales.mjs DIR        # DIR/<lang>.json → src/locales/<lang>.json
 *   node scripts/i18n-locales.mjs --report   # per language: what is missing, broken or left in English
 *                                            # (--report --keys lists the keys too)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { extract } from './i18n-extract.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(ROOT, 'src', 'locales');

/** Grafana's languages besides English (@grafana/i18n's LANGUAGES). */
export const LANGUAGES = [
  ...['cs-CZ', 'de-DE', 'es-ES', 'fr-FR', 'hu-HU', 'id-ID', 'it-IT', 'ja-JP', 'ko-KR', 'nl-NL'],
  ...['pl-PL', 'pt-BR', 'pt-PT', 'ru-RU', 'sv-SE', 'tr-TR', 'zh-Hans', 'zh-Hant'],
];

/** `{{name}}` placeholders and `<1>`, `</1>`, `<strong>` tags, sorted: what a translation must keep. */
const tokens = (text) =>
  (text.match(/{{\s*\w+\s*}}|<\/?\w+\/?>/g) ?? [])
    .map((s) => s.replace(/\s/g, ''))
    .sort()
    .join(' ');

// Words that stay as they are in every language: product and service names, abbreviations.
const NAMES =
  /\b(Grafana Assume Role|European Sovereign Cloud|AWS|Amazon|Grafana|IAM|STS|SDK|EKS|ECS|EC2|FIPS|GovCloud|ARN|URL|ID|HTTPS?|ISO|CSV|NTP|VPC|SigV4|Terraform|YAML)\b/g;

/**
 * Whether an English text may stay as it is: once placeholders, tags, names and code-like tokens
 * (with `_ - . : / [ ] ~ @` or digits) are taken out, no word of three letters or more is left.
 */
export function mayStayEnglish(text) {
  const rest = text
    .replace(/{{\s*\w+\s*}}|<\/?\w+\/?>/g, ' ')
    .replace(NAMES, ' ')
    .replace(/\S*[_.:/[\]~@\d-]\S*/g, ' ');
  return !/\p{L}{3,}/u.test(rest);
}

/**
 * Texts a language writes exactly as English does, the same word in both (checked by a speaker):
 * key → languages. Anything else equal to the English is an untranslated text.
 */
export const SAME_IN = {
  // Reviewed: the translator kept the English name, which these languages use as it is.
  'grafana-aws-auth.region.group.China': ['de-DE', 'es-ES', 'nl-NL', 'pt-BR', 'pt-PT'],
  'grafana-aws-auth.region.name.cn-northwest-1': ['de-DE', 'es-ES', 'nl-NL', 'pt-BR', 'pt-PT'],
  'grafana-aws-auth.region.name.il-central-1': ['de-DE', 'es-ES', 'id-ID', 'pt-BR', 'sv-SE'],
  'grafana-aws-auth.region.name.eu-isoe-west-1': ['de-DE', 'nl-NL'],
  'grafana-aws-auth.region.name.ca-west-1': ['nl-NL'],
  'grafana-aws-auth.region.name.eu-central-2': ['fr-FR'],
  'grafana-aws-auth.region.name.eu-north-1': ['fr-FR'],
  'grafana-aws-auth.region.name.eu-south-1': ['fr-FR'],
  'grafana-aws-auth.region.name.eu-west-3': ['fr-FR'],
  // Reviewed: a loanword these languages' software uses.
  'grafana-aws-auth.endpoint.label': ['it-IT', 'pt-BR', 'pt-PT'],
  'grafana-aws-auth.proxy.title': ['tr-TR'],
  // A product name (the AWS command line), the title of the commands it runs.
  'grafana-aws-auth.policies.cli': [
    'cs-CZ',
    'de-DE',
    'es-ES',
    'fr-FR',
    'hu-HU',
    'id-ID',
    'it-IT',
    'ja-JP',
    'ko-KR',
    'nl-NL',
    'pl-PL',
    'pt-BR',
    'pt-PT',
    'ru-RU',
    'sv-SE',
    'tr-TR',
    'zh-Hans',
    'zh-Hant',
  ],
};

/** Scripts written without spaces between words: a fragment need not start or end with one. */
const NO_SPACES = new Set(['ja-JP', 'zh-Hans', 'zh-Hant']);

const edges = (s) => `${/^\s/.test(s) ? 'space' : ''}|${/\s$/.test(s) ? 'space' : ''}`;

/**
 * What is wrong with one language's texts against the English (`key → text` maps): keys missing,
 * keys the code does not use, placeholders or tags lost, texts left in English, edge spaces lost.
 */
export function checkLocale(lang, texts, english) {
  const entries = Object.entries(texts).filter(([key, text]) => english.has(key) && typeof text === 'string');
  return {
    missing: [...english.keys()].filter((key) => typeof texts[key] !== 'string' || texts[key] === ''),
    unused: Object.keys(texts).filter((key) => !english.has(key)),
    tokens: entries.filter(([key, text]) => tokens(text) !== tokens(english.get(key))).map(([key]) => key),
    english: entries
      .filter(([key, text]) => text === english.get(key) && !mayStayEnglish(text) && !SAME_IN[key]?.includes(lang))
      .map(([key]) => key),
    spaces: NO_SPACES.has(lang)
      ? []
      : entries.filter(([key, text]) => edges(text) !== edges(english.get(key))).map(([key]) => key),
  };
}

/** A language's locale file in src/locales, or undefined. */
export function readLocale(lang) {
  const file = join(LOCALES, `${lang}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (dir === '--report') {
    const english = new Map([...extract().messages].map(([key, { text }]) => [key, text]));
    let bad = 0;
    for (const lang of LANGUAGES) {
      const texts = readLocale(lang);
      if (!texts) {
        console.log(`${lang}: no file`);
        bad++;
        continue;
      }
      const found = checkLocale(lang, texts, english);
      const problems = Object.entries(found).filter(([, keys]) => keys.length > 0);
      bad += problems.length > 0 ? 1 : 0;
      console.log(
        `${lang}: ${problems.length === 0 ? `complete (${english.size} keys)` : problems.map(([what, keys]) => `${keys.length} ${what}`).join(', ')}`
      );
      if (args.includes('--keys')) {
        for (const [what, keys] of problems) for (const key of keys) console.log(`  ${what}: ${key}`);
      }
    }
    process.exit(bad > 0 ? 1 : 0);
  }
  if (!dir) {
    console.error('usage: node scripts/i18n-locales.mjs DIR');
    process.exit(2);
  }
  {
    const keys = new Set(extract().messages.keys());
    for (const lang of LANGUAGES) {
      const file = join(dir, `${lang}.json`);
      const flat = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      const kept = Object.fromEntries(
        Object.entries(flat).filter(([k, v]) => keys.has(k) && typeof v === 'string' && v !== '')
      );
      const dropped = Object.keys(flat).length - Object.keys(kept).length;
      writeFileSync(
        join(LOCALES, `${lang}.json`),
        JSON.stringify(Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1))), null, 2) + '\n'
      );
      console.log(
        `${lang}: ${existsSync(file) ? `${Object.keys(kept).length}/${keys.size} keys` : 'no file'}${dropped ? `, ${dropped} dropped (not used by the code)` : ''}`
      );
    }
  }
}
