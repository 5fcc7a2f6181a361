import { isReadOnly, regionWins } from './backendRules';
import { buildGrafanaExternalId } from './grafanaAssumeRole';
import { asBag, asText, caseVariantsOf, own } from './settings';
import { type SecretSetting, type TextSetting, rowOf, secretSettings, usedBy } from './settingsTable';
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
      const next = { ...options, jsonData: withKey(jsonData, keys.authType, edit.value) };
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
      const key = keys[edit.setting];
      if (rowOf(edit.setting).anyCase) {
        // Other spellings of the key would compete with the new value in the backend.
        const variants = caseVariantsOf(jsonData, key).filter((k) => k !== key);
        return { ...options, jsonData: withKey(withoutKeys(jsonData, variants), key, edit.value) };
      }
      if (edit.setting === 'defaultRegion' && keys.region !== undefined && regionWins(own(jsonData, keys.region))) {
        // The backend reads a saved `region` first: it gets the picked region too, or the pick would be ignored.
        return {
          ...options,
          jsonData: withKey(withKey(jsonData, keys.defaultRegion, edit.value), keys.region, edit.value),
        };
      }
      return { ...options, jsonData: withKey(jsonData, key, edit.value) };
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
        jsonData: withoutKeys(jsonData, [...caseVariantsOf(jsonData, keys.assumeRoleArn), keys.externalId]),
      };
    case 'perDatasourceExternalId': {
      // Switching back to the stack ID keeps the data source's own ID (dormant), so switching on
      // again restores the value a trust policy may already name.
      const next = withKey(jsonData, keys.usePerDatasourceExternalId, edit.enabled);
      // A stored ID is the one the backend sends (and a trust policy may name): it is never replaced.
      const stored = asText(own(jsonData, keys.grafanaExternalId));
      const id = edit.enabled && stored === '' ? buildGrafanaExternalId(edit.stackExternalId, edit.uid) : undefined;
      return { ...options, jsonData: id === undefined ? next : withKey(next, keys.grafanaExternalId, id) };
    }
    case 'proxyType':
      return { ...options, jsonData: withKey(jsonData, keys.proxyType, edit.value) };
  }
}
