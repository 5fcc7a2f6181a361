#!/usr/bin/env node
// Runs every test runner of the project and ends with one line: `tests: N passed, M failed`.
// Steps are listed below; each writes a JSON report that this script adds up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ensureChromium } from './chromium.mjs';
import { sets } from './test-compat.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'node_modules', '.cache', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Vitest's reporter arguments; a step may name its runner's own (`report`). */
const vitestReport = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

/** Each step is one runner invocation with a JSON report (Vitest's or Jest's: both count numPassedTests/numFailedTests). */
const steps = [
  { name: 'unit (jsdom)', args: ['vitest', 'run', '--project', 'unit'] },
  // Scripts that install their own package sets, then run Vitest with the reporter arguments appended:
  // one step per tested dependency set (compat/<set>/).
  ...sets.map((set) => ({
    name: `unit, dependency set ${set} (compat)`,
    command: process.execPath,
    args: ['scripts/test-compat.mjs', set],
  })),
  { name: 'example plugin on the packed tarball', command: process.execPath, args: ['scripts/test-example.mjs'] },
  // A fresh @grafana/create-plugin data source: `npm install` of the tarball, its webpack build and its Jest.
  {
    name: 'create-plugin scaffold on the packed tarball (Jest)',
    command: process.execPath,
    args: ['scripts/test-scaffold.mjs'],
    report: (file) => ['--json', `--outputFile=${file}`],
  },
  // Every story's play function and axe check, in headless Chromium (the system browser); each
  // story's final options are kept for the backend step.
  { name: 'stories (Chromium)', args: ['vitest', 'run', '--project', 'storybook'], browser: true, backend: true },
  // grafana-aws-sdk itself (Go, backend/) on generated sessions and every story's options, and end
  // to end against an AWS emulator (moto) on loopback: Go modules and the emulator are installed first.
  {
    name: 'backend contract (grafana-aws-sdk, Go) and end to end (moto)',
    command: process.execPath,
    args: ['scripts/test-backend.mjs'],
    backend: true,
  },
];
// `--browser-only` (npm run test:browser) runs just the steps that need a browser; `--backend-only`
// (npm run test:backend) the stories, whose options it needs, and the backend step.
const browserOnly = process.argv.includes('--browser-only');
const backendOnly = process.argv.includes('--backend-only');

let passed = 0;
let failed = 0;
let broken = false;
for (const [i, step] of steps.entries()) {
  if ((browserOnly && !step.browser) || (backendOnly && !step.backend)) {
    continue;
  }
  const file = join(reports, `${i}.json`);
  console.log(`\n== ${step.name}`);
  if (step.browser) {
    // Finds the system Chromium (installing Debian's package when root on Debian), or says how to get one.
    const browser = ensureChromium();
    if (!browser) {
      console.error(`${step.name}: no browser found; counted as broken`);
      broken = true;
      continue;
    }
    step.env = { ...step.env, CHROMIUM_PATH: browser, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  }
  const run = spawnSync(step.command ?? 'npx', [...step.args, ...(step.report ?? vitestReport)(file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${step.name}: no report (exit ${run.status}); counted as broken`);
    broken = true;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no failed test but must still fail the run.
  if (run.status !== 0 && report.numFailedTests === 0) {
    broken = true;
  }
}

const summary = `tests: ${passed} passed, ${failed} failed`;
writeFileSync(join(reports, 'summary.txt'), summary + '\n');
console.log(summary);
process.exit(failed > 0 || broken ? 1 : 0);
