import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the Go harness in `backend/` (grafana-aws-sdk itself) on cases the editor wrote. The binary
 * is built once per backend version into node_modules/.cache; Go and its modules come from the
 * project's scripts (scripts/backend.mjs), never from a hand install.
 */

// Vitest serves this file under a /@fs/ URL when the project is inlined: the real path follows it.
const root = new URL('../../..', import.meta.url).pathname.replace(/^\/@fs\//, '/');

/** The grafana-aws-sdk releases checked: the newest, and the oldest a supported plugin still ships. */
export const backendVersions = {
  current: { sdk: 'v1.5.2', modfile: 'go.mod', tags: [] as string[] },
  oldest: { sdk: 'v1.4.3', modfile: 'go.oldest.mod', tags: ['awssdk_oldest'] },
} as const;
export type BackendVersion = keyof typeof backendVersions;

/** What Grafana hands a plugin for one data source (see backend/harness/load.go). */
export interface BackendCase {
  id: string;
  jsonData: Record<string, unknown>;
  /** The decrypted secrets Grafana stores after the save. */
  secureJsonData: Record<string, string>;
  database: string;
  server: { allowedAuthProviders: string[]; assumeRoleEnabled: boolean; externalId: string; httpProxyEnabled: boolean };
}

/** What the backend resolved (backend/harness/resolve.go `Resolution`). */
export interface Resolution {
  id: string;
  loadError?: string;
  configError?: string;
  provider?: string;
  region?: string;
  baseEndpoint?: string;
  fips?: boolean;
  stsEndpoint?: string;
  sharedProfile?: string;
  credentials?: { accessKeyId?: string; hasSessionToken?: boolean; error?: string };
  assumeRole?: { roleArn: string; externalId?: string; host: string; signingRegion: string; callerKeyId: string };
  proxy?: { type: 'env' | 'none' | 'url'; url?: string; username?: string; hasPassword?: boolean };
  identity?: string;
  callError?: string;
}

const cache = join(root, 'node_modules', '.cache', 'backend');

/** Builds (once) and returns the harness binary for a backend version. */
export function resolverBinary(version: BackendVersion): string {
  const { modfile, tags } = backendVersions[version];
  const binary = join(cache, `resolve-${version}`);
  if (!existsSync(binary)) {
    mkdirSync(cache, { recursive: true });
    const args = ['build', `-modfile=${modfile}`, ...(tags.length ? ['-tags', tags.join(',')] : []), '-o', binary, './cmd/resolve'];
    execFileSync('go', args, { cwd: join(root, 'backend'), stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return binary;
}

// Nothing from the machine's own AWS setup may reach the harness: only what a test sets.
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_')) {
      env[k] = v;
    }
  }
  return { ...env, AWS_EC2_METADATA_DISABLED: 'true', ...extra };
}

/** A credentials file and an empty config file in a fresh folder, for the harness's environment. */
export function sharedFiles(credentials: string, config = ''): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-files-'));
  writeFileSync(join(dir, 'credentials'), credentials);
  writeFileSync(join(dir, 'config'), config);
  return { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
}

/** Resolves every case with the given backend version; `env` is the Grafana server's environment. */
export function resolveCases(
  cases: readonly BackendCase[],
  { version = 'current', mode, env = {} }: { version?: BackendVersion; mode: 'record' | 'emulator'; env?: Record<string, string> }
): Resolution[] {
  const run = spawnSync(resolverBinary(version), ['-mode', mode], {
    input: JSON.stringify(cases),
    env: cleanEnv(env),
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`backend harness failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(run.stdout) as Resolution[];
}
