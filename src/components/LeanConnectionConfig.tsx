import { css } from '@emotion/css';
import type { DataSourcePluginOptionsEditorProps, GrafanaTheme2 } from '@grafana/data';
import { ConfigSection } from '@grafana/plugin-ui';
import { Alert, useStyles2 } from '@grafana/ui';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';

import type { RegionNames } from '../model/regionOptions';
import { regionNote } from '../model/regionNote';
import type { ValidationInput } from '../model/validate';
import {
  AwsAuthType,
  type AwsAuthJsonData,
  type AwsAuthSecureJsonData,
  type SecretSetting,
  type SettingKeys,
  type TextSetting,
} from '../model/types';
import { AccessKeyFields } from './AccessKeyFields';
import type { AwsAuthExtras } from './extras';
import { AssumeRoleFields } from './AssumeRoleFields';
import { CredentialsProfileField } from './CredentialsProfileField';
import { EndpointField } from './EndpointField';
import { useFieldIds } from './fieldIds';
import { ProviderField } from './ProviderField';
import { RegionField, useRegionList } from './RegionField';
import { useAwsAuthSettings } from './useAwsAuthSettings';
import { useFindings } from './useFindings';
import { useGrafanaAssumeRole } from './useGrafanaAssumeRole';
import { t, translate } from './i18n';

/** Props of `ConnectionConfig` and `LeanConnectionConfig`: `@grafana/aws-sdk`'s, plus overrides and `extras`. */
export interface ConnectionConfigProps<
  J extends AwsAuthJsonData = AwsAuthJsonData,
  S = AwsAuthSecureJsonData,
> extends DataSourcePluginOptionsEditorProps<J, S> {
  /** Region codes to offer; defaults to every current AWS region. */
  standardRegions?: string[];
  /** Loads the regions to offer (for example from the plugin's backend); the result replaces the list. */
  loadRegions?: () => Promise<string[]>;
  /** Names shown beside region codes, by code; defaults to AWS's names. Pass `{}` to list bare codes. */
  regionNames?: RegionNames;
  /** Shown as the endpoint's placeholder. */
  defaultEndpoint?: string;
  /** Hides the section title, for plugins that render their own. */
  skipHeader?: boolean;
  /** Hides the endpoint field, for services without custom endpoints. */
  skipEndpoint?: boolean;
  /** Rendered at the end of the section: the plugin's own connection fields. */
  children?: ReactNode;
  /**
   * Accepted for compatibility with `@grafana/aws-sdk`, and ignored: fields stack vertically, as in Grafana's config pages.
   * @deprecated Accepted and ignored; remove it.
   */
  labelWidth?: number;
  /** The stack's external ID for Grafana Assume Role; may arrive after the first render. */
  externalId?: string;
  /** Hides Assume Role ARN and External ID, for services that cannot assume a role. */
  hideAssumeRoleArn?: boolean;
  /**
   * Shows the data source's own HTTP proxy settings, given `extras.HttpProxy`. As in
   * `@grafana/aws-sdk`, they appear only when the server also sets `per_datasource_http_proxy_enabled`,
   * since the backend ignores them otherwise.
   */
  showHttpProxySettings?: boolean;
  /**
   * Accepted for compatibility with `@grafana/aws-sdk`, and ignored: this editor has a single layout.
   * @deprecated Accepted and ignored; remove it.
   */
  inExperimentalAuthComponent?: boolean;
  /** Providers to offer, overriding the server's `allowed_auth_providers`. */
  allowedAuthProviders?: string[];
  /** Overrides the server's `assume_role_enabled`. */
  assumeRoleEnabled?: boolean;
  /** Overrides the check of whether this data source type supports Grafana Assume Role's temporary credentials. */
  supportsTemporaryCredentials?: boolean;
  /**
   * Opt-in features, each bundled only when imported: checks next to each field, region names,
   * the "What Grafana will do" summary, key-file import, Grafana Assume Role, the HTTP proxy,
   * save reporting.
   * `awsAuthExtras` has them all.
   */
  extras?: AwsAuthExtras;
  /** Hides the summary even when `extras` include it. */
  hideSummary?: boolean;
  /** Where settings live; the SigV4 editor passes its own names. */
  settingKeys?: SettingKeys;
}

const DEFAULT_ENDPOINT_PLACEHOLDER = 'https://{service}.{region}.amazonaws.com';

/**
 * `ConnectionConfig` without Grafana Assume Role and the HTTP proxy built in, for plugins that want
 * the fewest bytes: both come back through `extras`. A data source saved with Grafana Assume Role is
 * shown with a note that this page cannot edit it, and nothing is rewritten.
 */
export function LeanConnectionConfig<J extends AwsAuthJsonData = AwsAuthJsonData, S = AwsAuthSecureJsonData>(
  props: ConnectionConfigProps<J, S>
) {
  const { options, onOptionsChange, skipHeader, skipEndpoint, hideAssumeRoleArn, children, extras } = props;
  const { validate, Summary, GrafanaAssumeRole, HttpProxy, SaveReporter, Diagnosis, Provisioning } = extras ?? {};
  const styles = useStyles2(getStyles);
  const ids = useFieldIds();
  const { view, policy, edit, stackExternalId } = useAwsAuthSettings({
    options,
    onOptionsChange,
    keys: props.settingKeys,
    externalId: props.externalId,
    allowedAuthProviders: props.allowedAuthProviders,
    assumeRoleEnabled: props.assumeRoleEnabled,
    supportsTemporaryCredentials: props.supportsTemporaryCredentials,
    grafanaAssumeRole: Boolean(GrafanaAssumeRole),
  });
  useMissingExtraWarning(props.showHttpProxySettings && !HttpProxy);

  const onProvider = useCallback((value: AwsAuthType) => edit({ type: 'provider', value }), [edit]);
  const onText = useCallback((setting: TextSetting, value: string) => edit({ type: 'text', setting, value }), [edit]);
  const onProfile = useCallback((value: string) => onText('profile', value), [onText]);
  const onEndpoint = useCallback((value: string) => onText('endpoint', value), [onText]);
  const onRegion = useCallback((value: string) => onText('defaultRegion', value), [onText]);
  const onSecret = useCallback(
    (setting: SecretSetting, value: string) => edit({ type: 'secret', setting, value }),
    [edit]
  );
  const onReset = useCallback((setting: SecretSetting) => edit({ type: 'resetSecret', setting }), [edit]);
  const onImport = useCallback(
    (accessKey: string, secretKey: string) => edit({ type: 'importKeys', accessKey, secretKey }),
    [edit]
  );
  const onClearRole = useCallback(() => edit({ type: 'clearAssumeRole' }), [edit]);

  const hiddenBy = !policy.assumeRoleEnabled ? 'server' : hideAssumeRoleArn ? 'plugin' : undefined;
  const grafanaAssumeRole = view.authType === AwsAuthType.GrafanaAssumeRole;
  // The extra explains a saved Grafana Assume Role that the admin allows but this server or type cannot run.
  const garUnavailable = grafanaAssumeRole && GrafanaAssumeRole ? policy.grafanaAssumeRoleUnavailable : undefined;
  const gar = useGrafanaAssumeRole(view, stackExternalId, options.uid, options.version);
  // A provisioned data source: Grafana will not save it from this page, so no control invites an edit.
  const readOnly = view.readOnly;
  const note = useMemo(() => regionNote(view, translate), [view]);
  const regionList = useRegionList(props.standardRegions, props.loadRegions);
  // Everything the page shows is checked at once; each section gets its settings' findings.
  const checked = useMemo<ValidationInput>(
    () => ({
      profile: view.profile,
      assumeRoleArn: view.assumeRoleArn,
      externalId: view.externalId,
      endpoint: view.endpoint,
      defaultRegion: view.defaultRegion,
      offeredRegions: regionList.pluginRegions ? regionList.regions : undefined,
      // Only what is typed here: a stored key never reaches the browser.
      accessKey: view.secrets.accessKey.value,
      secretKey: view.secrets.secretKey.value,
      assumeRoleEnabled: policy.assumeRoleEnabled,
    }),
    [view, regionList, policy.assumeRoleEnabled]
  );
  const findings = useFindings(validate, checked);

  const body = (
    <div className={styles.body}>
      {readOnly && <ProvisionedNote />}
      <ProviderField
        inputId={ids.provider}
        providers={policy.providers}
        authType={view.authType}
        savedAuthType={view.savedAuthType}
        legacyAuthType={view.legacyAuthType}
        notInEditor={grafanaAssumeRole && !GrafanaAssumeRole}
        explainedBelow={garUnavailable !== undefined}
        readOnly={readOnly}
        onChange={onProvider}
      />
      {view.authType === AwsAuthType.Credentials && (
        <CredentialsProfileField
          findings={findings}
          inputId={ids.profile}
          profile={view.profile}
          fromDatabase={view.profileFromDatabase}
          readOnly={readOnly}
          onChange={onProfile}
        />
      )}
      {view.authType === AwsAuthType.Keys && (
        <AccessKeyFields
          findings={findings}
          ids={ids}
          accessKey={view.secrets.accessKey}
          secretKey={view.secrets.secretKey}
          sessionToken={view.secrets.sessionToken}
          readOnly={readOnly}
          onChange={onSecret}
          onReset={onReset}
          onImport={onImport}
          KeyFileImport={extras?.KeyFileImport}
        />
      )}
      {grafanaAssumeRole ? (
        // The role is the whole point of Grafana Assume Role, so hideAssumeRoleArn does not apply.
        GrafanaAssumeRole && (
          <GrafanaAssumeRole
            key={String(options.version)}
            findings={findings}
            ids={ids}
            assumeRoleArn={view.assumeRoleArn}
            unavailable={garUnavailable}
            externalId={gar.externalId}
            perDatasourceAvailable={policy.perDatasourceExternalId}
            externalIdChangesOnSave={gar.changesOnSave}
            stackExternalId={stackExternalId}
            uid={options.uid}
            readOnly={readOnly}
            onEdit={edit}
          />
        )
      ) : (
        <AssumeRoleFields
          findings={findings}
          ids={ids}
          hiddenBy={hiddenBy}
          assumeRoleArn={view.assumeRoleArn}
          externalId={view.externalId}
          readOnly={readOnly}
          onChange={onText}
          onClear={onClearRole}
        />
      )}
      {!skipEndpoint && !grafanaAssumeRole && (
        <EndpointField
          findings={findings}
          inputId={ids.endpoint}
          endpoint={view.endpoint}
          placeholder={props.defaultEndpoint || DEFAULT_ENDPOINT_PLACEHOLDER}
          readOnly={readOnly}
          onChange={onEndpoint}
        />
      )}
      <RegionField
        findings={findings}
        inputId={ids.defaultRegion}
        region={view.defaultRegion}
        regions={regionList.regions}
        pluginRegions={regionList.pluginRegions}
        regionNames={props.regionNames ?? extras?.regionNames}
        note={note}
        readOnly={readOnly}
        onChange={onRegion}
      />
      {props.showHttpProxySettings && policy.httpProxyEnabled && HttpProxy && (
        <HttpProxy
          ids={ids}
          proxyType={view.proxyType}
          proxyUrl={view.proxyUrl}
          proxyUsername={view.proxyUsername}
          proxyPassword={view.proxyPassword}
          readOnly={readOnly}
          onEdit={edit}
        />
      )}
      {SaveReporter && <SaveReporter authType={view.savedAuthType} />}
      {children}
      {Summary && !props.hideSummary && (
        <Summary
          view={view}
          assumeRoleEnabled={policy.assumeRoleEnabled}
          defaultEndpoint={props.defaultEndpoint}
          grafanaExternalId={gar.externalId.value}
        />
      )}
      {Diagnosis && <Diagnosis view={view} uid={options.uid} ids={ids} />}
      {Provisioning && <Provisioning options={options} />}
    </div>
  );

  // The test id is the one plugin authors' tests wait for with @grafana/aws-sdk.
  return (
    <div data-testid="connection-config">
      {skipHeader ? (
        body
      ) : (
        <ConfigSection
          title={t('grafana-aws-auth.section.title', 'Connection Details')}
          description={t(
            'grafana-aws-auth.section.description',
            'How Grafana authenticates to AWS for this data source.'
          )}
        >
          {body}
        </ConfigSection>
      )}
    </div>
  );
}

/** The one note a provisioned data source gets: why nothing here can be changed, and where it can. */
function ProvisionedNote() {
  return (
    <Alert severity="info" title={t('grafana-aws-auth.provisioned.title', 'This data source is provisioned')}>
      {t(
        'grafana-aws-auth.provisioned.body',
        'Its settings come from a provisioning file and are changed there, not on this page.'
      )}
    </Alert>
  );
}

// Plugin bundlers (webpack, Vite, esbuild) replace process.env.NODE_ENV, so this author-facing
// message is left out of production builds. It is only read when the extra is missing.
declare const process: { env: { NODE_ENV?: string } };
let warnedMissingProxy = false;

/** Tells the plugin's author, once per page and only in development, that the proxy needs its extra. */
function useMissingExtraWarning(missing: boolean | undefined) {
  useEffect(() => {
    if (missing && !warnedMissingProxy && process.env.NODE_ENV !== 'production') {
      warnedMissingProxy = true;
      console.warn(
        'grafana-aws-auth: showHttpProxySettings needs the HttpProxy extra: extras={{ HttpProxy: HttpProxySettings }} or extras={awsAuthExtras}.'
      );
    }
  }, [missing]);
}

const getStyles = (theme: GrafanaTheme2) => ({
  body: css({ maxWidth: theme.spacing(75) }),
});
