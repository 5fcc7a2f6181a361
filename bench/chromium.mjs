// Runs the bundled harness in headless Chromium (the system browser, never a downloaded one),
// served from a loopback HTTP server that only this process uses.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, normalize } from 'node:path';
import { chromium } from 'playwright';

import { chromiumArgs, findChromium, howToGetChromium } from '../scripts/chromium.mjs';
import { root } from './build.mjs';

const icons = join(root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img', 'icons');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

function page(bundle) {
  const name = basename(bundle, '.js');
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/${name}.css"></head>
<body><script type="module" src="/${name}.js"></script></body></html>`;
}

/** Serves the two bundles and @grafana/ui's icons; cross-origin isolated for fine-grained timers. */
function serve(bundles) {
  const files = new Map();
  for (const bundle of [bundles.timing, bundles.counting]) {
    const name = basename(bundle, '.js');
    files.set(`/${name}.js`, bundle);
    files.set(`/${name}.css`, bundle.replace(/\.js$/, '.css'));
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    const html = [bundles.timing, bundles.counting].find((b) => path === `/${basename(b, '.js')}.html`);
    if (html) {
      res.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(page(html));
      return;
    }
    let file = files.get(path);
    if (!file && path.startsWith('/public/build/img/icons/')) {
      const rel = normalize(path.slice('/public/build/img/icons/'.length));
      file = rel.startsWith('..') ? undefined : join(icons, rel);
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function openChromium(bundles) {
  const server = await serve(bundles);
  const base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(howToGetChromium);
  }
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const errors = [];

  async function open(bundle) {
    const p = await browser.newPage();
    p.on('pageerror', (e) => errors.push(e));
    await p.goto(`${base}/${basename(bundle, '.js')}.html`);
    await p.waitForFunction(() => 'awsAuthBench' in globalThis, null, { timeout: 60000 });
    const cdp = await p.context().newCDPSession(p);
    return { p, cdp };
  }

  const timing = await open(bundles.timing);
  let counting;
  return {
    name: 'chromium',
    describe: () => `Chromium ${browser.version()} headless (${executablePath})`,
    async call(fn, args, { profiling = false } = {}) {
      if (profiling && !counting) {
        counting = await open(bundles.counting);
      }
      const target = profiling ? counting : timing;
      const result = await target.p.evaluate(([f, a]) => globalThis.awsAuthBench[f](...a), [fn, args]);
      if (errors.length) {
        throw errors[0];
      }
      return result;
    },
    async settle() {
      // Let pending work (icon loads, effects) finish, then collect, outside any timed region.
      await timing.p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await timing.cdp.send('HeapProfiler.collectGarbage');
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
