import type { AwsAuthType } from './types';

/**
 * One row per setting the editor reads or writes. Reading (`readSettings`), the edit types, which
 * typed secrets are set aside when the provider changes, trimming, and the SigV4 names all follow
 * from here: adding a setting is a row plus its view (CONTRIBUTING.md has the recipes).
 */
export interface SettingRow {
  /** Where Grafana keeps it: plain `jsonData`, or encrypted `secureJsonData` that the browser can only write. */
  readonly store: 'jsonData' | 'secureJsonData';
  /**
   * What the person edits: a text field (`text` edit), a masked secret (`secret` and `resetSecret`
   * edits), or a control with an edit of its own (provider, proxy type, per-data-source switch).
   */
  readonly input: 'text' | 'secret' | 'control';
  /** The key under the SigV4 editor (`sigV4*`), or null when SigV4 has no such setting. */
  readonly sigV4: string | null;
  /** The providers the backend reads it for; absent means every provider. */
  readonly providers?: readonly AwsAuthType[];
  /**
   * Spaces around a typed or pasted value are removed, with a notice, since no setting here can use
   * them; a secret that can (a password) keeps them with `keepSpaces`. Text settings are always trimmed.
   */
  readonly keepSpaces?: boolean;
}

/** The settings edited in a text field (`{ type: 'text', setting }`). */
export type TextSetting =
  'profile' | 'assumeRoleArn' | 'externalId' | 'endpoint' | 'defaultRegion' | 'proxyUrl' | 'proxyUsername';
/** The secrets the editor can type or reset (`{ type: 'secret' | 'resetSecret', setting }`). */
export type SecretSetting = 'accessKey' | 'secretKey' | 'sessionToken' | 'proxyPassword';
/** Settings with a control (and an edit) of their own, or written only alongside another. */
type ControlSetting = 'authType' | 'region' | 'usePerDatasourceExternalId' | 'grafanaExternalId' | 'proxyType';
export type SettingName = TextSetting | SecretSetting | ControlSetting;

// The compiler ties each name above to a row of the right kind: a row without a name, a name
// without a row, or a row of the wrong kind does not compile.
type Rows = { readonly [K in TextSetting]: SettingRow & { input: 'text'; store: 'jsonData'; keepSpaces?: never } } & {
  readonly [K in SecretSetting]: SettingRow & { input: 'secret'; store: 'secureJsonData' };
} & { readonly [K in ControlSetting]: SettingRow & { input: 'control'; store: 'jsonData' } };

const keys = ['keys'] as const;
const notGrafanaAssumeRole = ['default', 'keys', 'credentials', 'ec2_iam_role'] as const;
const grafanaAssumeRole = ['grafana_assume_role'] as const;

/** Every setting, keyed by its name under the AWS editor (which is also its `jsonData` or `secureJsonData` key). */
export const settingsTable: Rows = {
  authType: { store: 'jsonData', input: 'control', sigV4: 'sigV4AuthType' },
  profile: { store: 'jsonData', input: 'text', sigV4: 'sigV4Profile', providers: ['credentials'] },
  assumeRoleArn: { store: 'jsonData', input: 'text', sigV4: 'sigV4AssumeRoleArn' },
  externalId: { store: 'jsonData', input: 'text', sigV4: 'sigV4ExternalId', providers: notGrafanaAssumeRole },
  endpoint: { store: 'jsonData', input: 'text', sigV4: 'sigV4Endpoint', providers: notGrafanaAssumeRole },
  defaultRegion: { store: 'jsonData', input: 'text', sigV4: 'sigV4Region' },
  // Read before defaultRegion unless empty or "default" (backendRules.regionWins); written with it then.
  region: { store: 'jsonData', input: 'control', sigV4: null },
  accessKey: { store: 'secureJsonData', input: 'secret', sigV4: 'sigV4AccessKey', providers: keys },
  secretKey: { store: 'secureJsonData', input: 'secret', sigV4: 'sigV4SecretKey', providers: keys },
  sessionToken: { store: 'secureJsonData', input: 'secret', sigV4: 'sigV4SessionToken', providers: keys },
  usePerDatasourceExternalId: {
    store: 'jsonData',
    input: 'control',
    sigV4: 'sigV4UsePerDatasourceExternalId',
    providers: grafanaAssumeRole,
  },
  grafanaExternalId: {
    store: 'jsonData',
    input: 'control',
    sigV4: 'sigV4GrafanaExternalId',
    providers: grafanaAssumeRole,
  },
  // The backend reads the proxy under these names for the data source's AWS client, whatever the
  // auth keys are called; the SigV4 editor shows no proxy.
  proxyType: { store: 'jsonData', input: 'control', sigV4: 'proxyType' },
  proxyUrl: { store: 'jsonData', input: 'text', sigV4: 'proxyUrl' },
  proxyUsername: { store: 'jsonData', input: 'text', sigV4: 'proxyUsername' },
  // Unlike a key, a password may begin or end with a space.
  proxyPassword: { store: 'secureJsonData', input: 'secret', sigV4: 'proxyPassword', keepSpaces: true },
};

const names = /* @__PURE__ */ Object.keys(settingsTable) as SettingName[];

/** The text settings, in table order. */
export const textSettings = /* @__PURE__ */ names.filter(
  (name): name is TextSetting => settingsTable[name].input === 'text'
);

/** The secret settings, in table order. */
export const secretSettings = /* @__PURE__ */ names.filter(
  (name): name is SecretSetting => settingsTable[name].input === 'secret'
);

/** The setting's row (typed loosely, for code that treats every row alike). */
export const rowOf = (name: SettingName): SettingRow => settingsTable[name];

/** Whether the backend reads the setting for this provider. */
export function usedBy(name: SettingName, provider: AwsAuthType | undefined): boolean {
  const providers = rowOf(name).providers;
  return providers === undefined || (provider !== undefined && providers.includes(provider));
}
