import { NAMESPACE, instance } from '../components/i18n';

type Texts = Record<string, string>;

/**
 * One dynamic import per language: a plugin's bundler makes each file a chunk of its own, fetched
 * only when that language is in use. English is not here: it is the default text in the code.
 */
const locales: Record<string, () => Promise<{ default: Texts }>> = {
  'cs-CZ': () => import('./cs-CZ.json'),
  'de-DE': () => import('./de-DE.json'),
  'es-ES': () => import('./es-ES.json'),
  'fr-FR': () => import('./fr-FR.json'),
  'hu-HU': () => import('./hu-HU.json'),
  'id-ID': () => import('./id-ID.json'),
  'it-IT': () => import('./it-IT.json'),
  'ja-JP': () => import('./ja-JP.json'),
  'ko-KR': () => import('./ko-KR.json'),
  'nl-NL': () => import('./nl-NL.json'),
  'pl-PL': () => import('./pl-PL.json'),
  'pt-BR': () => import('./pt-BR.json'),
  'pt-PT': () => import('./pt-PT.json'),
  'ru-RU': () => import('./ru-RU.json'),
  'sv-SE': () => import('./sv-SE.json'),
  'tr-TR': () => import('./tr-TR.json'),
  'zh-Hans': () => import('./zh-Hans.json'),
  'zh-Hant': () => import('./zh-Hant.json'),
};

/**
 * Loads the package's texts in `language` (Grafana's code, such as `de-DE`; by default the language
 * Grafana runs in) into the i18next instance Grafana shares with plugins, and resolves to them.
 *
 * Add it beside a plugin's own loader, `initPluginTranslations(pluginJson.id, [loadResources,
 * loadAwsAuthTranslations])`, or await it alone in `module.ts`. The texts go into the package's own
 * namespace, where the editor looks them up; the resolved value puts the same keys into the plugin's
 * namespace too, for `@grafana/i18n` lookups there. Unknown languages, English, and a page without
 * Grafana's i18next resolve to `{}`: the editor then speaks English.
 */
export async function loadAwsAuthTranslations(language?: string): Promise<Record<string, string>> {
  const i18n = instance();
  const lng = language ?? i18n?.resolvedLanguage ?? i18n?.language ?? '';
  const load = Object.prototype.hasOwnProperty.call(locales, lng) ? locales[lng] : undefined;
  if (!load) {
    return {};
  }
  const texts = (await load()).default;
  i18n?.addResourceBundle(lng, NAMESPACE, texts, true, true);
  return texts;
}
