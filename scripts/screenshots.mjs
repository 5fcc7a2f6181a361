#!/usr/bin/env node
// Screenshots every story of the static Storybook in Grafana's dark and light themes, into
// screenshots/ (one PNG per story and theme, plus index.html to look through them), and again in
// German (long words) and Japanese (another script) in the dark theme: `<story>--dark--de-DE.png`.
// The play functions check English texts, so the other languages show each story as it first
// renders (Storybook's embed mode: no play function), with axe and the console checked the same. Builds the
// static Storybook first when it is missing or older than the sources. Fails when a story errors
// or its page logs an error or a failed request, so the built site is checked too. Each story opens
// on a fresh page, as a direct link or an independent audit opens it, so that a story passing only
// after another one ran is caught; axe runs WCAG 2.2 AA and best practices (scripts/axeTags.mjs).
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

import { chromium } from 'playwright';

import { AXE_TAGS } from './axeTags.mjs';
import { chromiumArgs, findChromium, howToGetChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'storybook-static');
const out = join(root, 'screenshots');
const themes = ['dark', 'light'];
/** Runs: every theme in English, and the dark theme in each language of LANGUAGES. */
const LANGUAGES = ['de-DE', 'ja-JP'];
const runs = [
  ...themes.map((theme) => ({ theme, locale: 'en-US' })),
  ...LANGUAGES.map((locale) => ({ theme: 'dark', locale })),
];
const runName = ({ theme, locale }) => (locale === 'en-US' ? theme : `${theme}--${locale}`);
const started = Date.now();

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale() {
  const index = join(site, 'index.json');
  const sources = ['src', 'stories', '.storybook', 'package.json'].map((p) => join(root, p)).filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources.map(newestMtime))) {
    console.log('storybook-static is up to date');
    return;
  }
  console.log('building storybook-static ...');
  const build = spawnSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for storybook-static on a free local port. */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') {
      // Browsers ask for it on their own; Storybook's icon is favicon.svg.
      res.writeHead(204).end();
      return;
    }
    const file = join(site, path.endsWith(sep) || path === '/' ? join(path, 'index.html') : path);
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Whether Storybook's axe run for a story used every rule set of AXE_TAGS (the preview's a11y parameter). */
function axeRanEverything(reporters) {
  const report = (reporters ?? []).find((r) => r.type === 'a11y');
  const tags = report?.result?.toolOptions?.runOnly?.values ?? [];
  return report?.result?.error !== undefined || AXE_TAGS.every((tag) => tags.includes(tag));
}

/** One page per run (theme and language); each story is loaded fresh in it, as a direct link opens it. */
async function shootRun(context, base, run, stories, problems) {
  const { theme, locale } = run;
  const page = await context.newPage();
  let current = '';
  // First lines only: a failed assertion is also logged by Storybook, with a long stack, several times.
  const note = (what) => problems.push(`${current} (${runName(run)}): ${what.split('\n')[0].slice(0, 300)}`);
  page.on('console', (msg) => msg.type() === 'error' && note(`console.error: ${msg.text()}`));
  page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
  // A request the page itself cancelled (an icon whose component unmounted) is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      note(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => response.status() >= 400 && note(`HTTP ${response.status()}: ${response.url()}`));
  for (const story of stories) {
    current = story.id;
    try {
      // A fresh page for every story: switching stories inside one page (faster) let a story pass
      // on what an earlier one left behind (user-event's clipboard), and fail only when opened alone.
      // Other languages show the first render (embed mode: the play functions check English texts).
      const embed = locale === 'en-US' ? '' : '&embed=true';
      await page.goto(
        `${base}/iframe.html?id=${story.id}&viewMode=story${embed}&globals=theme:${theme};locale:${locale}`
      );
      // Wait for the play function and the checks after it (axe, the console check): the screenshot
      // shows the end state, and a failed check fails this run too, in both themes.
      const finished = await page
        .waitForFunction((id) => window.__storyFinished?.storyId === id && window.__storyFinished, story.id, {
          timeout: 30000,
        })
        .then((handle) => handle.jsonValue());
      if (finished.status !== 'success') {
        const failures = (finished.reporters ?? []).filter((r) => r.status === 'failed');
        const axe = failures.flatMap((r) => r.result?.violations ?? []).map((v) => `${v.id} (${v.nodes.length})`);
        note(axe.length > 0 ? `axe: ${axe.join(', ')}` : 'the story failed (see the errors above)');
      } else if (locale === 'en-US' && !axeRanEverything(finished.reporters)) {
        note(
          `axe did not run every rule set of ${AXE_TAGS.join(', ')} (see the a11y parameter in .storybook/preview.tsx)`
        );
      }
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(out, `${story.id}--${runName(run)}.png`), fullPage: true });
    } catch (error) {
      note(error.message);
    }
  }
  await page.close();
}

const browserPath = findChromium();
if (!browserPath) {
  console.error(howToGetChromium);
  process.exit(1);
}
buildIfStale();
const stories = Object.values(JSON.parse(readFileSync(join(site, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story'
);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
// Records Storybook's "story finished" event (its status and the axe report) when the preview
// creates its channel, before any story renders.
await context.addInitScript(() => {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      value.on('storyFinished', (event) => (window.__storyFinished = event));
    },
  });
});
const problems = [];
// Two runs at a time: enough to keep two cores busy.
for (let i = 0; i < runs.length; i += 2) {
  await Promise.all(runs.slice(i, i + 2).map((run) => shootRun(context, base, run, stories, problems)));
}
await browser.close();
server.close();

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const pngs = readdirSync(out)
  .filter((f) => f.endsWith('.png'))
  .sort();
const rows = stories.map(
  (s) =>
    `<h2>${escape(s.title)} / ${escape(s.name)}</h2><p>${runs
      .map(runName)
      .map((r) => `<img src="${s.id}--${r}.png" alt="${escape(s.name)}, ${r}" width="640">`)
      .join(' ')}</p>`
);
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Story screenshots</title>\n${rows.join('\n')}\n`
);

console.log(
  `${pngs.length} screenshots of ${stories.length} stories in ${themes.length} themes and ${LANGUAGES.join(', ')} -> screenshots/ (${((Date.now() - started) / 1000).toFixed(1)} s)`
);
if (problems.length > 0) {
  console.error(`Problems while taking screenshots:\n- ${[...new Set(problems)].join('\n- ')}`);
  process.exit(1);
}
