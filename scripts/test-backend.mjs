#!/usr/bin/env node
// The backend step of `npm test`: installs what it needs with the project's own tools (the Go
// modules of backend/ for each tested grafana-aws-sdk release, and moto in a venv), then runs the
// Vitest project `backend`. The emulator is started by the end-to-end tests themselves, on a free
// loopback port, and stopped after. Reporter arguments are passed through from scripts/test.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { installEmulator } from './emulator.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

for (const modfile of ['go.mod', 'go.oldest.mod']) {
  execFileSync('go', ['mod', 'download', `-modfile=${modfile}`], { cwd: join(root, 'backend'), stdio: 'inherit' });
}
console.log(`backend: Go modules ready (${seconds()})`);
await installEmulator();
console.log(`backend: emulator installed (${seconds()})`);

const run = spawnSync('npx', ['vitest', 'run', '--project', 'backend', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
console.log(`backend: tests took ${seconds()} in all`);
process.exit(run.status ?? 1);
