import { isReadOnly, regionWins } from './backendRules';
import { providerOfSaved } from './providers';
import { spellingsOf } from './jsonKeys';
import { type SecretSetting, type SettingName, type TextSetting, secretSettings, textSettings } from './settingsTable';
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
 * The jsonData keys the backend decodes as the setting, in its order (the last one wins). Under the
 * AWS names `awsds` decodes a struct with Go's encoding/json, so every spelling counts (`Region`,
 * `authtype`); the SigV4 names Grafana reads as they are.
 */
export function keysOf(jsonData: Bag, name: SettingName, keys: SettingKeys): string[] {
  const key = keys[name];
  if (key === undefined) {
    return [];
  }
  return key === name ? spellingsOf(jsonData, key) : own(jsonData, key) === undefined ? [] : [key];
}

/**
 * The value the backend decodes for a setting, the key it comes from, and the spellings whose value
 * it cannot decode (Load fails on them). Go leaves a string field as it was on `null`; the provider
 * and the per-data-source switch take `null` as a reset.
 */
export function decodeSetting(jsonData: Bag, name: SettingName, keys: SettingKeys) {
  const reset = name === 'authType' || name === 'usePerDatasourceExternalId';
  const type = name === 'usePerDatasourceExternalId' ? 'boolean' : 'string';
  let key: string | undefined;
  let last: unknown;
  const unreadable: string[] = [];
  for (const k of keysOf(jsonData, name, keys)) {
    last = jsonData[k];
    if (typeof last === type || (reset && last === null)) {
      key = k;
    } else if (last !== null) {
      unreadable.push(k);
    }
  }
  // `last`: what the last spelling holds, decodable or not (the form shows a saved number as text).
  return { key, value: key === undefined ? undefined : jsonData[key], last, unreadable };
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
  /**
   * jsonData keys holding a value the backend cannot decode (a number where it reads text, text where
   * it reads true or false): `Load` fails on them, so the data source does not work until they change.
   */
  unreadable: string[];
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
  const unreadable: string[] = [];
  const found = {} as Record<SettingName, ReturnType<typeof decodeSetting>>;
  const read = (name: SettingName) => {
    found[name] = decodeSetting(jsonData, name, keys);
    unreadable.push(...found[name].unreadable);
    return found[name];
  };
  const text = {} as Record<TextSetting, string>;
  // A number is shown as text (the backend cannot read it: `unreadable` says so), and typing replaces it.
  for (const name of textSettings) {
    const { value, last } = read(name);
    text[name] = asText(value ?? last);
  }
  const secrets = {} as Record<SecretSetting, SecretState>;
  for (const name of secretSettings) {
    secrets[name] = secretState(options, keys[name]);
  }
  const savedAuthType = read('authType').value;
  const authType = providerOfSaved(savedAuthType);
  const database = asText(own(asBag(options), 'database'));
  const perDatasource = read('usePerDatasourceExternalId').value;
  const proxyType = read('proxyType').value;
  const saved = text.defaultRegion;
  const region = read('region');
  const won = regionWins(region.value);

  return {
    ...text,
    savedAuthType,
    authType,
    legacyAuthType: authType !== undefined && authType !== savedAuthType,
    // The backend falls back to the data source's `database` field for the profile.
    profile: text.profile || database,
    profileFromDatabase: text.profile === '' && database !== '',
    defaultRegion: won ? (region.value as string) : saved,
    regionKey: won ? region.key : saved !== '' ? found.defaultRegion.key : undefined,
    ignoredRegion:
      won && saved !== '' && saved !== region.value ? { key: keys.defaultRegion, value: saved } : undefined,
    readOnly: isReadOnly(options),
    secrets,
    usePerDatasourceExternalId: typeof perDatasource === 'boolean' ? perDatasource : undefined,
    grafanaExternalId: asText(read('grafanaExternalId').value),
    proxyType: typeof proxyType === 'string' && proxyTypes.includes(proxyType) ? (proxyType as ProxyType) : 'env',
    unreadable,
  };
}
