#!/usr/bin/env node
/**
 * Every translation key the package uses, with its English default text as the code has it.
 *
 * Static, over the TypeScript sources in src/ (locale files excluded):
 * - calls whose first argument is a literal key (`t('grafana-aws-auth.x', 'Text')`, `tr(…)`, …);
 * - `<Trans i18nKey="…">children</Trans>`, its children written the way react-i18next writes them
 *   (`<0>…</0>` for elements, `<strong>…</strong>` for bare basic tags, `{{name}}` kept);
 * - computed keys (`grafana-aws-auth.validation.${code}`): the call's key and default are evaluated
 *   for every call of the function around it (`add('error', 'arn-shape', '…')`), following
 *   conditionals path by path so that a key is paired with its own text, or over the tables named
 *   in TABLES below (region names, providers, proxy types).
 * A computed key the script cannot resolve is a problem, reported and failing `--check`: a new kind
 * of site needs a line here, never a silent gap. test/i18n/keys.test.tsx checks the other way round:
 * every key that passes through the translate functions at run time is one this script found, with
 * the same text.
 *
 *   node scripts/i18n-extract.mjs                 # summary and problems
 *   node scripts/i18n-extract.mjs --out DIR       # DIR/en.json (flat key → text) and DIR/en.meta.json
 *   node scripts/i18n-extract.mjs --check         # exit 1 on any problem
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PREFIX = 'grafana-aws-auth.';

/** Names a translate function goes by in the sources. */
const TRANSLATE = new Set(['t', 'tr', 'translate', 'grafanaT', 'ctx.tr']);

/**
 * Anonymous functions that build a key, by the name their callers know them by: validate.ts hands
 * an arrow to every check, which calls it as `add(…)`.
 */
const CALLBACK_NAMES = { 'src/model/validate.ts': 'add' };

/**
 * Keys built from a table's entries: in `file`, the identifier `param` stands for each entry of the
 * exported `table` of `from` (for a record, `param` is the key and `valueParam` the value).
 */
const TABLES = [
  {
    file: 'src/components/ProviderField.tsx',
    param: 'provider',
    from: 'src/model/providers.ts',
    table: 'awsAuthProviders',
  },
  { file: 'src/components/HttpProxySettings.tsx', param: 'o', from: 'src/model/proxy.ts', table: 'proxyTypeOptions' },
  {
    file: 'src/model/regionOptions.ts',
    param: 'code',
    valueParam: 'known',
    from: 'src/model/regionNames.ts',
    table: 'awsRegionNames',
  },
  {
    file: 'src/model/regionOptions.ts',
    param: 'label',
    values: true,
    from: 'src/model/regionOptions.ts',
    table: 'regionGroupLabels',
  },
];

/** Where `t`, `translate` and `Trans` themselves are written: their calls pass keys through. */
const TRANSLATION_LAYER = 'src/components/i18n.tsx';

const UNKNOWN = Symbol('unknown');

function sourceFiles(dir = join(ROOT, 'src')) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'locales') {
        out.push(...sourceFiles(path));
      }
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out.sort();
}

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    parsed.set(
      file,
      ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
      )
    );
  }
  return parsed.get(file);
}

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const lineOf = (node) => node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
const where = (node) => `${node.getSourceFile().fileName}:${lineOf(node)}`;

// ---------------------------------------------------------------------------------------------
// A small evaluator: an expression's possible values, each with the assumptions (condition text →
// true/false) it was reached under, so that values from the same branch stay together.

function merge(a, b) {
  const out = new Map(a);
  for (const [k, v] of b) {
    if (out.has(k) && out.get(k) !== v) {
      return undefined;
    }
    out.set(k, v);
  }
  return out;
}

function product(lists) {
  let acc = [{ vs: [], a: new Map() }];
  for (const list of lists) {
    const next = [];
    for (const x of acc) {
      for (const y of list) {
        const a = merge(x.a, y.a);
        if (a) {
          next.push({ vs: [...x.vs, y.v], a });
        }
      }
    }
    acc = next;
  }
  return acc;
}

/** The declaration `name` refers to from `node`: a parameter binding in env, or a const in scope. */
function findConst(name, from) {
  for (let scope = from; scope; scope = scope.parent) {
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) ? scope.statements : undefined;
    for (const s of statements ?? []) {
      if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) {
            return d.initializer;
          }
        }
      }
    }
  }
  return undefined;
}

function ev(node, env) {
  if (!node) {
    return [{ v: undefined, a: new Map() }];
  }
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression?.(node)
  ) {
    return ev(node.expression, env);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [{ v: node.text, a: new Map() }];
  }
  if (ts.isNumericLiteral(node)) {
    return [{ v: Number(node.text), a: new Map() }];
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
    return [{ v: node.kind === ts.SyntaxKind.TrueKeyword, a: new Map() }];
  }
  if (ts.isTemplateExpression(node)) {
    const parts = [[{ v: node.head.text, a: new Map() }]];
    for (const span of node.templateSpans) {
      parts.push(ev(span.expression, env), [{ v: span.literal.text, a: new Map() }]);
    }
    return product(parts).map(({ vs, a }) => ({ v: vs.some((x) => x === UNKNOWN) ? UNKNOWN : vs.join(''), a }));
  }
  if (ts.isIdentifier(node)) {
    if (env.has(node.text)) {
      return env.get(node.text);
    }
    const init = findConst(node.text, node);
    return init ? ev(init, env) : [{ v: UNKNOWN, a: new Map() }];
  }
  if (ts.isPropertyAccessExpression(node)) {
    return ev(node.expression, env).map(({ v, a }) => ({
      v: v && typeof v === 'object' && node.name.text in v ? v[node.name.text] : UNKNOWN,
      a,
    }));
  }
  if (ts.isObjectLiteralExpression(node)) {
    const props = node.properties.filter((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p));
    const names = props.map((p) => (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : '?'));
    const values = props.map((p) => (ts.isPropertyAssignment(p) ? ev(p.initializer, env) : ev(p.name, env)));
    return product(values).map(({ vs, a }) => ({ v: Object.fromEntries(names.map((n, i) => [n, vs[i]])), a }));
  }
  if (ts.isConditionalExpression(node)) {
    return [
      ...cond(node.condition, env, true).flatMap((a) => within(a, ev(node.whenTrue, env))),
      ...cond(node.condition, env, false).flatMap((a) => within(a, ev(node.whenFalse, env))),
    ];
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      return product([ev(node.left, env), ev(node.right, env)]).map(({ vs, a }) => ({
        v: vs.includes(UNKNOWN) ? UNKNOWN : vs[0] + vs[1],
        a,
      }));
    }
    if ([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(op)) {
      const pairs = product([ev(node.left, env), ev(node.right, env)]);
      if (pairs.every(({ vs }) => !vs.includes(UNKNOWN))) {
        const same = op === ts.SyntaxKind.EqualsEqualsEqualsToken;
        return pairs.map(({ vs, a }) => ({ v: (vs[0] === vs[1]) === same, a }));
      }
    }
  }
  return [{ v: UNKNOWN, a: new Map() }];
}

function within(a, results) {
  return results.flatMap((r) => {
    const m = merge(a, r.a);
    return m ? [{ v: r.v, a: m }] : [];
  });
}

/** Assumption sets under which `node` is `want`. */
function cond(node, env, want) {
  const known = ev(node, env);
  if (known.every(({ v }) => typeof v === 'boolean')) {
    return known.filter(({ v }) => v === want).map(({ a }) => a);
  }
  if (known.every(({ v }) => typeof v === 'string')) {
    return known.filter(({ v }) => (v !== '') === want).map(({ a }) => a);
  }
  return [new Map([[node.getText(), want]])];
}

// ---------------------------------------------------------------------------------------------

/** The function around `node`, with the name its callers use. */
function enclosingFunction(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      let name = n.name?.text;
      if (!name && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) {
        name = n.parent.name.text;
      }
      return { fn: n, name };
    }
  }
  return undefined;
}

function tableEntries(spec) {
  const init = findConst(spec.table, parse(spec.from));
  const [{ v }] = ev(init, new Map());
  if (Array.isArray(v)) {
    return v;
  }
  if (ts.isArrayLiteralExpression(init)) {
    return init.elements.map((e) => ev(e, new Map())[0].v);
  }
  if (v && typeof v === 'object') {
    return Object.entries(v).map(([k, val]) => (spec.values ? val : spec.valueParam ? [k, val] : k));
  }
  return [];
}

/** (key, default) pairs of a translate call whose key is not a literal. */
function computed(call, file, problems) {
  const [keyArg, textArg] = call.arguments;
  const found = [];
  const add = (env) => {
    for (const { vs } of product([ev(keyArg, env), ev(textArg, env)])) {
      found.push(vs);
    }
  };
  const tables = TABLES.filter((s) => s.file === file && keyArg.getText().includes('${' + s.param));
  if (tables.length > 0) {
    for (const spec of tables) {
      for (const entry of tableEntries(spec)) {
        const env = new Map();
        if (spec.valueParam) {
          env.set(spec.param, [{ v: entry[0], a: new Map() }]);
          env.set(spec.valueParam, [{ v: entry[1], a: new Map() }]);
        } else {
          env.set(spec.param, [{ v: entry, a: new Map() }]);
        }
        add(env);
      }
    }
  } else {
    const outer = enclosingFunction(call);
    const name = outer?.name ?? CALLBACK_NAMES[file];
    const params = outer?.fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : '?')) ?? [];
    let calls = 0;
    if (name) {
      walk(parse(file), (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) {
          calls++;
          const env = new Map();
          params.forEach((p, i) =>
            env.set(p, n.arguments[i] ? ev(n.arguments[i], new Map()) : [{ v: undefined, a: new Map() }])
          );
          // Bind each argument's own assumptions jointly: evaluate key and text per combination.
          const combos = product(params.map((p) => env.get(p)));
          for (const { vs, a } of combos) {
            const bound = new Map(params.map((p, i) => [p, [{ v: vs[i], a }]]));
            for (const r of product([ev(keyArg, bound), ev(textArg, bound)])) {
              if (merge(a, r.a)) {
                found.push(r.vs);
              }
            }
          }
        }
      });
    }
    if (calls === 0) {
      problems.push(
        `${where(call)}: computed key ${keyArg.getText()} has no callers this script can follow (add it to TABLES or CALLBACK_NAMES)`
      );
      return [];
    }
  }
  const pairs = [];
  for (const [key, text] of found) {
    if (typeof key !== 'string' || typeof text !== 'string') {
      problems.push(`${where(call)}: could not resolve ${keyArg.getText()} (got ${String(key)} → ${String(text)})`);
    } else {
      pairs.push([key, text]);
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// <Trans> children as react-i18next's nodesToString writes them.

const KEEP_BASIC = new Set(['br', 'strong', 'i', 'p']);

const ENTITIES = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
      : (ENTITIES[e] ?? m)
  );

function jsxText(raw) {
  // JSX whitespace: lines are trimmed, blank lines dropped, the rest joined by one space.
  const text = decode(raw);
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length === 1) {
    return text;
  }
  return lines
    .map((line, i) => {
      let l = line.replace(/\t/g, ' ');
      if (i > 0) l = l.trimStart();
      if (i < lines.length - 1) l = l.trimEnd();
      return l;
    })
    .filter((l) => l !== '')
    .join(' ');
}

function childrenOf(node) {
  const out = [];
  for (const c of node.children) {
    if (ts.isJsxText(c)) {
      const text = jsxText(c.text);
      if (text !== '') out.push(text);
    } else if (ts.isJsxExpression(c)) {
      if (c.expression) out.push(c.expression);
    } else {
      out.push(c);
    }
  }
  return out;
}

function transString(node, problems) {
  return childrenOf(node)
    .map((child, index) => {
      if (typeof child === 'string') return child;
      if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) return child.text;
      if (ts.isObjectLiteralExpression(child)) {
        return child.properties.map((p) => `{{${p.name.getText()}}}`).join('');
      }
      if (ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child)) {
        const opening = ts.isJsxElement(child) ? child.openingElement : child;
        const tag = opening.tagName.getText();
        const inner = ts.isJsxElement(child) ? transString(child, problems) : '';
        const kids = ts.isJsxElement(child) ? childrenOf(child) : [];
        const bare = opening.attributes.properties.length === 0 && KEEP_BASIC.has(tag);
        if (bare && kids.length === 0) return `<${tag}/>`;
        if (bare && kids.every((k) => typeof k === 'string')) return `<${tag}>${inner}</${tag}>`;
        return `<${index}>${inner}</${index}>`;
      }
      problems.push(`${where(child)}: <Trans> child ${child.getText()} is neither text nor an element`);
      return '';
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------

/** Where a call sits, for translators: the JSX attribute or property it fills. */
function slot(node) {
  for (let n = node.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText();
    if (ts.isPropertyAssignment(n)) return n.name.getText();
    if (ts.isJsxElement(n)) return `text in <${n.openingElement.tagName.getText()}>`;
    if (ts.isStatement(n)) return undefined;
  }
  return undefined;
}

export function extract() {
  const messages = new Map();
  const problems = [];
  const record = (key, text, node, how) => {
    const site = { at: where(node), slot: slot(node), how };
    const had = messages.get(key);
    if (had) {
      if (had.text !== text)
        problems.push(`${site.at}: ${key} has two texts: ${JSON.stringify(had.text)} and ${JSON.stringify(text)}`);
      if (!had.sites.some((s) => s.at === site.at)) had.sites.push(site);
    } else {
      messages.set(key, { text, sites: [site] });
    }
  };
  for (const path of sourceFiles()) {
    const file = relative(ROOT, path).split('\\').join('/');
    if (file === TRANSLATION_LAYER) {
      continue;
    }
    walk(parse(file), (node) => {
      if (ts.isCallExpression(node) && TRANSLATE.has(node.expression.getText()) && node.arguments.length >= 1) {
        const [keyArg, textArg] = node.arguments;
        if (ts.isStringLiteral(keyArg) || ts.isNoSubstitutionTemplateLiteral(keyArg)) {
          const texts = ev(textArg, new Map());
          for (const { v } of texts) {
            if (typeof v !== 'string') problems.push(`${where(node)}: default text of ${keyArg.text} is not a literal`);
            else record(keyArg.text, v, node, 'literal');
          }
        } else if (ts.isTemplateExpression(keyArg)) {
          for (const [key, text] of computed(node, file, problems)) record(key, text, node, 'computed');
        } else if (!ts.isIdentifier(keyArg) || !['id', 'key'].includes(keyArg.text)) {
          problems.push(`${where(node)}: translate call with key ${keyArg.getText()}`);
        }
      }
      if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
        const opening = ts.isJsxElement(node) ? node.openingElement : node;
        if (opening.tagName.getText() === 'Trans') {
          const attr = opening.attributes.properties.find(
            (p) => ts.isJsxAttribute(p) && p.name.getText() === 'i18nKey'
          );
          const key = attr?.initializer && ts.isStringLiteral(attr.initializer) ? attr.initializer.text : undefined;
          if (!key) problems.push(`${where(node)}: <Trans> without a literal i18nKey`);
          else record(key, ts.isJsxElement(node) ? transString(node, problems) : '', node, 'trans');
        }
      }
    });
  }
  for (const key of messages.keys()) {
    if (!key.startsWith(PREFIX)) problems.push(`${key}: not under ${PREFIX}`);
  }
  return { messages: new Map([...messages].sort(([a], [b]) => (a < b ? -1 : 1))), problems };
}

const AREAS = [
  [
    /^grafana-aws-auth\.region\.name\./,
    'AWS region name, as the AWS console writes it in this language; shown before the region code in the region picker',
  ],
  [/^grafana-aws-auth\.region\.group\./, 'heading of a group of AWS regions (a partition) in the region picker'],
  [/^grafana-aws-auth\.validation\./, 'validation message shown under a field as the person types'],
  [
    /^grafana-aws-auth\.diagnosis\.[^.]+(\.[^.]+)?\.summary$/,
    'diagnosis of a failed "Save & test": the likely cause, one sentence',
  ],
  [
    /^grafana-aws-auth\.diagnosis\.[^.]+(\.[^.]+)?\.fix$/,
    'diagnosis of a failed "Save & test": what to do, an instruction',
  ],
  [/^grafana-aws-auth\.diagnosis\./, 'diagnosis panel shown after a failed "Save & test"'],
  [/^grafana-aws-auth\.summary\.hint\./, 'hint under the credential summary ("What Grafana will do")'],
  [
    /^grafana-aws-auth\.summary\./,
    'part of the credential summary ("What Grafana will do"), a sentence describing how Grafana authenticates',
  ],
  [/^grafana-aws-auth\.key-file\./, 'message when importing the access key .csv file the AWS console downloads'],
  [
    /^grafana-aws-auth\.provider\.[^.]+\.label$/,
    'name of an authentication provider, an option of the Authentication Provider select',
  ],
  [
    /^grafana-aws-auth\.provider\.[^.]+\.description$/,
    'description of an authentication provider (tooltip of its option)',
  ],
  [/^grafana-aws-auth\.proxy\.type\./, 'HTTP proxy type option'],
  [/^grafana-aws-auth\.provisioning\./, 'provisioning snippet (YAML/Terraform) panel'],
  [/^grafana-aws-auth\.gar\./, 'Grafana Assume Role provider (Grafana Cloud): its fields and setup steps'],
];
const SLOTS = {
  label: 'field label',
  description: 'field description under the label',
  placeholder: 'placeholder inside an empty input',
  title: 'title (alert heading, section heading or tooltip)',
  'aria-label': 'accessible name read by screen readers (not shown)',
  tooltip: 'tooltip',
};

export function meta(messages) {
  const out = {};
  for (const [key, { text, sites }] of messages) {
    const area = AREAS.find(([re]) => re.test(key))?.[1];
    const slots = [...new Set(sites.map((s) => s.slot).filter(Boolean))].map((s) => SLOTS[s] ?? s);
    const notes = [];
    if (area) notes.push(area);
    if (slots.length) notes.push(`used as: ${slots.join('; ')}`);
    const placeholders = [...new Set(text.match(/{{\s*\w+\s*}}/g) ?? [])];
    if (placeholders.length) notes.push(`keep ${placeholders.join(', ')} as is (filled in at run time)`);
    if (/<\/?\w+>/.test(text))
      notes.push('keep the <0>…</0> / <strong>…</strong> tags around the words they mark (order may change)');
    if (/\s$/.test(text)) notes.push('ends with a space: keep it (text follows)');
    notes.push(`source: ${sites.map((s) => s.at).join(', ')}`);
    out[key] = notes.join('. ');
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const { messages, problems } = extract();
  const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    const en = Object.fromEntries([...messages].map(([k, { text }]) => [k, text]));
    writeFileSync(join(outDir, 'en.json'), JSON.stringify(en, null, 2) + '\n');
    writeFileSync(join(outDir, 'en.meta.json'), JSON.stringify(meta(messages), null, 2) + '\n');
  }
  const by = {};
  for (const { sites } of messages.values()) for (const s of sites) by[s.how] = (by[s.how] ?? 0) + 1;
  console.log(
    `${messages.size} keys (${Object.entries(by)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')})`
  );
  for (const p of problems) console.error(`problem: ${p}`);
  if (args.includes('--check') && problems.length > 0) process.exit(1);
}
