import { t } from '@grafana/i18n';

import type { Translate } from '../model/translate';

/**
 * The model's wording, through Grafana's translations. React already escapes what it renders, so
 * i18next must not escape values a second time (a `<` in a saved value would show as `&lt;`).
 */
export const translate: Translate = (id, defaultMessage, values) =>
  t(id, defaultMessage, values ? { ...values, interpolation: { escapeValue: false } } : undefined);
