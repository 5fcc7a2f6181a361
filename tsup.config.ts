import { defineConfig } from 'tsup';

import { localeJson } from './scripts/locale-json.mjs';

// ESM (.js + .d.ts) and CommonJS (.cjs + .d.cts) builds. ESM splits: each language of
// `loadAwsAuthTranslations` is a chunk of its own (dist/locales/<lang>-<hash>.js) that a plugin's
// bundler keeps as a separate file, loaded only for that language. CommonJS (Jest, Node) has no
// chunks: its one file carries every language. React, Grafana, Emotion and i18next stay
// external: Grafana shares a single instance of each with every plugin at runtime.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  // Unminified, readable output; no source maps (plugin bundlers do not pick up a dependency's maps).
  sourcemap: false,
  clean: true,
  target: 'es2022',
  // Rollup pass: merges esbuild's per-module imports and drops unused code. The output is one file,
  // so a plugin's bundler can drop an unused component only if its `memo(...)` call is marked
  // /* @__PURE__ */ in src (examples/…/bundle.test.ts fails when an opt-in feature stays in).
  treeshake: true,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'i18next', /^@grafana\//, /^@emotion\//],
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [localeJson],
  esbuildOptions(options, { format }) {
    // ESM only: Jest and Node's `require` cannot follow an `import()` of a CommonJS chunk without
    // experimental flags, so the CommonJS file keeps its languages inside (resolved at once).
    options.splitting = format === 'esm';
    options.chunkNames = 'locales/[name]-[hash]';
    options.charset = 'utf8';
  },
});
