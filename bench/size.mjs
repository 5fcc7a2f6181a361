#!/usr/bin/env node
// `npm run size`: what `import { ConnectionConfig }` adds to a plugin's bundle, ours against
// @grafana/aws-sdk's, built the same way in the same run: esbuild, minified ESM, gzip level 9, with
// the packages Grafana provides to every plugin left external. A byte budget: exits 1 when a figure in
// bench/budget.json is exceeded; ours/peer is printed for information.
//
//   npm run size                      measure, compare with bench/budget.json
//   npm run size -- --lower-budget    after a shrink: write the figures that went down into the budget
//                                     (never raises one; raising is a hand edit, with its reason)
// Ours is measured from the built package (`npm run build`, dist/index.js), as a plugin gets it,
// not from src/: whether an unused export drops out of a single-file dist is part of the figure.
// Also sizes the headless pieces alone, to show that an author pays only for what is imported.
import { build, version as esbuildVersion } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { root } from './build.mjs';
import { machine, writeSizeResults } from './results.mjs';

/** The peer's size, for comparison: reported, no longer a failure. */
const TARGET = 1.0;
const BUDGET_FILE = 'bench/budget.json';
/** What each budget measures: one import statement from the built package. */
const BUDGETED = {
  ConnectionConfig: 'ConnectionConfig',
  LeanConnectionConfig: 'LeanConnectionConfig',
  'ConnectionConfig + awsAuthExtras': 'ConnectionConfig, awsAuthExtras',
};
const EXTERNALS =
  'react, react-dom, react/jsx-runtime, i18next, @grafana/* (except @grafana/aws-sdk and @grafana/i18n), @emotion/*';
// What Grafana provides a plugin at run time. @grafana/i18n is not among them: a plugin's webpack
// bundles it (create-plugin's externals list it nowhere), so its bytes count where it is used.
const provided = /^(react|react-dom|i18next$|@emotion\/|@grafana\/)/;

/** Leaves what Grafana provides at run time out of the bundle; the peer itself is bundled. */
const external = {
  name: 'grafana-provided',
  setup(b) {
    b.onResolve({ filter: provided }, (args) =>
      args.path.startsWith('@grafana/aws-sdk') || args.path.startsWith('@grafana/i18n')
        ? undefined
        : { path: args.path, external: true }
    );
  },
};

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'size-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [external],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs, text: result.outputFiles[0].text };
}

const LONG = 12;
/**
 * Code against words: the bundle without its import statements, gzipped, then again with every
 * string literal of LONG or more characters emptied (labels, descriptions, alerts, translation
 * keys). The difference is what the words cost.
 */
function split(text) {
  const body = text.replace(/import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*"[^"]*";/g, '');
  let chars = 0;
  let strings = 0;
  const code = body.replace(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g, (m, a, b, c) => {
    const s = a ?? b ?? c;
    if (s.length < LONG) return m;
    chars += s.length;
    strings += 1;
    return '""';
  });
  const gz = (t) => gzipSync(Buffer.from(t), { level: 9 }).length;
  return { withoutImports: gz(body), codeOnly: gz(code), chars, strings };
}

const PACKAGE = './dist/index.js';
const ours = `export { ConnectionConfig } from '${PACKAGE}';`;
const peer = "export { ConnectionConfig } from '@grafana/aws-sdk';";
/** Pieces an author may import, alone or together; a missing export is reported, not fatal. */
const pieces = [
  ['applyEdit', 'applyEdit'],
  ['readSettings', 'readSettings'],
  ['useAwsAuthSettings', 'useAwsAuthSettings'],
  ['standardRegions (codes)', 'standardRegions'],
  ['awsRegionNames', 'awsRegionNames'],
  ['validateAwsAuth', 'validateAwsAuth'],
  ['awsAuthExtras (every opt-in feature)', 'awsAuthExtras'],
  ['ConnectionConfig + awsAuthExtras', 'ConnectionConfig, awsAuthExtras'],
  ['SIGV4ConnectionConfig', 'SIGV4ConnectionConfig'],
];

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function main() {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    throw new Error('size: npm run build failed');
  }
  const [a, b, fromSource] = await Promise.all([
    measure(ours),
    measure(peer),
    measure("export { ConnectionConfig } from './src/index.ts';"),
  ]);
  const ratio = a.gzip / b.gzip;
  const rows = [
    { label: '`ConnectionConfig` from this package (built `dist/index.js`)', raw: a.raw, gzip: a.gzip },
    { label: '`ConnectionConfig` from @grafana/aws-sdk 0.12', raw: b.raw, gzip: b.gzip },
  ];
  console.log(`size ours  ConnectionConfig: ${a.raw} B minified, ${a.gzip} B gzipped (${kb(a.gzip)})`);
  console.log(`size peer  ConnectionConfig: ${b.raw} B minified, ${b.gzip} B gzipped (${kb(b.gzip)})`);
  console.log(`ratio size ours/peer: ${ratio.toFixed(2)} (target ${TARGET.toFixed(2)}; information, not a failure)`);
  for (const [who, m] of [
    ['ours', a],
    ['peer', b],
  ]) {
    const x = split(m.text);
    console.log(
      `split ${who}: ${x.withoutImports} B gzipped without import statements; ${x.codeOnly} B with its ${x.strings} strings of ${LONG}+ characters (${x.chars} characters) emptied`
    );
    rows.push({
      label: `\`ConnectionConfig\`, ${who}: import statements removed, strings of ${LONG}+ characters emptied`,
      raw: '',
      gzip: x.codeOnly,
    });
  }

  console.log('pieces, each imported on its own (gzipped):');
  for (const [label, name] of pieces) {
    try {
      const p = await measure(`export { ${name} } from '${PACKAGE}';`);
      rows.push({ label: `\`${label}\``, raw: p.raw, gzip: p.gzip });
      console.log(`  ${label.padEnd(38)} ${String(p.gzip).padStart(6)} B`);
    } catch {
      console.log(`  ${label.padEnd(38)}   n/a (not exported)`);
    }
  }

  // Where our bytes come from: minified bytes each source file adds, bundling src/ the same way.
  console.log('ours by source file (bundled from src/; minified bytes, before gzip):');
  const files = Object.entries(fromSource.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput);
  for (const [file, v] of files) {
    console.log(`  ${String(v.bytesInOutput).padStart(6)}  ${file}`);
  }

  reportLocales();
  reportScaffold();

  if (!process.env.CI) {
    writeSizeResults({ rows, ratio, machine: machine(), esbuild: esbuildVersion, externals: EXTERNALS, files });
  }
  if (!checkBudget(await measureBudgeted(), b.gzip)) process.exit(1);
}

/**
 * The translations: each language is a chunk of its own in dist/locales, which a plugin's bundler
 * keeps apart and loads only for that language. Reported, not budgeted.
 */
function reportLocales() {
  const dir = join(root, 'dist', 'locales');
  const sizes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({
      lang: f.replace(/-[A-Z0-9]+\.js$/, ''),
      gzip: gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
    }))
    .sort((x, y) => x.gzip - y.gzip);
  const de = sizes.find((x) => x.lang === 'de-DE');
  console.log(
    `locales: ${sizes.length} languages, one chunk each (not in any import above); de-DE ${de?.gzip ?? 'n/a'} B gzipped (smallest ${sizes[0]?.lang} ${sizes[0]?.gzip} B, largest ${sizes.at(-1)?.lang} ${sizes.at(-1)?.gzip} B)`
  );
}

/**
 * A real plugin's figure: dist/module.js of a data source fresh from @grafana/create-plugin (its
 * webpack, which bundles @grafana/i18n, unlike the esbuild figures above), as `npm run test:scaffold`
 * last measured it. Reported, not budgeted.
 */
function reportScaffold() {
  const file = join(root, 'bench', 'scaffold-size.json');
  if (!existsSync(file)) {
    console.log('scaffold module.js: not measured yet (npm run test:scaffold -- --with-peer)');
    return;
  }
  const s = JSON.parse(readFileSync(file, 'utf8'));
  console.log(
    `scaffold module.js (create-plugin ${s.createPlugin}, Grafana ${s.grafana}, gzip -9, ${s.measuredAt.slice(0, 10)}): without an AWS section ${s.without} B, with the peer's ConnectionConfig ${s.peer ?? 'n/a'} B, with ours ${s.oursNoLoader ?? 'n/a'} B (no loader), ${s.oursStandaloneLoader ?? 'n/a'} B (\`await loadAwsAuthTranslations()\`), ${s.ours} B (\`initPluginTranslations(id, [loadAwsAuthTranslations])\`, which bundles @grafana/i18n)`
  );
}

async function measureBudgeted() {
  const measured = {};
  for (const [name, imports] of Object.entries(BUDGETED)) {
    measured[name] = (await measure(`export { ${imports} } from '${PACKAGE}';`)).gzip;
  }
  return measured;
}

/**
 * Each figure against its budget (gzipped bytes). A figure over budget fails; one well under it is a
 * reminder to lower the budget, which `--lower-budget` does.
 */
function checkBudget(measured, peerGzip) {
  const path = join(root, BUDGET_FILE);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const lower = process.argv.includes('--lower-budget');
  let ok = true;
  console.log(`budget (${BUDGET_FILE}, gzipped bytes):`);
  for (const [name, bytes] of Object.entries(measured)) {
    const budget = file.budgets[name];
    if (typeof budget !== 'number') {
      console.error(`  ${name.padEnd(34)} ${String(bytes).padStart(6)} B  no budget in ${BUDGET_FILE}: add one`);
      ok = false;
      continue;
    }
    const over = bytes > budget;
    const verdict = over ? `OVER by ${bytes - budget} B` : `ok, ${budget - bytes} B under`;
    console.log(
      `  ${name.padEnd(34)} ${String(bytes).padStart(6)} B  budget ${String(budget).padStart(6)} B  ${verdict}  (${(bytes / peerGzip).toFixed(2)}× the peer's ConnectionConfig)`
    );
    if (over) ok = false;
    // Rounded up to 100 B: Node's zlib compresses a few bytes differently on some CPUs.
    const lowered = Math.ceil(bytes / 100) * 100;
    if (lower && lowered < budget) {
      file.budgets[name] = lowered;
      file.measured[name] = bytes;
    }
  }
  if (lower) {
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`size: ${BUDGET_FILE} lowered where the figures went down; commit it`);
  }
  if (!ok) {
    console.error(
      `size: over budget. Make it smaller, or, if the bytes are worth it, raise the figure in ${BUDGET_FILE} by hand and say why in the commit.`
    );
  }
  return ok;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
