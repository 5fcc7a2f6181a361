import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Checkbox, useStyles2 } from '@grafana/ui';
import { type ComponentType, memo, useCallback, useState } from 'react';

import type { SecretState } from '../model/settings';
import { t } from './i18n';
import type { FieldIds } from './fieldIds';
import type { KeyFileImportProps } from './KeyFileImport';
import { SecretField } from './SecretField';
import { NO_FINDINGS } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';
import type { AwsAuthEdit } from '../model/edit';

export interface AccessKeyFieldsProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  ids: Pick<FieldIds, 'accessKey' | 'secretKey' | 'sessionToken'>;
  accessKey: SecretState;
  secretKey: SecretState;
  sessionToken: SecretState;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
  /** A provisioned data source: every control is disabled. */
  readOnly?: boolean;
  /** Opt-in import of the AWS console's key file (`KeyFileImport`). */
  KeyFileImport?: ComponentType<KeyFileImportProps>;
}

export const AccessKeyFields = /* @__PURE__ */ memo(function AccessKeyFields(props: AccessKeyFieldsProps) {
  const { ids, accessKey, secretKey, sessionToken, onEdit, findings, KeyFileImport } = props;
  const onImport = useCallback(
    (accessKey: string, secretKey: string) => onEdit({ type: 'importKeys', accessKey, secretKey }),
    [onEdit]
  );
  const readOnly = props.readOnly === true;
  const styles = useStyles2(getStyles);
  const [saysTemporary, setSaysTemporary] = useState(false);
  // ASIA keys are temporary and useless without their token, so the field shows by itself for them.
  const asia = accessKey.value.startsWith('ASIA');
  const hasToken = sessionToken.configured || sessionToken.value !== '';
  const showToken = asia || hasToken || saysTemporary;
  const field = { onEdit, readOnly };
  return (
    <>
      {KeyFileImport && <KeyFileImport onImport={onImport} disabled={readOnly} />}
      <SecretField
        {...field}
        id={ids.accessKey}
        setting="accessKey"
        label={t('grafana-aws-auth.access-key.label', 'Access Key ID')}
        description={t(
          'grafana-aws-auth.access-key.description',
          'Starts with AKIA for a long-term key or ASIA for a temporary one.'
        )}
        findings={findingsOf(findings, 'accessKey')}
        configured={accessKey.configured}
        value={accessKey.value}
      />
      <SecretField
        {...field}
        id={ids.secretKey}
        setting="secretKey"
        label={t('grafana-aws-auth.secret-key.label', 'Secret Access Key')}
        description={t(
          'grafana-aws-auth.secret-key.description',
          'Shown only once, when the key is created in the AWS console.'
        )}
        findings={findingsOf(findings, 'secretKey')}
        configured={secretKey.configured}
        value={secretKey.value}
      />
      {!asia && !hasToken && (
        <div className={styles.tokenToggle}>
          <Checkbox
            label={t('grafana-aws-auth.session-token.temporary.label', 'These are temporary credentials')}
            description={t(
              'grafana-aws-auth.session-token.temporary.description',
              'Keys from AWS STS or SSO come with a session token.'
            )}
            value={saysTemporary}
            disabled={readOnly}
            onChange={(e) => setSaysTemporary(e.currentTarget.checked)}
          />
        </div>
      )}
      {showToken && (
        <SecretField
          {...field}
          id={ids.sessionToken}
          setting="sessionToken"
          label={t('grafana-aws-auth.session-token.label', 'Session Token')}
          description={t(
            'grafana-aws-auth.session-token.description',
            'Temporary credentials expire, often within hours; the data source stops working then until you enter new ones.'
          )}
          findings={NO_FINDINGS}
          configured={sessionToken.configured}
          value={sessionToken.value}
        />
      )}
    </>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  tokenToggle: css({ marginBottom: theme.spacing(2) }),
});
