import { config } from '@grafana/runtime';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';

import { type AwsAuthEdit, applyEdit } from '../model/edit';
import { type AwsAuthPolicy, type PolicyOverrides, resolvePolicy } from '../model/server';
import { type AwsAuthView, readSettings } from '../model/settings';
import { type AnySettings, AwsAuthType, type SecretSetting, type SettingKeys, awsSettingKeys } from '../model/types';

export interface UseAwsAuthSettingsArgs<T extends AnySettings> extends Omit<PolicyOverrides, 'dataSourceType'> {
  options: T;
  onOptionsChange: (options: T) => void;
  keys?: SettingKeys;
}

export interface AwsAuthSettings {
  view: AwsAuthView;
  policy: AwsAuthPolicy;
  /** Applies one edit and reports the new options once. Stable across renders. */
  edit: (edit: AwsAuthEdit) => void;
}

/**
 * The editor's state and its one way to change `options`. Everything `ConnectionConfig` shows comes
 * from here, so a custom layout built on this hook behaves the same.
 */
export function useAwsAuthSettings<T extends AnySettings>({
  options,
  onOptionsChange,
  keys = awsSettingKeys,
  allowedAuthProviders,
  assumeRoleEnabled,
  supportsTemporaryCredentials,
}: UseAwsAuthSettingsArgs<T>): AwsAuthSettings {
  const dataSourceType = options.type;
  const policy = useMemo(
    () =>
      resolvePolicy(config, { allowedAuthProviders, assumeRoleEnabled, supportsTemporaryCredentials, dataSourceType }),
    [allowedAuthProviders, assumeRoleEnabled, supportsTemporaryCredentials, dataSourceType]
  );
  const view = useMemo(() => readSettings(options, keys), [options, keys]);

  // Handlers read the latest props through a ref so their identity never changes: the sections are
  // memoised, and a keystroke in one must not re-render the others.
  const latest = useRef({ options, onOptionsChange, keys });
  useLayoutEffect(() => {
    latest.current = { options, onOptionsChange, keys };
  });

  // Secrets typed for Access & secret key, kept in memory (never submitted) while another provider is chosen.
  const stash = useRef<Partial<Record<SecretSetting, string>>>({});

  const edit = useCallback((change: AwsAuthEdit) => {
    const { options: current, onOptionsChange: report, keys: k } = latest.current;
    let next = change;
    if (change.type === 'provider') {
      const before = readSettings(current, k);
      if (before.authType === AwsAuthType.Keys && change.value !== AwsAuthType.Keys) {
        stash.current = { accessKey: before.secrets.accessKey.value, secretKey: before.secrets.secretKey.value, sessionToken: before.secrets.sessionToken.value };
      } else if (change.value === AwsAuthType.Keys && !change.restoreSecrets) {
        next = { ...change, restoreSecrets: stash.current };
      }
    }
    report(applyEdit(current, next, k));
  }, []);

  // A new data source (no provider saved, or junk) gets the first allowed provider, once. A saved
  // provider, even one the server no longer allows, is never rewritten without the user.
  const initial = view.authType === undefined ? policy.initialProvider : undefined;
  const requested = useRef(false);
  useEffect(() => {
    if (initial !== undefined && !requested.current) {
      requested.current = true;
      edit({ type: 'provider', value: initial });
    }
  }, [initial, edit]);

  return { view, policy, edit };
}
