import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { ConfigSection } from '@grafana/plugin-ui';
import { Alert, useStyles2 } from '@grafana/ui';
import { useEffect, useMemo } from 'react';

import { regionNote } from '../model/regionNote';
import { usedBy } from '../model/settingsTable';
import type { ValidationInput } from '../model/validate';
import { AwsAuthType, type AwsAuthJsonData, type AwsAuthSecureJsonData } from '../model/types';
import { AccessKeyFields } from './AccessKeyFields';
import type { ConnectionConfigProps } from './ConnectionConfigProps';
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

export type { ConnectionConfigProps } from './ConnectionConfigProps';

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
  const { validate, Summary, GrafanaAssumeRole, HttpProxy, SaveReporter, Diagnosis, Provisioning, Policies } =
    extras ?? {};
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
  if (process.env.NODE_ENV !== 'production') {
    // A development-only hint: the condition is fixed for a whole build, so the hook order never
    // changes, and a production bundle carries neither the call nor the hook (bytes for the Policies extra).
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useMissingExtraWarning(props.showHttpProxySettings && !HttpProxy);
  }

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
      unreadable: view.unreadable,
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
        onEdit={edit}
      />
      {usedBy('profile', view.authType) && (
        <CredentialsProfileField
          findings={findings}
          inputId={ids.profile}
          profile={view.profile}
          fromDatabase={view.profileFromDatabase}
          readOnly={readOnly}
          onEdit={edit}
        />
      )}
      {usedBy('accessKey', view.authType) && (
        <AccessKeyFields
          findings={findings}
          ids={ids}
          accessKey={view.secrets.accessKey}
          secretKey={view.secrets.secretKey}
          sessionToken={view.secrets.sessionToken}
          readOnly={readOnly}
          onEdit={edit}
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
          onEdit={edit}
        />
      )}
      {/* Under the role's fields: the role they name, as policies and code. */}
      {Policies && <Policies {...props} />}
      {!skipEndpoint && !grafanaAssumeRole && (
        <EndpointField
          findings={findings}
          inputId={ids.endpoint}
          endpoint={view.endpoint}
          placeholder={props.defaultEndpoint || DEFAULT_ENDPOINT_PLACEHOLDER}
          readOnly={readOnly}
          onEdit={edit}
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
        onEdit={edit}
      />
      {props.showHttpProxySettings && policy.httpProxyEnabled && HttpProxy && (
        <HttpProxy
          ids={ids}
          proxyType={view.proxyType}
          proxyUrl={view.proxyUrl}
          proxyUsername={view.proxyUsername}
          proxyPassword={view.secrets.proxyPassword}
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
