import type { AwsAuthView } from './settings';
import { type Translate, english } from './translate';

/**
 * One line for next to the region when two saved regions disagree: which one the backend uses, and
 * that the other is ignored. Undefined when there is nothing to say.
 */
export function regionNote(
  view: Pick<AwsAuthView, 'defaultRegion' | 'regionKey' | 'ignoredRegion'>,
  tr: Translate = english
): string | undefined {
  const { defaultRegion, regionKey, ignoredRegion } = view;
  if (!ignoredRegion || !regionKey) {
    return undefined;
  }
  return tr(
    'grafana-aws-auth.region.ignored',
    'Grafana uses {{region}} from "{{key}}" and ignores "{{ignoredKey}}" ({{ignored}}). Picking a region here sets both.',
    { region: defaultRegion, key: regionKey, ignoredKey: ignoredRegion.key, ignored: ignoredRegion.value }
  );
}
