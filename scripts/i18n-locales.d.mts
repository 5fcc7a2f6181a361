// Types for scripts/i18n-locales.mjs, which the i18n tests import.
export declare const LANGUAGES: string[];
export declare const SAME_IN: Record<string, string[]>;
export declare function mayStayEnglish(text: string): boolean;
export declare function readLocale(lang: string): Record<string, unknown> | undefined;
export declare function checkLocale(
  lang: string,
  texts: Record<string, unknown>,
  english: Map<string, string>
): { missing: string[]; unused: string[]; tokens: string[]; english: string[]; spaces: string[] };
