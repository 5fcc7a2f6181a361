/**
 * How the model words things for people. Components pass `@grafana/i18n`'s `t`; the default
 * speaks English, so the model stays usable (and testable) without React or i18next.
 */
export type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

/** English: the default message with `{{name}}` placeholders filled in. */
export const english: Translate = (_id, defaultMessage, values) =>
  values
    ? defaultMessage.replace(/{{\s*(\w+)\s*}}/g, (match, name: string) =>
        name in values ? String(values[name]) : match
      )
    : defaultMessage;
