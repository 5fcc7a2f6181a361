import { t as grafanaT } from '@grafana/i18n';
import type { Decorator } from '@storybook/react-vite';
import i18n from 'i18next';
import { Fragment, type ReactNode, useEffect, useState } from 'react';

import { loadAwsAuthTranslations } from '../src/locales/load';

/** English and Grafana's 18 other languages, as the toolbar lists them (names as Grafana shows them). */
export const languages: Array<{ value: string; title: string }> = [
  { value: 'en-US', title: 'English' },
  { value: 'cs-CZ', title: 'Čeština' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'es-ES', title: 'Español' },
  { value: 'fr-FR', title: 'Français' },
  { value: 'hu-HU', title: 'Magyar' },
  { value: 'id-ID', title: 'Bahasa Indonesia' },
  { value: 'it-IT', title: 'Italiano' },
  { value: 'ja-JP', title: '日本語' },
  { value: 'ko-KR', title: '한국어' },
  { value: 'nl-NL', title: 'Nederlands' },
  { value: 'pl-PL', title: 'Polski' },
  { value: 'pt-BR', title: 'Português Brasileiro' },
  { value: 'pt-PT', title: 'Português' },
  { value: 'ru-RU', title: 'Русский' },
  { value: 'sv-SE', title: 'Svenska' },
  { value: 'tr-TR', title: 'Türkçe' },
  { value: 'zh-Hans', title: '中文（简体）' },
  { value: 'zh-Hant', title: '中文（繁體）' },
];

/**
 * Switches the shared i18next instance to `language` and loads the package's texts in it, as a
 * plugin's `initPluginTranslations(…, [loadAwsAuthTranslations])` does in Grafana.
 */
export async function switchLanguage(language: string) {
  grafanaT('grafana-aws-auth.section.title', 'Connection Details'); // sets up i18next on first use
  if (i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
  await loadAwsAuthTranslations(language);
}

const current = (globals: Record<string, unknown>) => (typeof globals.locale === 'string' ? globals.locale : 'en-US');

/** Runs before each story renders: the toolbar's language (the Pseudo-locale story sets its own after). */
export const languageLoader = async ({ globals }: { globals: Record<string, unknown> }) => {
  await switchLanguage(current(globals));
  return {};
};

/** A language picked in the toolbar while a story shows: render again once its texts are in. */
function LanguageGate({ language, children }: { language: string; children: ReactNode }) {
  const [shown, setShown] = useState(language);
  useEffect(() => {
    // On first render the loader has set the language (or a story its own, like the pseudo-locale).
    if (language === shown) {
      return;
    }
    let live = true;
    void switchLanguage(language).then(() => live && setShown(language));
    return () => {
      live = false;
    };
  }, [language, shown]);
  return <Fragment key={shown}>{children}</Fragment>;
}

export const withLanguage: Decorator = (Story, context) => (
  <LanguageGate language={current(context.globals)}>
    <Story />
  </LanguageGate>
);
