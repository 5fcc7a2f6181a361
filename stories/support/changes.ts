import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { type OptionsPart, ownedKeys } from './options';

type Bag = Record<string, unknown>;

const parts: readonly OptionsPart[] = ['jsonData', 'secureJsonData', 'secureJsonFields'];

const asBag = (value: unknown): Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What is shown in place of a typed secret. The page never shows a secret, not even its length. */
export const REDACTED = '•••••••• (typed, hidden)';

/** The options as Grafana would receive them on Save, with every typed secret replaced. */
export function redacted(options: AwsAuthDataSourceSettings): Bag {
  const secrets = asBag(options.secureJsonData);
  // fromEntries defines own keys, so a saved key named `__proto__` stays an ordinary key.
  const hidden = Object.fromEntries(
    Object.entries(secrets).map(([k, v]) => [k, typeof v === 'string' && v !== '' ? REDACTED : v])
  );
  // The parts this section writes come first, where the panel shows them without scrolling.
  const first = ['jsonData', 'secureJsonData', 'secureJsonFields'];
  const entries = Object.entries(options).map(([k, v]): [string, unknown] => [k, k === 'secureJsonData' ? hidden : v]);
  return Object.fromEntries([
    ...entries.filter(([k]) => first.includes(k)).sort(([a], [b]) => first.indexOf(a) - first.indexOf(b)),
    ...entries.filter(([k]) => !first.includes(k)),
  ]);
}

export interface Change {
  /** `jsonData.authType`, `secureJsonFields.accessKey`, or a top-level key such as `url`. */
  path: string;
  before: unknown;
  after: unknown;
}

/** Every key that differs between two versions of `options`, one level into the AWS parts. */
export function changes(before: AwsAuthDataSourceSettings, after: AwsAuthDataSourceSettings): Change[] {
  const result: Change[] = [];
  const b = before as unknown as Bag;
  const a = after as unknown as Bag;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if ((parts as readonly string[]).includes(key)) {
      const bb = asBag(b[key]);
      const ab = asBag(a[key]);
      for (const sub of new Set([...Object.keys(bb), ...Object.keys(ab)])) {
        if (!same(bb[sub], ab[sub]) || Object.hasOwn(bb, sub) !== Object.hasOwn(ab, sub)) {
          result.push({ path: `${key}.${sub}`, before: bb[sub], after: ab[sub] });
        }
      }
    } else if (!same(b[key], a[key])) {
      result.push({ path: key, before: b[key], after: a[key] });
    }
  }
  return result;
}

/** Changes to keys the AWS section does not own: each one is a bug. */
export function foreignChanges(list: Change[]): Change[] {
  return list.filter(({ path }) => {
    const [part, key] = path.split('.') as [string, string | undefined];
    const owned = (ownedKeys as Record<string, readonly string[]>)[part];
    // The role ARN is read case-insensitively, so `assumeRoleARN` is the same setting.
    return !owned || key === undefined || !owned.some((k) => k.toLowerCase() === key.toLowerCase());
  });
}

/** How a changed value reads in the panel; secrets are never shown. */
export function show(path: string, value: unknown): string {
  if (value === undefined) {
    return 'unset';
  }
  if (path.startsWith('secureJsonData.') && typeof value === 'string' && value !== '') {
    return 'typed (hidden)';
  }
  return JSON.stringify(value) ?? String(value);
}
