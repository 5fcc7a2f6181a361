import { isReadOnly, regionWins } from './backendRules';
import { providerOfSaved } from './providers';
import { type SecretSetting, type TextSetting, rowOf, secretSettings, textSettings } from './settingsTable';
import { type AnySettings, type AwsAuthType, type ProxyType, type SettingKeys, awsSettingKeys } from './types';

/** A plain object we can read keys from; anything else (null, arrays, strings) reads as empty. */
export type Bag = Record<string, unknown>;

export function asBag(value: unknown): Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : {};
}

export function own(bag: Bag, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(bag, key) ? bag[key] : undefined;
}

/** Saved values may be any JSON; the form shows strings and numbers as text and ignores the rest. */
export function asText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * The backend reads the role ARN case-insensitively (`assumeRoleARN` too), so every spelling of the
 * key belongs to the same setting. Returns the keys present, exact spelling first.
 */
export function caseVariantsOf(bag: Bag, key: string): string[] {
  const lower = key.toLowerCase();
  return Object.keys(bag)
    .filter((k) => k.toLowerCase() === lower)
    .sort((a, b) => (a === key ? -1 : b === key ? 1 : 0));
}

export interface SecretState {
  /** Stored on the server; the browser only knows that it exists. */
  configured: boolean;
  /** Typed in this session and not saved yet. */
  value: string;
}

/**
 * The saved settings, read the way the Grafana backend reads them: every text setting of
 * `settingsTable` as text (`profile`, `assumeRoleArn`, `endpoint`, `proxyUrl`, ...), every secret in
 * `secrets`, and what the backend's rules add.
 */
export interface AwsAuthView extends Readonly<Record<TextSetting, string>> {
  /** The raw saved value, whatever it is. */
  savedAuthType: unknown;
  /** The provider that value means (legacy names mapped), or undefined for a new data source. */
  authType: AwsAuthType | undefined;
  /** True when the saved value is an old name (`arn`, `sharedCreds`). */
  legacyAuthType: boolean;
  /** True when the profile shown comes from the data source's `database` field, as the backend falls back to it. */
  profileFromDatabase: boolean;
  /**
   * The region the backend uses, which is what the region field shows: `region` when it is saved and
   * neither empty nor "default", else `defaultRegion` (`sigV4Region` for SigV4).
   */
  defaultRegion: string;
  /** The jsonData key the region above comes from, or undefined when none holds one. */
  regionKey: string | undefined;
  /**
   * A saved region the backend ignores because `region` wins over it, when the two differ: worth a
   * one-line note next to the region (see `regionNote`). Undefined otherwise.
   */
  ignoredRegion: { key: string; value: string } | undefined;
  /** A provisioned data source (`readOnly: true`): Grafana will not save it from this page, and `applyEdit` writes nothing. */
  readOnly: boolean;
  secrets: Record<SecretSetting, SecretState>;
  /** Grafana Assume Role: the saved choice, or undefined when none was ever made (older saves). */
  usePerDatasourceExternalId: boolean | undefined;
  /** Grafana Assume Role: this data source's own external ID, kept even while the stack's is used. */
  grafanaExternalId: string;
  /** The HTTP proxy mode the backend uses: anything unset or unknown means the environment's. */
  proxyType: ProxyType;
}

const proxyTypes: readonly string[] = ['env', 'none', 'url'];

function secretState(options: AnySettings, key: string): SecretState {
  const typed = own(asBag(options.secureJsonData), key);
  return {
    configured: own(asBag(options.secureJsonFields), key) === true,
    value: typeof typed === 'string' ? typed : '',
  };
}

/**
 * The saved settings as the Grafana backend reads them (legacy provider names, the region that wins,
 * secrets as configured or typed). Pure; `keys` names where each setting lives (default: the AWS keys).
 */
export function readSettings(options: AnySettings, keys: SettingKeys = awsSettingKeys): AwsAuthView {
  const jsonData = asBag(options.jsonData);
  const text = {} as Record<TextSetting, string>;
  for (const name of textSettings) {
    const key = rowOf(name).anyCase ? caseVariantsOf(jsonData, keys[name])[0] : keys[name];
    text[name] = key === undefined ? '' : asText(own(jsonData, key));
  }
  const secrets = {} as Record<SecretSetting, SecretState>;
  for (const name of secretSettings) {
    secrets[name] = secretState(options, keys[name]);
  }
  const savedAuthType = own(jsonData, keys.authType);
  const authType = providerOfSaved(savedAuthType);
  const database = asText(own(asBag(options), 'database'));
  const perDatasource = own(jsonData, keys.usePerDatasourceExternalId);
  const proxyType = own(jsonData, keys.proxyType);
  const saved = text.defaultRegion;
  const region = keys.region === undefined ? undefined : own(jsonData, keys.region);
  const won = keys.region !== undefined && regionWins(region);

  return {
    ...text,
    savedAuthType,
    authType,
    legacyAuthType: authType !== undefined && authType !== savedAuthType,
    // The backend falls back to the data source's `database` field for the profile.
    profile: text.profile || database,
    profileFromDatabase: text.profile === '' && database !== '',
    defaultRegion: won ? region : saved,
    regionKey: won ? keys.region : saved !== '' ? keys.defaultRegion : undefined,
    ignoredRegion: won && saved !== '' && saved !== region ? { key: keys.defaultRegion, value: saved } : undefined,
    readOnly: isReadOnly(options),
    secrets,
    usePerDatasourceExternalId: typeof perDatasource === 'boolean' ? perDatasource : undefined,
    grafanaExternalId: asText(own(jsonData, keys.grafanaExternalId)),
    proxyType: typeof proxyType === 'string' && proxyTypes.includes(proxyType) ? (proxyType as ProxyType) : 'env',
  };
}
