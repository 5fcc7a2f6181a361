/** The project's folder. */
export const projectRoot: string;

/** The grafana-aws-sdk releases checked: the newest, and the oldest a supported plugin still ships. */
export const backendVersions: {
  readonly current: { readonly sdk: string; readonly modfile: string; readonly tags: readonly string[] };
  readonly oldest: { readonly sdk: string; readonly modfile: string; readonly tags: readonly string[] };
};
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

/** Builds (once) and returns the harness binary for a backend version. */
export function resolverBinary(version: BackendVersion): string;

/** A credentials file and a config file in a fresh folder; returns the environment variables naming them. */
export function sharedFiles(credentials: string, config?: string): Record<string, string>;

/** Resolves every case with the given backend version; `env` is the Grafana server's environment. */
export function resolveCases(
  cases: readonly BackendCase[],
  options: { version?: BackendVersion; mode: 'record' | 'emulator'; env?: Record<string, string> }
): Resolution[];

/** Writes a JSON report beside the binaries (every differing case, for a person to read); returns its path. */
export function writeReport(name: string, data: unknown): string;

/** Every story's final options, as the story run wrote them (stories/support/captureForBackend.ts). */
export function readStoryOptions(): Array<{
  story: string;
  options: import('../../../src/model/types').AwsAuthDataSourceSettings;
  server: import('../../../src/model/server').GrafanaServerConfig;
}>;
