#!/usr/bin/env node
// `npm run api` writes api/grafana-aws-auth.api.md, the public surface of the package as a consumer's
// TypeScript sees it: every name the built declarations (dist/index.d.ts) export, value or type, with
// its declaration, then the declarations those reach without exporting them. `npm run api:check`
// (CI) builds, generates the same text and fails when it differs from the committed report, or when
// an export has no doc comment. Review the report's diff like code: a line there is a promise to
// every plugin that imports the package.
//
// Doc comments are left out of the report (they change often and promise nothing), except that a
// `@deprecated` tag is kept as `/** @deprecated */`, on the export or on the member that carries it.
//
//   node scripts/api-report.mjs            build, then write the report
//   node scripts/api-report.mjs --check    build, then compare with the committed report
//   --no-build                             use dist/ as it is
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = 'api/grafana-aws-auth.api.md';
/** Entry points, as package.json `exports` names them, and their built declarations. */
const ENTRIES = [['grafana-aws-auth', 'dist/index.d.ts']];

const check = process.argv.includes('--check');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error('api: npm run build failed');
    process.exit(1);
  }
}

/** Declaration text without doc comments; `@deprecated` survives as a marker. */
function clean(text) {
  return text
    .replace(/^([ \t]*)\/\*\*[\s\S]*?\*\/[ \t]*\n?/gm, (comment, indent) =>
      /@deprecated\b/.test(comment) ? `${indent}/** @deprecated */\n` : ''
    )
    .replace(/\/\*\*[\s\S]*?\*\/\s*/g, (comment) => (/@deprecated\b/.test(comment) ? '/** @deprecated */ ' : ''))
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/[ \t]+$/gm, '');
}

function hasDoc(node) {
  return ts.getJSDocCommentsAndTags(node).length > 0;
}

// The CommonJS declarations must say the same as the ESM ones the report is made from.
for (const [, file] of ENTRIES) {
  const cts = file.replace(/\.d\.ts$/, '.d.cts');
  if (readFileSync(join(root, file), 'utf8') !== readFileSync(join(root, cts), 'utf8')) {
    console.error(`api: ${cts} differs from ${file}; the report covers ${file} only`);
    process.exit(1);
  }
}

const undocumented = [];
const sections = [];
let values = 0;
let types = 0;

for (const [entry, file] of ENTRIES) {
  const path = join(root, file);
  const program = ts.createProgram([path], { noEmit: true, skipLibCheck: true, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  if (!source) throw new Error(`api: ${file} not found (npm run build)`);
  const moduleSymbol = checker.getSymbolAtLocation(source);

  /** Top-level declaration statements of the file, by local name. */
  const statements = new Map();
  const imports = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      imports.push(statement.getText(source));
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) statements.set(d.name.getText(source), statement);
    } else if (statement.name && !ts.isExportDeclaration(statement)) {
      const name = statement.name.getText(source);
      statements.set(name, [...[statements.get(name) ?? []].flat(), statement]);
    }
  }

  const exported = [];
  const reached = new Set();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const local = target.getName();
    const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
    const isType = (target.flags & ts.SymbolFlags.Type) !== 0;
    const kind = isValue && isType ? 'value and type' : isValue ? 'value' : 'type';
    if (isValue) values += 1;
    else types += 1;
    const nodes = [statements.get(local) ?? []].flat();
    reached.add(local);
    if (nodes.length === 0 || !nodes.some(hasDoc)) undocumented.push(`${entry}: ${symbol.getName()}`);
    const header = `// ${symbol.getName()} (${kind})${local === symbol.getName() ? '' : `, declared as ${local}`}`;
    const text = [...new Set(nodes)].map((n) => clean(n.getText(source))).join('\n');
    exported.push(`${header}\n${text || '// (declared elsewhere)'}`);
  }
  exported.sort((a, b) => a.localeCompare(b, 'en'));

  const internal = [...statements.entries()]
    .filter(([name]) => !reached.has(name))
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([, nodes]) => [...new Set([nodes].flat())].map((n) => clean(n.getText(source))).join('\n'));

  sections.push(
    [
      `## \`${entry}\``,
      '',
      `${exported.length} exports. Imported from peer dependencies:`,
      '',
      '```ts',
      ...imports,
      '```',
      '',
      '### Exported',
      '',
      '```ts',
      exported.join('\n\n'),
      '```',
      '',
      '### Not exported, reachable through the exports',
      '',
      'Their shape is part of the API (a prop or a result has it) though their names are not.',
      '',
      '```ts',
      internal.join('\n\n'),
      '```',
      '',
    ].join('\n')
  );
}

const report = [
  '# API report: grafana-aws-auth',
  '',
  '> Generated by `npm run api` (scripts/api-report.mjs) from the built declarations; do not edit.',
  '> `npm run api:check` fails when the package exports something else.',
  '',
  `${values + types} exports: ${values} values (components, functions, constants), ${types} types.`,
  '',
  ...sections,
].join('\n');

const reportPath = join(root, REPORT);
let failed = false;
if (undocumented.length) {
  console.error(`api: exports without a doc comment at their declaration:\n  ${undocumented.join('\n  ')}`);
  failed = true;
}
if (check) {
  let committed = '';
  try {
    committed = readFileSync(reportPath, 'utf8');
  } catch {
    // compared below as empty
  }
  if (committed !== report) {
    const a = committed.split('\n');
    const b = report.split('\n');
    const removed = a.filter((line) => !b.includes(line));
    const added = b.filter((line) => !a.includes(line));
    console.error(
      `api: the public API differs from ${REPORT}.\n` +
        (removed.length ? `  only in the committed report:\n    ${removed.slice(0, 40).join('\n    ')}\n` : '') +
        (added.length ? `  only in the build:\n    ${added.slice(0, 40).join('\n    ')}\n` : '') +
        `If the change is intended, run \`npm run api\` and commit ${REPORT} with it (and say so in CHANGELOG.md).`
    );
    failed = true;
  } else {
    console.log(`api: ${values + types} exports (${values} values, ${types} types), as in ${REPORT}`);
  }
} else {
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, report);
  console.log(`api: wrote ${REPORT}: ${values + types} exports (${values} values, ${types} types)`);
}
process.exit(failed ? 1 : 0);
