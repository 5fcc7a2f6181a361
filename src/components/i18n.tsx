import i18next, { type i18n } from 'i18next';
import { Fragment, type ReactElement, type ReactNode, cloneElement, createElement, isValidElement } from 'react';

import { type Translate, english } from '../model/translate';

/**
 * The i18next namespace the package's texts live in, on the i18next instance Grafana shares with
 * every plugin (`i18next` is external in a plugin's bundle). A namespace of its own: the package
 * needs no `@grafana/i18n` at run time (which a plugin's webpack bundles, about 6.4 KB gzipped), and
 * its keys never meet the plugin's.
 */
export const NAMESPACE = 'grafana-aws-auth';

const cache = new Map<string, string>();
let watched: i18n | undefined;

/** Grafana's i18next instance once it is set up; undefined outside Grafana (English then). */
export function instance(): i18n | undefined {
  // Some bundlers hand the module namespace instead of the default export. Read here rather than at
  // load, so a bundle that never translates can drop this module.
  const found = ((i18next as unknown as { default?: i18n }).default ?? i18next) as i18n | undefined;
  if (!found?.isInitialized) {
    return undefined;
  }
  if (watched !== found) {
    watched = found;
    const clear = () => cache.clear();
    found.on('languageChanged', clear);
    // i18next's emitters take space-separated event names.
    found.store.on('added removed' as 'added', clear);
  }
  return found;
}

/**
 * A text in the person's language: the translation loaded for `id` (see `loadAwsAuthTranslations`),
 * else the English default, with `{{name}}` placeholders filled in. Values are not HTML-escaped:
 * React escapes what it renders (a `<` in a saved value would otherwise show as `&lt;`). Plain
 * strings are remembered per language: i18next's lookup was the largest cost of a mount above the
 * bare fields. The memory is dropped whenever the language changes or resources are added or removed.
 */
export function t(id: string, defaultMessage: string, values?: Record<string, unknown>): string {
  const i18n = instance();
  if (!i18n) {
    return english(id, defaultMessage, values as Record<string, string>);
  }
  const key = values ? '' : `${i18n.language}\u0000${id}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = i18n.t(id, defaultMessage, { ...values, ns: NAMESPACE, interpolation: { escapeValue: false } }) as string;
    if (key) {
      cache.set(key, text);
    }
  }
  return text;
}

/** `t` as the model's `Translate`. */
export const translate: Translate = t;

/**
 * A translated sentence with marked-up words, as React nodes: each `<1>…</1>` (any number: the
 * English numbers them as react-i18next does, and a translation may move them) becomes a `<code>`
 * around its words. Whole sentences for translators, without `@grafana/i18n`.
 */
export function rich(text: string): ReactNode[] {
  // [text, words, text, words, …, text]
  return text.split(/<\w+>(.*?)<\/\w+>/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/**
 * A sentence with markup, translated whole, as `@grafana/i18n`'s `Trans` does it but in the package's
 * namespace: `<Trans i18nKey="…">text <code>{'{{name}}'}</code> more</Trans>`. The English default is
 * the children written the way react-i18next writes them (`text <1>{{name}}</1> more`; a bare
 * `<strong>` stays `<strong>`), so the keys and texts are the same. A translation may move the tags:
 * each `<1>…</1>` becomes the element at that index, with the translated words inside. Elements hold
 * plain text only (test/i18n/keys.test.tsx checks the texts against the extraction script's).
 */
export function Trans(props: {
  i18nKey: string;
  values?: Record<string, unknown>;
  children?: ReactNode;
}): ReactElement {
  const nodes = ([] as ReactNode[]).concat(props.children);
  const english = nodes
    .map((node, index) => {
      if (!isValidElement<{ children?: ReactNode }>(node)) {
        return node;
      }
      const tag = node.type === 'strong' && Object.keys(node.props).length === 1 ? 'strong' : index;
      return `<${tag}>${node.props.children}</${tag}>`;
    })
    .join('');
  // [text, tag, words, text, tag, words, …, text]
  const parts: ReactNode[] = translate(props.i18nKey, english, props.values as Record<string, string>).split(
    /<(\w+)>(.*?)<\/\1>/
  );
  for (let i = 1; i < parts.length; i += 3) {
    const node = nodes[parts[i] as never];
    parts[i] = isValidElement(node)
      ? cloneElement(node, undefined, parts[i + 1])
      : createElement(parts[i] as string, undefined, parts[i + 1]);
    parts[i + 1] = undefined;
  }
  return createElement(Fragment, undefined, ...parts);
}
