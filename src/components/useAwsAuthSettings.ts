import { config } from '@grafana/runtime';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';

import { type SecretStash, applyChange } from '../model/change';
import type { AwsAuthEdit } from '../model/edit';
import { missingGrafanaExternalId, stackExternalIdOf } from '../model/grafanaAssumeRole';
import { type AwsAuthPolicy, type PolicyOverrides, resolvePolicy } from '../model/server';
import { type AwsAuthView, readSettings } from '../model/settings';
import { type AnySettings, type SettingKeys, awsSettingKeys } from '../model/types';

/** What `useAwsAuthSettings` takes: the editor's `options` and `onOptionsChange`, and the same overrides as `ConnectionConfig`. */
export interface UseAwsAuthSettingsArgs<T extends AnySettings> extends Omit<PolicyOverrides, 'dataSourceType'> {
  options: T;
  onOptionsChange: (options: T) => void;
  keys?: SettingKeys;
  /** The stack's external ID for Grafana Assume Role, as the plugin loads it (may arrive late). */
  externalId?: string;
}

/** What `useAwsAuthSettings` returns: the settings as read, what the server allows, and the one way to change them. */
export interface AwsAuthSettings {
  view: AwsAuthView;
  policy: AwsAuthPolicy;
  /** Applies one edit and reports the new options once. Stable across renders. */
  edit: (edit: AwsAuthEdit) => void;
  /** Grafana Assume Role: the stack's external ID, or '' while it is not known. */
  stackExternalId: string;
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
  grafanaAssumeRole,
  externalId,
}: UseAwsAuthSettingsArgs<T>): AwsAuthSettings {
  const dataSourceType = options.type;
  const policy = useMemo(
    () =>
      resolvePolicy(config, {
        allowedAuthProviders,
        assumeRoleEnabled,
        supportsTemporaryCredentials,
        grafanaAssumeRole,
        dataSourceType,
      }),
    [allowedAuthProviders, assumeRoleEnabled, supportsTemporaryCredentials, grafanaAssumeRole, dataSourceType]
  );
  const view = useMemo(() => readSettings(options, keys), [options, keys]);
  const stackExternalId = stackExternalIdOf(externalId, config.namespace);

  // Handlers read the latest props through a ref so their identity never changes: the sections are
  // memoised, and a keystroke in one must not re-render the others.
  const latest = useRef({ options, onOptionsChange, keys, stackExternalId, policy });
  useLayoutEffect(() => {
    latest.current = { options, onOptionsChange, keys, stackExternalId, policy };
  });

  // Keys typed for Access & secret key, kept (in memory only) while another provider is chosen.
  const stash = useRef<SecretStash>({});

  const edit = useCallback((change: AwsAuthEdit) => {
    const { options: current, onOptionsChange: report, keys: k, stackExternalId: stack, policy: p } = latest.current;
    const result = applyChange(current, change, { keys: k, policy: p, stackExternalId: stack, stash: stash.current });
    stash.current = result.stash;
    // A provisioned (read-only) data source: nothing is written, on mount or after.
    if (result.options !== current) {
      report(result.options);
    }
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

  // The stack ID (or the uid) often arrives after the first render: once both are known, a data
  // source in per-data-source mode gets its ID, once per value.
  const uid = options.uid;
  const fill = useMemo(
    () => missingGrafanaExternalId(view, { featureEnabled: policy.perDatasourceExternalId, stackExternalId, uid }),
    [view, policy.perDatasourceExternalId, stackExternalId, uid]
  );
  const filledFor = useRef<string | undefined>(undefined);
  const fillKey = fill ? `${stackExternalId}\u0000${String(uid)}` : undefined;
  useEffect(() => {
    if (fill && fillKey !== filledFor.current) {
      filledFor.current = fillKey;
      edit(fill);
    }
  }, [fill, fillKey, edit]);

  return { view, policy, edit, stackExternalId };
}
