// Bundles some exports of the package entry the way a plugin's build would (minified, peers
// external) and returns the code. esbuild runs in its own Node process: under jsdom's globals it
// refuses to start.
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const script = `
import { build } from 'esbuild';
const result = await build({
  stdin: { contents: process.argv[1], resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, write: false, minify: true, format: 'esm', jsx: 'automatic', logLevel: 'silent',
  external: ['react', 'react-dom', 'react/*', 'i18next', '@grafana/*', '@emotion/*'],
});
process.stdout.write(result.outputFiles[0].text);
`;

/** @param {string} names comma-separated exports of src/index.ts */
export async function bundleExports(names) {
  const entry = `export { ${names} } from './src/index.ts';`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, entry], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
