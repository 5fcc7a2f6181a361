#!/usr/bin/env node
// Packs the package and checks the tarball a consumer would install: publint (package.json fields
// and files) and Are the Types Wrong (types resolve for ESM and CommonJS under every resolution mode).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildAndPack, root } from './pack.mjs';

const { tarball, files } = buildAndPack(join(root, 'node_modules', '.cache', 'pack'));
console.log(`packed ${tarball}\n  ${files.join('\n  ')}`);

// Anything outside dist/ and the documents is a mistake in `files`.
// dist/locales: one ESM chunk per language (loadAwsAuthTranslations).
const allowed =
  /^(dist\/index\.(c?js|d\.c?ts)|dist\/locales\/[A-Za-z-]+-[A-Z0-9]+\.js|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
const unexpected = files.filter((f) => !allowed.test(f));
const missing = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
].filter((f) => !files.includes(f));

// Every package the build imports must be a peer: the host's copy is used, and npm warns when it is missing.
const { peerDependencies = {}, dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const imported = new Set();
for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const code = readFileSync(join(root, file), 'utf8');
  // Package names only (so that text such as `from "{{key}}"` in a message is not taken for an import).
  for (const [, spec] of code.matchAll(
    /(?:from\s*|require\(\s*|import\(\s*)['"](@?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)['"]/g
  )) {
    imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
}
const undeclared = [...imported].filter((name) => !(name in peerDependencies) && !(name in dependencies));
if (undeclared.length) console.error(`dist/ imports packages package.json does not declare: ${undeclared.join(', ')}`);
console.log(`\ndist/ imports: ${[...imported].sort().join(', ')}`);

let ok = unexpected.length === 0 && missing.length === 0 && undeclared.length === 0;
if (unexpected.length) console.error(`unexpected files in the tarball: ${unexpected.join(', ')}`);
if (missing.length) console.error(`missing from the tarball: ${missing.join(', ')}`);

const checks = [
  // --strict turns warnings into failures; suggestions are printed too.
  ['publint', ['run', tarball, '--strict']],
  // Default profile "strict": node10, node16 (CJS and ESM) and bundler resolution must all work.
  ['attw', [tarball, '--format', 'table-flipped', ...(process.stdout.isTTY ? [] : ['--no-color'])]],
];
for (const [bin, args] of checks) {
  console.log(`\n$ ${bin} ${args.join(' ')}`);
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) ok = false;
}
process.exit(ok ? 0 : 1);
