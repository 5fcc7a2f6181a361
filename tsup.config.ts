import { defineConfig } from 'tsup';

// ESM (.js + .d.ts) and CommonJS (.cjs + .d.cts) builds. React, Grafana, Emotion and i18next stay
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
});
