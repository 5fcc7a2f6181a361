import { t as grafanaT } from '@grafana/i18n';
import i18next, { type i18n } from 'i18next';

import type { Translate } from '../model/translate';

const cache = new Map<string, string>();
let watched: i18n | undefined;

function cacheable(): i18n | undefined {
  // The i18next instance @grafana/i18n translates with: the shared one (plugins leave `i18next`
  // external, so Grafana's own instance); some bundlers hand the module namespace instead. Read
  // here rather than at load, so a bundle that never translates can drop this module.
  const instance = ((i18next as unknown as { default?: i18n }).default ?? i18next) as i18n | undefined;
  if (!instance?.isInitialized || typeof instance.on !== 'function') {
    return undefined;
  }
  if (watched !== instance) {
    watched = instance;
    const clear = () => cache.clear();
    instance.on('languageChanged', clear);
    instance.on('initialized', clear);
    instance.store?.on?.('added', clear);
    instance.store?.on?.('removed', clear);
  }
  return instance;
}

/**
 * `t` from @grafana/i18n, remembering plain strings per language: i18next's lookup was the largest
 * cost of a mount above the bare fields. The memory is dropped whenever the language changes or
 * resources are added or removed, so a plugin's translations loaded later still show.
 */
export function t(id: string, defaultMessage: string, values?: Record<string, unknown>): string {
  const i18n = values === undefined ? cacheable() : undefined;
  if (!i18n) {
    return grafanaT(id, defaultMessage, values);
  }
  const key = `${i18n.language}\u0000${id}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = grafanaT(id, defaultMessage);
    cache.set(key, text);
  }
  return text;
}

/**
 * The model's wording, through Grafana's translations. React already escapes what it renders, so
 * i18next must not escape values a second time (a `<` in a saved value would show as `&lt;`).
 */
export const translate: Translate = (id, defaultMessage, values) =>
  t(id, defaultMessage, values ? { ...values, interpolation: { escapeValue: false } } : undefined);
