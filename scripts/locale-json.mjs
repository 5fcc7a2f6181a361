// An esbuild plugin for tsup.config.ts: a locale file (src/locales/<lang>.json) becomes one string
// parsed at load. `JSON.parse` of a string is faster than an object literal, and esbuild would
// otherwise add one named export per key, doubling the file.
import { readFile } from 'node:fs/promises';

export const localeJson = {
  name: 'locale-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]locales[\\/][^\\/]+\.json$/ }, async ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};
