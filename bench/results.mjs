// Writes the generated tables into bench/RESULTS.md, each between its own markers, keeping every
// hand-written line around them (the README text and the reasons for missed targets).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { root } from './build.mjs';

export const resultsFile = join(root, 'bench', 'RESULTS.md');

export function machine() {
  const list = cpus();
  const model = list[0]?.model?.trim() || 'unknown CPU';
  return `${model}, ${list.length} logical CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Linux, Node ${process.versions.node}`;
}

const today = () => new Date().toISOString().slice(0, 10);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ms = (s) =>
  `${f(s.median, s.median < 1 ? 3 : 2)} [${f(s.p25, s.p25 < 1 ? 3 : 2)}–${f(s.p75, s.p75 < 1 ? 3 : 2)}]`;
const ratio = (r) => `**${f(r.ratio)}** (${f(r.lo)}–${f(r.hi)})`;

/** Replaces the block between `<!-- name:start -->` and `<!-- name:end -->`, or appends it. */
function replaceBlock(name, body) {
  const start = `<!-- ${name}:start (generated; do not edit by hand) -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const text = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(resultsFile, next);
  return resultsFile;
}

const UNITS = { mount: 'ms to committed DOM', typing: 'ms per keystroke', switching: 'ms for three switches' };

export function writeBenchResults(r) {
  const lines = [
    `Made by \`npm run bench\` on ${today()} (${r.seconds} s): ${r.machine}.`,
    `Environments: ${r.environments.join('; ')}.`,
    `${r.runs} measured runs per subject and cell after ${r.warmup} warm-up runs, subjects alternating run by run; React ${r.react} production build. ` +
      `Load average (1 min) ${r.load.map((l) => f(l)).join(' → ')} on a machine shared with other work.`,
    '',
    'Times are medians with the interquartile range in brackets; ratios are ratios of medians, with a 90% bootstrap interval.',
    '',
  ];
  for (const env of ['jsdom', 'chromium']) {
    lines.push(
      `### ${env}`,
      '',
      '| scenario | provider | ours | peer | floor | ours/peer | ours/floor |',
      '| --- | --- | --- | --- | --- | --- | --- |'
    );
    for (const row of r.timings.filter((t) => t.env === env)) {
      lines.push(
        `| ${row.scenario} (${UNITS[row.scenario]}) | ${row.provider} | ${ms(row.ours)} | ${ms(row.peer)} | ${ms(row.floor)} | ${ratio(row.vsPeer)} | ${ratio(row.vsFloor)} |`
      );
    }
    lines.push('');
  }
  lines.push(
    '### Commits and onOptionsChange calls',
    '',
    "Counted with React's Profiler in a separate build that uses react-dom's profiling bundle (the production build does not call `onRender`); the times above come from the plain production build.",
    '',
    '| environment | subject | provider | commits per keystroke | onOptionsChange per keystroke | commits per provider switch | onOptionsChange per switch |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  );
  for (const c of r.counts) {
    lines.push(
      `| ${c.env} | ${c.subject} | ${c.provider} | ${f(c.perKeystroke.commits)} | ${f(c.perKeystroke.calls)} | ${f(c.perSwitch.commits)} | ${f(c.perSwitch.calls)} |`
    );
  }
  return replaceBlock('bench', lines.join('\n'));
}

export function writeSizeResults(r) {
  const lines = [
    `Made by \`npm run size\` on ${today()}: ${r.machine}. esbuild ${r.esbuild}, minified ESM, gzip level 9; external: ${r.externals}.`,
    '',
    '| bundle | minified bytes | gzipped bytes |',
    '| --- | --- | --- |',
    ...r.rows.map((row) => `| ${row.label} | ${row.raw} | ${row.gzip} |`),
    '',
    `Ratio ours/peer for \`ConnectionConfig\`, gzipped: **${f(r.ratio)}** (target at most 1.00).`,
  ];
  return replaceBlock('size', lines.join('\n'));
}
