import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

import { Alert, ClipboardButton, Collapse, Input, Stack, Switch, TextLink, useStyles2 } from '@grafana/ui';
import { memo, useCallback, useState } from 'react';

import type { AwsAuthEdit } from '../model/edit';
import {
  GRAFANA_ASSUME_ROLE_ACCOUNT_ID,
  GRAFANA_ASSUME_ROLE_DOCS_URL,
  type GrafanaExternalIdState,
} from '../model/grafanaAssumeRole';
import type { FieldIds } from './fieldIds';
import { Trans, t } from './i18n';
import { NO_FINDINGS, ROLE_ARN_EXAMPLE, SettingField, SettingInput } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';

export interface GrafanaAssumeRoleFieldsProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  ids: Pick<FieldIds, 'assumeRoleArn' | 'grafanaExternalId' | 'perDatasourceExternalId'>;
  assumeRoleArn: string;
  /** Saved, and allowed by the admin, but it cannot run here: the feature toggle is off or the type cannot use it. */
  unavailable?: 'featureToggle' | 'dataSourceType';
  /** The external ID Grafana sends, and whether it is the stack's or this data source's. */
  externalId: GrafanaExternalIdState;
  /** Feature toggle `awsAssumeRolePerDatasourceExternalId`: offer the per-data-source switch. */
  perDatasourceAvailable: boolean;
  /** Saving now changes the external ID a configured role trusts. */
  externalIdChangesOnSave: boolean;
  /** Needed to build the per-data-source ID when the switch is turned on. */
  stackExternalId: string;
  uid: unknown;
  /**
   * A provisioned data source: the role ARN and the switch cannot be changed. The external ID can
   * still be copied, to set up the role's trust policy.
   */
  readOnly?: boolean;
  /** The editor's single write path (stable). */
  onEdit: (edit: AwsAuthEdit) => void;
}

// @grafana/aws-sdk's words where no ID is known yet (authors' tests look for them): a data source's
// own ID is minted when it is saved; the stack's is unavailable until the plugin or Grafana gives it.
function missingText(state: GrafanaExternalIdState): string {
  return state.mode === 'perDatasource'
    ? t('grafana-aws-auth.gar.external-id.unsaved', 'Save the data source to generate an external ID')
    : t('grafana-aws-auth.gar.external-id.unavailable', 'External Id is currently unavailable');
}

/**
 * Extra `GrafanaAssumeRole`: the Grafana Assume Role provider's fields (the stack's or the data source's own
 * external ID). Built into `ConnectionConfig`; pass it to `LeanConnectionConfig` to get it back.
 */
export const GrafanaAssumeRoleFields = /* @__PURE__ */ memo(function GrafanaAssumeRoleFields(
  props: GrafanaAssumeRoleFieldsProps
) {
  const { ids, assumeRoleArn, externalId, perDatasourceAvailable, findings } = props;
  const styles = useStyles2(getStyles);
  const [stepsOpen, setStepsOpen] = useState(false);
  const { stackExternalId, uid, onEdit, readOnly } = props;
  const onArn = useCallback((value: string) => onEdit({ type: 'text', setting: 'assumeRoleArn', value }), [onEdit]);
  const perDatasource = externalId.mode === 'perDatasource';
  // The switch's last position as the user set it decides the warning, so it shows even under a
  // host that does not hand the change back (a plugin's unit test with a bare mock). The editor
  // remounts these fields after each save, which starts over.
  const [openedPerDatasource] = useState(perDatasource);
  const [switchedTo, setSwitchedTo] = useState<boolean | undefined>(undefined);
  const warnChange =
    switchedTo === undefined
      ? props.externalIdChangesOnSave
      : switchedTo !== openedPerDatasource && assumeRoleArn.trim() !== '';
  const idText = externalId.value || missingText(externalId);
  // As in @grafana/aws-sdk: without the stack's ID there is nothing to show or copy in stack mode.
  const showId = perDatasource || externalId.value !== '';

  return (
    <>
      {props.unavailable && <Unavailable reason={props.unavailable} />}
      <Collapse
        label={t('grafana-aws-auth.gar.steps.title', 'How to create an IAM role for Grafana to assume')}
        isOpen={stepsOpen}
        onToggle={() => setStepsOpen((o) => !o)}
      >
        <ol className={styles.steps}>
          <li>
            <Trans i18nKey="grafana-aws-auth.gar.steps.trusted-entity">
              In the AWS IAM console, create a role. As its trusted entity choose <strong>AWS account</strong>, then{' '}
              <strong>Another AWS account</strong>.
            </Trans>
          </li>
          <li>
            <Trans i18nKey="grafana-aws-auth.gar.steps.account" values={{ account: GRAFANA_ASSUME_ROLE_ACCOUNT_ID }}>
              Enter Grafana&apos;s account ID <code>{'{{account}}'}</code> and tick <strong>Require external ID</strong>
              .
            </Trans>
          </li>
          <li>
            {perDatasource
              ? t(
                  'grafana-aws-auth.gar.steps.external-id-own',
                  'Enter this external ID (only this data source uses it):'
                )
              : t('grafana-aws-auth.gar.steps.external-id-stack', "Enter this external ID (your stack's):")}{' '}
            {externalId.value ? <code>{externalId.value}</code> : <em>{idText}</em>}
          </li>
          <li>
            {t(
              'grafana-aws-auth.gar.steps.permissions',
              'Attach the permissions this data source needs, then give the role a name and create it.'
            )}
          </li>
          <li>
            <Trans i18nKey="grafana-aws-auth.gar.steps.copy-arn">
              Copy the new role&apos;s ARN into <strong>Assume Role ARN</strong> below.
            </Trans>
          </li>
        </ol>
      </Collapse>

      <SettingInput
        id={ids.assumeRoleArn}
        label={t('grafana-aws-auth.gar.arn.label', 'Assume Role ARN')}
        description={t(
          'grafana-aws-auth.gar.arn.description',
          'Required. The role you created for Grafana in your AWS account.'
        )}
        findings={findingsOf(findings, 'assumeRoleArn')}
        value={assumeRoleArn}
        placeholder={ROLE_ARN_EXAMPLE}
        readOnly={readOnly}
        onChange={onArn}
      />

      {perDatasourceAvailable && (
        <SettingField
          inputId={ids.perDatasourceExternalId}
          label={t('grafana-aws-auth.gar.per-datasource.label', 'Per Data Source External ID')}
          description={t(
            'grafana-aws-auth.gar.per-datasource.description',
            "On: this data source gets its own external ID, so a role trusted by it cannot be used by another data source. Off: the stack's shared external ID."
          )}
          findings={NO_FINDINGS}
        >
          {(aria) => (
            <Switch
              id={ids.perDatasourceExternalId}
              data-testid="per-ds-external-id-toggle"
              value={perDatasource}
              disabled={readOnly}
              onChange={(e) => {
                const enabled = e.currentTarget.checked;
                setSwitchedTo(enabled);
                onEdit({ type: 'perDatasourceExternalId', enabled, stackExternalId, uid });
              }}
              {...aria}
            />
          )}
        </SettingField>
      )}

      {showId && (
        <SettingField
          inputId={ids.grafanaExternalId}
          label={t('grafana-aws-auth.gar.external-id.label', 'External ID')}
          description={
            perDatasource
              ? t(
                  'grafana-aws-auth.gar.external-id.own',
                  "Unique to this data source. Put it in the role's trust policy as sts:ExternalId."
                )
              : t(
                  'grafana-aws-auth.gar.external-id.stack',
                  "Your stack's external ID, shared by its data sources. Put it in the role's trust policy as sts:ExternalId."
                )
          }
          findings={NO_FINDINGS}
        >
          {(aria) => (
            // A fragment, so that Field does not hand its input props to the layout element.
            <>
              <Stack direction="row" gap={1}>
                <Input id={ids.grafanaExternalId} readOnly value={idText} className={styles.grow} {...aria} />
                <ClipboardButton
                  variant="secondary"
                  icon="copy"
                  disabled={!externalId.value}
                  getText={() => externalId.value}
                  aria-label={t('grafana-aws-auth.gar.copy.label', 'Copy the external ID')}
                >
                  {t('grafana-aws-auth.gar.copy', 'Copy')}
                </ClipboardButton>
              </Stack>
            </>
          )}
        </SettingField>
      )}

      {warnChange && (
        <Alert
          severity="warning"
          data-testid="grafana-external-id-change-warning"
          title={t('grafana-aws-auth.gar.changes-on-save.title', 'The external ID changes when you save')}
        >
          {t(
            'grafana-aws-auth.gar.changes-on-save.body',
            'The role above trusts the current external ID. After saving, update its trust policy to the ID shown here, or Grafana can no longer assume it.'
          )}
        </Alert>
      )}

      <p className={styles.note}>
        {/* @grafana/aws-sdk's sentence: authors' tests find the link by "Learn more about". */}
        <Trans i18nKey="grafana-aws-auth.gar.docs-link">
          Learn more about{' '}
          <TextLink href={GRAFANA_ASSUME_ROLE_DOCS_URL} external inline variant="bodySmall">
            Grafana Assume Role
          </TextLink>
          .
        </Trans>
      </p>
    </>
  );
});

/** A saved Grafana Assume Role that this Grafana server or this data source type cannot run. */
function Unavailable({ reason }: { reason: 'featureToggle' | 'dataSourceType' }) {
  return (
    <Alert
      severity="warning"
      title={t('grafana-aws-auth.gar.unavailable.title', 'Grafana Assume Role cannot work for this data source')}
    >
      {reason === 'featureToggle' ? (
        <Trans i18nKey="grafana-aws-auth.gar.unavailable.toggle">
          The <code>awsDatasourcesTempCredentials</code> feature toggle is off on this Grafana server. Requests will
          fail until an admin turns it on, or you choose another provider.
        </Trans>
      ) : (
        t(
          'grafana-aws-auth.gar.unavailable.type',
          'This type of data source cannot use the temporary credentials Grafana Assume Role provides. Requests will fail until you choose another provider.'
        )
      )}
    </Alert>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  steps: css({ paddingLeft: theme.spacing(3), '& li': { marginBottom: theme.spacing(1) } }),
  grow: css({ flex: 1 }),
  note: css({ marginBottom: theme.spacing(2) }),
});
