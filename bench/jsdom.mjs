// Runs the bundled harness in jsdom, in this Node process: a JSDOM window whose globals are
// installed before the bundle is imported, as a test environment does.
import { JSDOM } from 'jsdom';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';

// A full collection between samples keeps one sample's garbage out of the next one's time.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');

class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

function installGlobals() {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://127.0.0.1/',
    pretendToBeVisual: true,
  });
  const { window } = dom;
  // jsdom lacks these; @grafana/ui calls matchMedia while importing and observes sizes in menus.
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
  window.IntersectionObserver = NoopObserver;
  window.ResizeObserver = NoopObserver;
  // Icons are fetched as SVG files; answer with an empty one instead of a network error.
  window.fetch = async () =>
    new Response('<svg xmlns="http://www.w3.org/2000/svg"></svg>', { headers: { 'content-type': 'image/svg+xml' } });
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in globalThis)) {
      Object.defineProperty(globalThis, key, { configurable: true, writable: true, value: window[key] });
    }
  }
  // Node has its own versions of some of these; the page must see the window's.
  for (const key of [
    'window',
    'document',
    'navigator',
    'location',
    'fetch',
    'Event',
    'EventTarget',
    'KeyboardEvent',
    'CustomEvent',
  ]) {
    Object.defineProperty(globalThis, key, {
      configurable: true,
      writable: true,
      value: key === 'window' ? window : window[key],
    });
  }
  return window;
}

/** Loads the bundles; `call` runs one harness function on the timing or the profiling build. */
export async function openJsdom(bundles) {
  const window = installGlobals();
  await import(pathToFileURL(bundles.timing).href);
  const timing = globalThis.awsAuthBench;
  let counting;
  return {
    name: 'jsdom',
    describe: () => `jsdom ${JSDOM.version ?? ''} on Node ${process.versions.node}`.replace('  ', ' '),
    async call(fn, args, { profiling = false } = {}) {
      if (profiling && !counting) {
        // A second, independent copy of React and @grafana/ui, loaded only after the timed runs.
        delete globalThis.awsAuthBench;
        await import(pathToFileURL(bundles.counting).href + '?profiling');
        counting = globalThis.awsAuthBench;
      }
      return (profiling ? counting : timing)[fn](...args);
    },
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      collect();
    },
    async close() {
      window.close();
    },
  };
}
