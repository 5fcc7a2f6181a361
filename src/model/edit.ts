import { isReadOnly, regionWins } from './backendRules';
import { buildGrafanaExternalId } from './grafanaAssumeRole';
import { asBag, asText, decodeSetting, keysOf, own } from './settings';
import { type SecretSetting, type SettingName, type TextSetting, secretSettings, usedBy } from './settingsTable';
import { type AnySettings, type AwsAuthType, type ProxyType, type SettingKeys, awsSettingKeys } from './types';

/** Everything a person can do in the form, as data. */
export type AwsAuthEdit =
  | {
      type: 'provider';
      value: AwsAuthType;
      /** Secrets typed earlier for this provider, put back when the user returns to it. */
      restoreSecrets?: Partial<Record<SecretSetting, string>>;
    }
  | { type: 'text'; setting: TextSetting; value: string }
  | { type: 'secret'; setting: SecretSetting; value: string }
  | { type: 'resetSecret'; setting: SecretSetting }
  /** Both keys at once, from the AWS console's key file; replaces stored keys. */
  | { type: 'importKeys'; accessKey: string; secretKey: string }
  | { type: 'clearAssumeRole' }
  /** Grafana Assume Role: use this data source's own external ID (true) or the stack's (false). */
  | { type: 'perDatasourceExternalId'; enabled: boolean; stackExternalId: string; uid: unknown }
  | { type: 'proxyType'; value: ProxyType };

const isTyped = (value: unknown): value is string => typeof value === 'string' && value !== '';

// Own data properties only: a key named `__proto__` in saved JSON stays an ordinary key, and
// nothing here can reach Object.prototype.
function withKey(bag: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const next = { ...bag };
  Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
  return next;
}

function withoutKeys(bag: Record<string, unknown>, remove: readonly string[]): Record<string, unknown> {
  const next = { ...bag };
  for (const key of remove) {
    delete next[key];
  }
  return next;
}

/**
 * Writes a jsonData setting under its own key, removing the other spellings the backend would
 * decode as the same setting (one of them could be decoded after ours and win).
 */
function put(jsonData: Record<string, unknown>, name: SettingName, keys: SettingKeys, value: unknown) {
  const key = keys[name] ?? name;
  return withKey(
    withoutKeys(
      jsonData,
      keysOf(jsonData, name, keys).filter((k) => k !== key)
    ),
    key,
    value
  );
}

/** What Grafana's own reset helpers write: the stored secret is replaced by what is typed next. */
function resetStored<T extends AnySettings>(options: T, secureJsonData: Record<string, unknown>, key: string): T {
  return {
    ...options,
    secureJsonFields: withKey(asBag(options.secureJsonFields), key, false),
    secureJsonData: withKey(secureJsonData, key, ''),
  };
}

/**
 * The single write path: returns a new `options` with the edit applied. Only the keys the edit owns
 * change; every other key (the plugin's jsonData, other secrets, `url`, `uid`, `version`, ...) is
 * carried over as the same value. A provisioned data source (`readOnly: true`) cannot be saved from
 * the page, so it is returned as it is (the same object): no edit writes to it.
 */
export function applyEdit<T extends AnySettings>(options: T, edit: AwsAuthEdit, keys: SettingKeys = awsSettingKeys): T {
  if (isReadOnly(options)) {
    return options;
  }
  const jsonData = asBag(options.jsonData);
  const secureJsonData = asBag(options.secureJsonData);

  switch (edit.type) {
    case 'provider': {
      const next = { ...options, jsonData: put(jsonData, 'authType', keys, edit.value) };
      // Secrets typed for another provider are not submitted once this one is chosen. An empty
      // value is a reset the user asked for (it deletes the stored secret on save), so it stays.
      const typed = secretSettings.filter((s) => !usedBy(s, edit.value) && isTyped(own(secureJsonData, keys[s])));
      const restore = secretSettings.filter((s) => usedBy(s, edit.value) && isTyped(edit.restoreSecrets?.[s]));
      if (typed.length === 0 && restore.length === 0) {
        return next;
      }
      let secrets = withoutKeys(
        secureJsonData,
        typed.map((s) => keys[s])
      );
      for (const setting of restore) {
        secrets = withKey(secrets, keys[setting], edit.restoreSecrets?.[setting]);
      }
      return { ...next, secureJsonData: secrets };
    }
    case 'text': {
      const next = put(jsonData, edit.setting, keys, edit.value);
      const region = edit.setting === 'defaultRegion' ? decodeSetting(jsonData, 'region', keys) : undefined;
      if (region && (regionWins(region.value) || region.unreadable.length > 0)) {
        // The backend reads a saved `region` first: it gets the picked region too, or the pick would be
        // ignored (or, for a value it cannot read at all, the data source would not load).
        return { ...options, jsonData: put(next, 'region', keys, edit.value) };
      }
      return { ...options, jsonData: next };
    }
    case 'secret':
      return { ...options, secureJsonData: withKey(secureJsonData, keys[edit.setting], edit.value) };
    case 'resetSecret':
      return resetStored(options, secureJsonData, keys[edit.setting]);
    case 'importKeys': {
      const fields = asBag(options.secureJsonFields);
      let nextFields = fields;
      let nextData = secureJsonData;
      for (const [setting, value] of [
        ['accessKey', edit.accessKey],
        ['secretKey', edit.secretKey],
      ] as const) {
        nextData = withKey(nextData, keys[setting], value);
        // A stored key would otherwise keep showing as "configured" over the imported one.
        if (own(fields, keys[setting]) === true) {
          nextFields = withKey(nextFields, keys[setting], false);
        }
      }
      return nextFields === fields
        ? { ...options, secureJsonData: nextData }
        : { ...options, secureJsonData: nextData, secureJsonFields: nextFields };
    }
    case 'clearAssumeRole':
      return {
        ...options,
        jsonData: withoutKeys(jsonData, [
          ...keysOf(jsonData, 'assumeRoleArn', keys),
          ...keysOf(jsonData, 'externalId', keys),
        ]),
      };
    case 'perDatasourceExternalId': {
      // Switching back to the stack ID keeps the data source's own ID (dormant), so switching on
      // again restores the value a trust policy may already name.
      const next = put(jsonData, 'usePerDatasourceExternalId', keys, edit.enabled);
      // A stored ID is the one the backend sends (and a trust policy may name): it is never replaced.
      const stored = asText(decodeSetting(jsonData, 'grafanaExternalId', keys).value);
      const id = edit.enabled && stored === '' ? buildGrafanaExternalId(edit.stackExternalId, edit.uid) : undefined;
      return { ...options, jsonData: id === undefined ? next : put(next, 'grafanaExternalId', keys, id) };
    }
    case 'proxyType':
      return { ...options, jsonData: put(jsonData, 'proxyType', keys, edit.value) };
  }
}
