#!/usr/bin/env node
// Builds and packs the package, installs the tarball into examples/datasource-config-editor (a
// plugin's ConfigEditor, as a consumer would write it), typechecks the example strictly and runs
// its tests. Extra arguments go to Vitest (scripts/test.mjs passes its JSON reporter options).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { buildAndPack, root } from './pack.mjs';

const example = join(root, 'examples', 'datasource-config-editor');

function run(cmd, args) {
  return spawnSync(cmd, args, { cwd: example, stdio: 'inherit' }).status ?? 1;
}

console.log('example: building and packing grafana-aws-auth');
const { tarball } = buildAndPack(join(example, '.pack'));
// The example's package.json names this fixed path, as a plugin would name a version.
renameSync(tarball, join(example, '.pack', 'grafana-aws-auth.tgz'));

// Naming the tarball explicitly makes npm read the new file (with the lock's integrity alone it may
// reuse an older build from its cache); --no-save leaves package.json and the lock untouched.
const npmArgs = ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', './.pack/grafana-aws-auth.tgz'];
const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
if ((hasFlock ? run('flock', ['/tmp/npm.lock', 'npm', ...npmArgs]) : run('npm', npmArgs)) !== 0) {
  console.error('example: npm install failed');
  process.exit(1);
}

// Guard against a stale install: the example must run exactly what was just built.
const installed = join(example, 'node_modules', 'grafana-aws-auth', 'dist');
const stale = readdirSync(join(root, 'dist'), { recursive: true })
  .filter((f) => statSync(join(root, 'dist', f)).isFile())
  .filter(
    (f) =>
      !existsSync(join(installed, f)) || !readFileSync(join(root, 'dist', f)).equals(readFileSync(join(installed, f)))
  );
if (stale.length > 0) {
  console.error(`example: installed grafana-aws-auth differs from dist/: ${stale.join(', ')}`);
  process.exit(1);
}

const bin = (name) => join(example, 'node_modules', '.bin', name);
console.log('example: typechecking (strict) against the packed types');
const typecheck = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (typecheck !== 0) {
  console.error('example: the example does not typecheck against the packed package');
}
const tests = run(bin('vitest'), ['run', ...process.argv.slice(2)]);
process.exit(typecheck || tests);
