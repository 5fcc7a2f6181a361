import { type AwsAuthEdit, applyEdit } from './edit';
import { perDatasourceDefault } from './grafanaAssumeRole';
import type { AwsAuthPolicy } from './server';
import { readSettings } from './settings';
import { type AnySettings, AwsAuthType, type SecretSetting, type SettingKeys, awsSettingKeys } from './types';

/**
 * Keys typed for Access & secret key while another provider is chosen: kept in memory only (never
 * submitted), so that switching back restores what the person typed.
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
    if (before.authType === AwsAuthType.Keys && edit.value !== AwsAuthType.Keys) {
      stash = {
        accessKey: before.secrets.accessKey.value,
        secretKey: before.secrets.secretKey.value,
        sessionToken: before.secrets.sessionToken.value,
      };
    } else if (edit.value === AwsAuthType.Keys && !edit.restoreSecrets) {
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
