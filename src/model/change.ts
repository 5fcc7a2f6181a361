import { type AwsAuthEdit, applyEdit } from './edit';
import { perDatasourceDefault } from './grafanaAssumeRole';
import type { AwsAuthPolicy } from './server';
import { readSettings } from './settings';
import { type SecretSetting, secretSettings, usedBy } from './settingsTable';
import { type AnySettings, type SettingKeys, awsSettingKeys } from './types';

/**
 * Secrets typed for a provider (Access & secret key) while another one is chosen: kept in memory
 * only (never submitted), so that switching back restores what the person typed.
 */
export type SecretStash = Readonly<Partial<Record<SecretSetting, string>>>;

export interface ChangeContext {
  keys?: SettingKeys;
  /** The server's policy; the per-data-source external ID toggle decides a follow-up write. */
  policy: Pick<AwsAuthPolicy, 'perDatasourceExternalId'>;
  /** The stack's external ID for Grafana Assume Role, or '' while it is not known. */
  stackExternalId: string;
  stash: SecretStash;
}

export interface ChangeResult<T> {
  /** The next options; the same object when nothing is to be written (a provisioned data source). */
  options: T;
  stash: SecretStash;
}

/**
 * Every write rule of the editor in one pure step: the edit itself (`applyEdit`), the keys set
 * aside or restored when the provider changes, and the per-data-source external ID that choosing
 * Grafana Assume Role brings in the same write. The hook only hands the result to Grafana.
 */
export function applyChange<T extends AnySettings>(options: T, edit: AwsAuthEdit, ctx: ChangeContext): ChangeResult<T> {
  const keys = ctx.keys ?? awsSettingKeys;
  let stash = ctx.stash;
  let next = edit;
  if (edit.type === 'provider') {
    const before = readSettings(options, keys);
    // The provider's own secrets (a table row's `providers`) are set aside when it is left...
    const leaving = secretSettings.filter((s) => !usedBy(s, edit.value) && usedBy(s, before.authType));
    if (leaving.length > 0) {
      stash = { ...stash, ...Object.fromEntries(leaving.map((s) => [s, before.secrets[s].value])) };
    } else if (!edit.restoreSecrets) {
      // ...and put back when it is chosen again.
      next = { ...edit, restoreSecrets: stash };
    }
  }
  let result = applyEdit(options, next, keys);
  if (result === options) {
    return { options, stash: ctx.stash };
  }
  if (edit.type === 'provider') {
    const follow = perDatasourceDefault(readSettings(result, keys), {
      featureEnabled: ctx.policy.perDatasourceExternalId,
      stackExternalId: ctx.stackExternalId,
      uid: result.uid,
    });
    result = follow ? applyEdit(result, follow, keys) : result;
  }
  return { options: result, stash };
}
