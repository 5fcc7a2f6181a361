import { type AwsPartition, partitionOfRegion } from './regions';
import { type Translate, english } from './translate';

/** One region in the picker. `label` is what a person reads and a screen reader announces. */
export interface RegionOption {
  value: string;
  label: string;
  /** AWS's name for the region, when the names table knows the code. */
  name?: string;
}

/** The regions of one partition, under a heading. */
export interface RegionOptionGroup {
  label: string;
  options: RegionOption[];
}

/** Region names by code, such as `awsRegionNames`. */
export type RegionNames = Readonly<Record<string, string>>;

/**
 * Picker headings by partition. The four ISO partitions share one heading: each holds one or two
 * regions, and people who use them know them by code.
 */
export const regionGroupLabels: Readonly<Record<AwsPartition, string>> = {
  aws: 'Commercial',
  'aws-cn': 'China',
  'aws-us-gov': 'AWS GovCloud (US)',
  'aws-iso': 'ISO',
  'aws-iso-b': 'ISO',
  'aws-iso-e': 'ISO',
  'aws-iso-f': 'ISO',
  'aws-eusc': 'European Sovereign Cloud',
};

/** The option for one region code: "Europe (Ireland) eu-west-1" when the name is known, else the bare code. */
export function regionOption(code: string, names?: RegionNames, tr: Translate = english): RegionOption {
  // Own keys only: a code such as "constructor" must not pick up Object.prototype's members.
  const known = names && Object.prototype.hasOwnProperty.call(names, code) ? names[code] : undefined;
  const name =
    typeof known === 'string' && known !== '' ? tr(`grafana-aws-auth.region.name.${code}`, known) : undefined;
  return typeof name === 'string' && name !== ''
    ? { value: code, label: `${name} ${code}`, name }
    : { value: code, label: code };
}

/**
 * The picker's options. With `keepOrder` (a list the plugin passed), one flat list in the given
 * order. Otherwise one group per partition, in the order of `regionGroupLabels`, each keeping
 * the order of `codes`. Codes the names table does not know (a region newer than this package, or a
 * plugin's own) show as the bare code in the group their prefix belongs to; anything without a known
 * prefix counts as commercial, like AWS's own default partition. When every code is in one partition
 * the list is flat, since a single heading says nothing.
 */
export function regionOptions(
  codes: readonly string[],
  names?: RegionNames,
  tr: Translate = english,
  { keepOrder = false }: { keepOrder?: boolean } = {}
): Array<RegionOption | RegionOptionGroup> {
  if (keepOrder) {
    // The plugin's own list: its order is its choice (nearest regions first, a special value on top).
    const seen = new Set<string>();
    return codes
      .filter((code) => typeof code === 'string' && code !== '' && !seen.has(code) && Boolean(seen.add(code)))
      .map((code) => regionOption(code, names, tr));
  }
  const groups = new Map<string, RegionOption[]>();
  for (const label of Object.values(regionGroupLabels)) {
    groups.set(label, []);
  }
  const seen = new Set<string>();
  for (const code of codes) {
    if (typeof code !== 'string' || code === '' || seen.has(code)) {
      continue;
    }
    seen.add(code);
    groups.get(regionGroupLabels[partitionOfRegion(code)])!.push(regionOption(code, names, tr));
  }
  const filled = [...groups]
    .filter(([, options]) => options.length > 0)
    .map(([label, options]) => ({ label: tr(`grafana-aws-auth.region.group.${label}`, label), options }));
  return filled.length === 1 ? filled[0]!.options : filled;
}

// Case and accents do not matter: "sao paulo" finds "São Paulo".
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Whether a region matches what was typed: every word of the query appears in its name or code, so
 * "ireland", "europe ireland" and "eu-west-1" all find eu-west-1.
 */
export function matchesRegion(option: { value?: unknown; name?: unknown }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const name = typeof option.name === 'string' ? option.name : '';
  const code = typeof option.value === 'string' ? option.value : '';
  const text = fold(`${name} ${code}`);
  return words.every((word) => text.includes(word));
}

/**
 * Whether typed text is a code the list does not have, so the picker should offer to use it as it is.
 * react-select's own check looks only at the top level and so misses codes inside groups.
 */
export function isNewRegion(input: string, options: ReadonlyArray<RegionOption | RegionOptionGroup>): boolean {
  const typed = input.trim().toLowerCase();
  if (typed === '') {
    return false;
  }
  const listed = options.flatMap((entry) => ('options' in entry ? entry.options : [entry]));
  return !listed.some((option) => option.value.toLowerCase() === typed);
}
