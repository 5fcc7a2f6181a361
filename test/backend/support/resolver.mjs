import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the Go harness in `backend/` (grafana-aws-sdk itself) on cases the editor wrote. The binary
 * is built once per backend version into node_modules/.cache; Go and its modules come from the
 * project's scripts (scripts/test-backend.mjs), never from a hand install.
 */

// Not `new URL('../../..', import.meta.url)`: Vite rewrites that pattern into a dev-server path.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The project's folder. */
export const projectRoot = root;

/** The grafana-aws-sdk releases checked: the newest, and the oldest a supported plugin still ships. */
export const backendVersions = {
  current: { sdk: 'v1.5.2', modfile: 'go.mod', tags: [] },
  oldest: { sdk: 'v1.4.3', modfile: 'go.oldest.mod', tags: ['awssdk_oldest'] },
};

const cache = join(root, 'node_modules', '.cache', 'backend');
const built = new Set();

/** Builds (once per process: Go's own cache makes a rebuild of unchanged code quick) and returns the harness binary. */
export function resolverBinary(version) {
  const { modfile, tags } = backendVersions[version];
  const binary = join(cache, `resolve-${version}`);
  if (!built.has(version)) {
    built.add(version);
    mkdirSync(cache, { recursive: true });
    const args = [
      'build',
      `-modfile=${modfile}`,
      ...(tags.length ? ['-tags', tags.join(',')] : []),
      '-o',
      binary,
      './cmd/resolve',
    ];
    execFileSync('go', args, { cwd: join(root, 'backend'), stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return binary;
}

// Nothing from the machine's own AWS setup may reach the harness: only what a test sets.
function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_')) {
      env[k] = v;
    }
  }
  return { ...env, AWS_EC2_METADATA_DISABLED: 'true', ...extra };
}

/** A credentials file and an empty config file in a fresh folder, for the harness's environment. */
export function sharedFiles(credentials, config = '') {
  const dir = mkdtempSync(join(tmpdir(), 'aws-files-'));
  writeFileSync(join(dir, 'credentials'), credentials);
  writeFileSync(join(dir, 'config'), config);
  return { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
}

/** Resolves every case with the given backend version; `env` is the Grafana server's environment. */
export function resolveCases(cases, { version = 'current', mode, env = {} }) {
  const run = spawnSync(resolverBinary(version), ['-mode', mode], {
    input: JSON.stringify(cases),
    env: cleanEnv(env),
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`backend harness failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(run.stdout);
}

/** Writes a JSON report beside the binaries (every differing case, for a person to read); returns its path. */
export function writeReport(name, data) {
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `${name}.json`);
  writeFileSync(file, JSON.stringify(data, null, 1));
  return file;
}

/** Every story's final options, as the story run wrote them (stories/support/captureForBackend.ts). */
export function readStoryOptions() {
  const dir = join(root, 'node_modules', '.cache', 'story-options');
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}
