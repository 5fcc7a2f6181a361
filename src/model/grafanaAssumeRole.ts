import type { AwsAuthEdit } from './edit';
import type { AwsAuthView } from './settings';
import { AwsAuthType } from './types';

/** Grafana Cloud's AWS account, which assumes the role on the stack's behalf. */
export const GRAFANA_ASSUME_ROLE_ACCOUNT_ID = '008923505280';

export const GRAFANA_ASSUME_ROLE_DOCS_URL =
  'https://grafana.com/docs/plugins/cloudwatch/latest/aws-authentication/#use-grafana-assume-role';

/**
 * The stack's external ID: the plugin's `externalId` prop (often loaded from its backend), else
 * what the Cloud namespace (`stacks-<id>`) names. '' while neither is known.
 */
export function stackExternalIdOf(externalIdProp: unknown, namespace: unknown): string {
  if (typeof externalIdProp === 'string' && externalIdProp.trim() !== '') {
    return externalIdProp.trim();
  }
  const prefix = 'stacks-';
  if (typeof namespace === 'string' && namespace.startsWith(prefix) && namespace.length > prefix.length) {
    return namespace.slice(prefix.length);
  }
  return '';
}

/**
 * The per-data-source external ID, in the one format Grafana's server accepts:
 * `{stackExternalId}-{uid}`. Undefined unless both are known: a guessed uid would be rejected.
 */
export function buildGrafanaExternalId(stackExternalId: unknown, uid: unknown): string | undefined {
  if (typeof stackExternalId !== 'string' || typeof uid !== 'string' || stackExternalId === '' || uid === '') {
    return undefined;
  }
  return `${stackExternalId}-${uid}`;
}

export interface GrafanaExternalIdState {
  /** Which ID the backend sends to sts:AssumeRole: the stack's, or this data source's own. */
  mode: 'stack' | 'perDatasource';
  /** That ID, or '' while it is not known. */
  value: string;
  /** Why `value` is empty: the stack ID has not loaded yet, or the data source has no uid yet. */
  missing?: 'stackId' | 'uid';
}

/**
 * The external ID Grafana will use for this data source, by the backend's rule (grafana-aws-sdk,
 * `ResolveGrafanaAssumeRoleExternalID`): the data source's own `grafanaExternalId` only when
 * `usePerDatasourceExternalId` is explicitly true and the ID is set; otherwise the stack's, even
 * when a dormant `grafanaExternalId` is stored. In per-data-source mode without a stored ID, the ID
 * this editor is about to write (`{stack}-{uid}`) is shown.
 */
export function grafanaExternalIdState(
  view: Pick<AwsAuthView, 'usePerDatasourceExternalId' | 'grafanaExternalId'>,
  stackExternalId: string,
  uid: unknown
): GrafanaExternalIdState {
  if (view.usePerDatasourceExternalId !== true) {
    return stackExternalId
      ? { mode: 'stack', value: stackExternalId }
      : { mode: 'stack', value: '', missing: 'stackId' };
  }
  const value = view.grafanaExternalId || buildGrafanaExternalId(stackExternalId, uid);
  if (value) {
    return { mode: 'perDatasource', value };
  }
  return { mode: 'perDatasource', value: '', missing: stackExternalId ? 'uid' : 'stackId' };
}

export interface PerDatasourceContext {
  /** The `awsAssumeRolePerDatasourceExternalId` feature toggle. */
  featureEnabled: boolean;
  stackExternalId: string;
  uid: unknown;
}

/**
 * The edit that puts a Grafana Assume Role data source into per-data-source mode, or undefined
 * when nothing is due. Used right after the provider becomes Grafana Assume Role (a new data
 * source, or a switch), where an explicit stack-mode choice (`false`) is kept.
 */
export function perDatasourceDefault(view: AwsAuthView, ctx: PerDatasourceContext): AwsAuthEdit | undefined {
  if (
    !ctx.featureEnabled ||
    view.authType !== AwsAuthType.GrafanaAssumeRole ||
    view.usePerDatasourceExternalId === false
  ) {
    return undefined;
  }
  const id = buildGrafanaExternalId(ctx.stackExternalId, ctx.uid);
  if (view.usePerDatasourceExternalId === true && (id === undefined || view.grafanaExternalId !== '')) {
    return undefined;
  }
  return { type: 'perDatasourceExternalId', enabled: true, stackExternalId: ctx.stackExternalId, uid: ctx.uid };
}

/**
 * The edit that fills in a missing per-data-source ID once the stack ID and uid are both known, for
 * a data source already in per-data-source mode. Never switches modes, and never replaces a stored
 * ID: the backend sends that one as it is.
 */
export function missingGrafanaExternalId(view: AwsAuthView, ctx: PerDatasourceContext): AwsAuthEdit | undefined {
  // In per-data-source mode, the default edit is exactly this fill (and nothing when it is not due).
  return view.usePerDatasourceExternalId === true ? perDatasourceDefault(view, ctx) : undefined;
}

/**
 * True when saving now changes the external ID a role's trust policy was set up with: the data
 * source was saved with Grafana Assume Role and a role ARN, and the ID (or its mode) differs.
 */
export function externalIdChangesOnSave(
  saved: { authType: unknown; externalId: GrafanaExternalIdState },
  current: { authType: unknown; assumeRoleArn: string; externalId: GrafanaExternalIdState }
): boolean {
  if (saved.authType !== AwsAuthType.GrafanaAssumeRole || current.authType !== AwsAuthType.GrafanaAssumeRole) {
    return false;
  }
  if (current.assumeRoleArn.trim() === '') {
    return false;
  }
  if (saved.externalId.mode !== current.externalId.mode) {
    return true;
  }
  return (
    saved.externalId.value !== '' &&
    current.externalId.value !== '' &&
    saved.externalId.value !== current.externalId.value
  );
}
