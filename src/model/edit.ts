import { asBag, caseVariantsOf, own } from './settings';
import { type AnySettings, AwsAuthType, type SecretSetting, type SettingKeys, type TextSetting, awsSettingKeys } from './types';

/** Everything a person can do in the form, as data. */
export type AwsAuthEdit =
  | {
      type: 'provider';
      value: AwsAuthType;
      /** Secrets typed earlier for Access & secret key, put back when the user returns to it. */
      restoreSecrets?: Partial<Record<SecretSetting, string>>;
    }
  | { type: 'text'; setting: TextSetting; value: string }
  | { type: 'secret'; setting: SecretSetting; value: string }
  | { type: 'resetSecret'; setting: SecretSetting }
  | { type: 'clearAssumeRole' };

const keySecrets: readonly SecretSetting[] = ['accessKey', 'secretKey', 'sessionToken'];

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
 * The single write path: returns a new `options` with the edit applied. Only the keys the edit owns
 * change; every other key (the plugin's jsonData, other secrets, `url`, `uid`, `version`, ...) is
 * carried over as the same value.
 */
export function applyEdit<T extends AnySettings>(options: T, edit: AwsAuthEdit, keys: SettingKeys = awsSettingKeys): T {
  const jsonData = asBag(options.jsonData);
  const secureJsonData = asBag(options.secureJsonData);

  switch (edit.type) {
    case 'provider': {
      const next = { ...options, jsonData: withKey(jsonData, keys.authType, edit.value) };
      if (edit.value !== AwsAuthType.Keys) {
        // Keys typed for Access & secret key are not submitted once another provider is chosen. An
        // empty value is a reset the user asked for (it deletes the stored key on save), so it stays.
        const typed = keySecrets.map((s) => keys[s]).filter((k) => isTyped(own(secureJsonData, k)));
        return typed.length === 0 ? next : { ...next, secureJsonData: withoutKeys(secureJsonData, typed) };
      }
      const restore = keySecrets.filter((s) => isTyped(edit.restoreSecrets?.[s]));
      if (restore.length === 0) {
        return next;
      }
      let secrets = secureJsonData;
      for (const setting of restore) {
        secrets = withKey(secrets, keys[setting], edit.restoreSecrets?.[setting]);
      }
      return { ...next, secureJsonData: secrets };
    }
    case 'text': {
      if (edit.setting === 'assumeRoleArn') {
        // Other spellings of the key would compete with the new value in the backend.
        const variants = caseVariantsOf(jsonData, keys.assumeRoleArn).filter((k) => k !== keys.assumeRoleArn);
        return { ...options, jsonData: withKey(withoutKeys(jsonData, variants), keys.assumeRoleArn, edit.value) };
      }
      return { ...options, jsonData: withKey(jsonData, keys[edit.setting], edit.value) };
    }
    case 'secret':
      return { ...options, secureJsonData: withKey(secureJsonData, keys[edit.setting], edit.value) };
    case 'resetSecret':
      // What Grafana's own reset helpers write: the stored secret is replaced by what is typed next.
      return {
        ...options,
        secureJsonFields: withKey(asBag(options.secureJsonFields), keys[edit.setting], false),
        secureJsonData: withKey(secureJsonData, keys[edit.setting], ''),
      };
    case 'clearAssumeRole':
      return {
        ...options,
        jsonData: withoutKeys(jsonData, [...caseVariantsOf(jsonData, keys.assumeRoleArn), keys.externalId]),
      };
  }
}
