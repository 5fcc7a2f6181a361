// Bundles bench/entries/harness.tsx twice with React's production build: once plain (for timing)
// and once with react-dom's profiling build (so the Profiler's onRender fires, for counting).
// The same files run in jsdom and in Chromium.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const outDir = join(root, 'node_modules', '.cache', 'aws-auth-bench');

const requireReactDom = /^react-dom\/client$/;

/** Routes `react-dom/client` to the profiling build, which exports the same API. */
const profiling = {
  name: 'react-dom-profiling',
  setup(b) {
    b.onResolve({ filter: requireReactDom }, (args) =>
      b.resolve('react-dom/profiling', { kind: args.kind, resolveDir: args.resolveDir })
    );
  },
};

/**
 * @grafana/plugin-ui 0.18's DataSourcePicker imports functions that @grafana/runtime 13.2 does not
 * export yet, which a bundler rejects. Neither editor renders it, so it is left out.
 */
const skipDataSourcePicker = {
  name: 'skip-datasource-picker',
  setup(b) {
    b.onLoad(
      { filter: /plugin-ui[\\/]dist[\\/]esm[\\/]components[\\/]DataSourcePicker[\\/]DataSourcePicker\.js$/ },
      () => ({
        contents: 'export const DataSourcePicker = () => null;',
        loader: 'js',
      })
    );
  },
};

export async function buildBundles() {
  mkdirSync(outDir, { recursive: true });
  const common = {
    entryPoints: [join(root, 'bench', 'entries', 'harness.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // Some dependencies read process.env at run time; a browser has no process.
    banner: { js: 'globalThis.process ??= { env: { NODE_ENV: "production" } };' },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.png': 'empty', '.svg': 'empty' },
  };
  const timing = join(outDir, 'timing.js');
  const counting = join(outDir, 'profiling.js');
  await Promise.all([
    build({ ...common, outfile: timing, plugins: [skipDataSourcePicker] }),
    build({ ...common, outfile: counting, plugins: [skipDataSourcePicker, profiling] }),
  ]);
  return { timing, counting };
}
