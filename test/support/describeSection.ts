import { computeAccessibleDescription, computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

/**
 * What a plugin author's test can read from one control of the page: everything Testing Library's
 * queries and jest-dom's matchers look at (role, accessible name and description, value,
 * placeholder, disabled, read-only, checked, type, visible text).
 */
export interface Described {
  /** How the control is told apart: `#id` for one of the peer's ids, otherwise `role "name"`. */
  key: string;
  role: string;
  name: string;
  description: string;
  value?: string;
  placeholder?: string;
  disabled: boolean;
  readOnly: boolean;
  checked?: boolean;
  type?: string;
  /** Text a person sees: a button's, link's or alert's own text, or the option a Select shows. */
  text?: string;
}

/** One attribute that differs between the two editors, or `present` when only one has the control. */
export interface Difference {
  key: string;
  attribute: keyof Described | 'present';
  peer: unknown;
  ours: unknown;
}

// Everything an author's test queries: form controls, buttons, links, alerts and notes.
const CONTROLS = 'input, button, select, textarea, a[href], [role]';
const ROLES = new Set(['textbox', 'combobox', 'button', 'switch', 'checkbox', 'link', 'alert', 'status', 'radio']);

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a @grafana/ui Select shows as its value (react-select keeps it beside its input). */
function shownBySelect(input: Element): string {
  const container = input.closest('[class*="grafana-select-value-container"]');
  return squash(container?.textContent);
}

function describeOne(el: HTMLElement, ids: readonly string[]): Described | undefined {
  if (el instanceof HTMLInputElement && el.type === 'hidden') {
    return undefined;
  }
  if (isInaccessible(el)) {
    return undefined;
  }
  const explicit = el.getAttribute('role');
  // A password input has no ARIA role; it is still the field a test finds by its label.
  const role = explicit ?? getRole(el) ?? (el instanceof HTMLInputElement ? `input[type=${el.type}]` : '');
  if (!ROLES.has(role) && !role.startsWith('input[')) {
    return undefined;
  }
  const name = squash(computeAccessibleName(el));
  const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
  const described: Described = {
    key: ids.includes(el.id) ? `#${el.id}` : `${role} "${name}"`,
    role,
    name,
    description: squash(computeAccessibleDescription(el)),
    disabled: (el as HTMLInputElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
    readOnly: input?.readOnly === true,
  };
  if (input) {
    described.value = input.value;
    described.placeholder = input.placeholder;
    described.type = input.getAttribute('type') ?? undefined;
  }
  if (role === 'switch' || role === 'checkbox' || role === 'radio') {
    described.checked = (el as HTMLInputElement).checked;
  }
  if (role === 'combobox') {
    described.text = shownBySelect(el);
  } else if (!input) {
    described.text = squash(el.textContent);
  }
  return described;
}

/**
 * Every queryable control inside `root`, in page order. Controls with the same key get `#2`, `#3`
 * appended, so two Reset buttons stay two.
 */
export function describeSection(root: HTMLElement, ids: readonly string[]): Described[] {
  const seen = new Map<string, number>();
  const all = [root, ...root.querySelectorAll<HTMLElement>(CONTROLS)];
  return all.flatMap((el) => {
    const d = describeOne(el, ids);
    if (!d) {
      return [];
    }
    const n = (seen.get(d.key) ?? 0) + 1;
    seen.set(d.key, n);
    return [n === 1 ? d : { ...d, key: `${d.key} #${n}` }];
  });
}

const ATTRIBUTES: Array<keyof Described> = [
  'role',
  'name',
  'description',
  'value',
  'placeholder',
  'disabled',
  'readOnly',
  'checked',
  'type',
  'text',
];

/**
 * Pairs the two editors' controls: by key, then a control without a peer id by role and label (the
 * peer's accessible name is its label followed by its description, ours the label alone).
 */
function pair(peer: Described[], ours: Described[]): Array<[string, Described | undefined, Described | undefined]> {
  const mine = new Map(ours.map((d) => [d.key, d]));
  const pairs: Array<[string, Described | undefined, Described | undefined]> = [];
  const unmatched: Described[] = [];
  for (const p of peer) {
    const o = mine.get(p.key);
    if (o) {
      mine.delete(p.key);
      pairs.push([p.key, p, o]);
    } else {
      unmatched.push(p);
    }
  }
  for (const p of unmatched) {
    const o = [...mine.values()].find((d) => d.role === p.role && d.name !== '' && p.name.startsWith(`${d.name} `));
    if (o) {
      mine.delete(o.key);
    }
    pairs.push([o?.key ?? p.key, p, o]);
  }
  return [...pairs, ...[...mine.values()].map((o): [string, undefined, Described] => [o.key, undefined, o])];
}

/** Where the two descriptions differ, control by control and attribute by attribute. */
export function differences(peer: Described[], ours: Described[]): Difference[] {
  const found: Difference[] = [];
  for (const [key, p, o] of pair(peer, ours)) {
    if (!p || !o) {
      found.push({ key, attribute: 'present', peer: p !== undefined, ours: o !== undefined });
      continue;
    }
    for (const attribute of ATTRIBUTES) {
      if (p[attribute] !== o[attribute]) {
        found.push({ key, attribute, peer: p[attribute], ours: o[attribute] });
      }
    }
  }
  return found;
}
