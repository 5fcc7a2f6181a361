// Fails a story whose page logs an error or makes a request that fails (a 404 icon, a font that
// does not load, anything that tries to leave the machine). Without this, a missing icon is a
// silent 404 and a React warning scrolls by unnoticed.
import type { StoryContext } from '@storybook/react-vite';

type Problems = string[];

const active = new Set<Problems>();
const byStory = new WeakMap<object, Problems>();

function report(problem: string) {
  for (const problems of active) {
    problems.push(problem);
  }
}

function describeValue(value: unknown): string {
  if (value instanceof Error) {
    return value.message;
  }
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

let installed = false;
let observer: PerformanceObserver | undefined;

// One set of hooks for the whole page; each running story collects what happens while it runs.
function install() {
  if (installed) {
    return;
  }
  installed = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    report(`console.error: ${args.map(describeValue).join(' ')}`);
    original(...args);
  };
  // Load failures of <img>, <script>, <link> do not bubble; a capturing listener still sees them.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      if (target && target !== (window as unknown as EventTarget) && target instanceof Element) {
        report(`failed to load ${target.tagName.toLowerCase()} ${target.src || target.href || ''}`);
      }
    },
    true
  );
  // fetch() (icons) and @font-face requests fire no event when they fail; their timing entries do.
  observer = new PerformanceObserver((list) => check(list.getEntries()));
  observer.observe({ type: 'resource' });
  // Counted so that the check at the end waits for requests still on their way.
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = originalFetch(input, init);
    const done = request.then(
      (response) => {
        if (!response.ok) {
          report(`request failed with HTTP ${response.status}: ${response.url}`);
        }
        return response.clone().arrayBuffer();
      },
      (error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) {
          report(`request failed: ${String(input instanceof Request ? input.url : input)} (${describeValue(error)})`);
        }
      }
    );
    const settled = done.then(
      () => undefined,
      () => undefined
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return request;
  };
}

const inFlight = new Set<Promise<void>>();

/** Resolves once the page's pending fetches, images and fonts are done (or after `ms`). */
async function settle(ms: number) {
  const imagesDone = [...document.images]
    .filter((img) => !img.complete)
    .map(
      (img) =>
        new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        })
    );
  const everything = Promise.all([...inFlight, ...imagesDone, document.fonts.ready]);
  await Promise.race([everything, new Promise((resolve) => setTimeout(resolve, ms))]);
  // Timing entries are queued after a response ends; give them a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function check(entries: PerformanceEntryList) {
  for (const entry of entries as PerformanceResourceTiming[]) {
    const url = new URL(entry.name, location.href);
    if (!url.protocol.startsWith('http')) {
      continue;
    }
    if (url.origin !== location.origin) {
      report(`request left the page's own server: ${entry.name}`);
    } else if (entry.responseStatus >= 400) {
      report(`request failed with HTTP ${entry.responseStatus}: ${url.pathname}`);
    }
  }
}

export function startWatching(context: StoryContext) {
  install();
  const problems: Problems = [];
  active.add(problems);
  byStory.set(context, problems);
  return () => {
    active.delete(problems);
  };
}

export async function assertCleanConsole(context: StoryContext) {
  const problems = byStory.get(context);
  if (!problems) {
    return;
  }
  // Let requests started by the story's last step (icons, fonts) finish and be recorded.
  await settle(5000);
  check(observer?.takeRecords() ?? []);
  document.fonts.forEach((font) => {
    if (font.status === 'error') {
      report(`font failed to load: ${font.family} ${font.weight} ${font.style}`);
    }
  });
  active.delete(problems);
  if (problems.length > 0) {
    throw new Error(`The story left problems in the browser console:\n- ${[...new Set(problems)].join('\n- ')}`);
  }
}
