import { LANGUAGES } from '@grafana/i18n';
import i18n from 'i18next';

/**
 * What Grafana does before it loads a plugin: sets up the shared i18next instance in the person's
 * language, with Grafana's options (English fallback, empty strings fall back), and its own texts in
 * that language (i18next resolves a language only once it has some).
 */
export async function grafanaSetsUpI18n(language: string) {
  await i18n.init({
    lng: language,
    fallbackLng: 'en-US',
    partialBundledLanguages: true,
    resources: { [language]: { grafana: { 'common.save': 'Save (in the language)' } } },
    returnEmptyString: false,
    ns: ['grafana'],
    // Grafana's languages: i18next resolves the language against these.
    supportedLngs: LANGUAGES.map((l) => l.code),
  });
}
