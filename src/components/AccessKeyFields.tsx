import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Checkbox, useStyles2 } from '@grafana/ui';
import { type ComponentType, memo, useMemo, useState } from 'react';

import type { SecretState } from '../model/settings';
import type { SecretSetting } from '../model/types';
import type { Validator } from '../model/validate';
import { t, translate } from './i18n';
import type { KeyFileImportProps } from './KeyFileImport';
import { MaskedSecretInput } from './MaskedSecretInput';
import { NO_FINDINGS, SettingField, useTrimmedChange } from './SettingField';

export interface AccessKeyFieldsProps {
  /** Opt-in checks (for example `validateAwsAuth`); without one, nothing is checked. */
  validate?: Validator;
  idPrefix: string;
  accessKey: SecretState;
  secretKey: SecretState;
  sessionToken: SecretState;
  onChange: (setting: SecretSetting, value: string) => void;
  onReset: (setting: SecretSetting) => void;
  onImport: (accessKey: string, secretKey: string) => void;
  /** Opt-in import of the AWS console's key file (`KeyFileImport`). */
  KeyFileImport?: ComponentType<KeyFileImportProps>;
}

export const AccessKeyFields = memo(function AccessKeyFields(props: AccessKeyFieldsProps) {
  const { idPrefix, accessKey, secretKey, sessionToken, onChange, onReset, onImport, validate, KeyFileImport } = props;
  const access = useTrimmedChange((value) => onChange('accessKey', value));
  const secret = useTrimmedChange((value) => onChange('secretKey', value));
  const token = useTrimmedChange((value) => onChange('sessionToken', value));
  const styles = useStyles2(getStyles);
  const [saysTemporary, setSaysTemporary] = useState(false);
  // ASIA keys are temporary and useless without their token, so the field shows by itself for them.
  const asia = accessKey.value.startsWith('ASIA');
  const hasToken = sessionToken.configured || sessionToken.value !== '';
  const showToken = asia || hasToken || saysTemporary;
  // Only what is typed here is checked; a stored key never reaches the browser.
  const findings = useMemo(
    () => (validate ? validate({ accessKey: accessKey.value, secretKey: secretKey.value }, translate) : NO_FINDINGS),
    [accessKey.value, secretKey.value, validate]
  );
  return (
    <>
      {KeyFileImport && <KeyFileImport onImport={onImport} />}
      <SettingField
        label={t('grafana-aws-auth.access-key.label', 'Access Key ID')}
        description={t(
          'grafana-aws-auth.access-key.description',
          'Starts with AKIA for a long-term key or ASIA for a temporary one.'
        )}
        findings={findings.filter((f) => f.setting === 'accessKey')}
        notice={access.notice}
      >
        {(aria) => (
          <MaskedSecretInput
            id={`${idPrefix}-access-key`}
            isConfigured={accessKey.configured}
            value={accessKey.value}
            onChange={(e) => access.onChange(e.currentTarget.value)}
            onReset={() => onReset('accessKey')}
            {...aria}
          />
        )}
      </SettingField>
      <SettingField
        label={t('grafana-aws-auth.secret-key.label', 'Secret Access Key')}
        description={t(
          'grafana-aws-auth.secret-key.description',
          'Shown only once, when the key is created in the AWS console.'
        )}
        findings={findings.filter((f) => f.setting === 'secretKey')}
        notice={secret.notice}
      >
        {(aria) => (
          <MaskedSecretInput
            id={`${idPrefix}-secret-key`}
            isConfigured={secretKey.configured}
            value={secretKey.value}
            onChange={(e) => secret.onChange(e.currentTarget.value)}
            onReset={() => onReset('secretKey')}
            {...aria}
          />
        )}
      </SettingField>
      {!asia && !hasToken && (
        <div className={styles.tokenToggle}>
          <Checkbox
            label={t('grafana-aws-auth.session-token.temporary.label', 'These are temporary credentials')}
            description={t(
              'grafana-aws-auth.session-token.temporary.description',
              'Keys from AWS STS or SSO come with a session token.'
            )}
            value={saysTemporary}
            onChange={(e) => setSaysTemporary(e.currentTarget.checked)}
          />
        </div>
      )}
      {showToken && (
        <SettingField
          label={t('grafana-aws-auth.session-token.label', 'Session Token')}
          description={t(
            'grafana-aws-auth.session-token.description',
            'Temporary credentials expire, often within hours; the data source stops working then until you enter new ones.'
          )}
          findings={[]}
          notice={token.notice}
        >
          {(aria) => (
            <MaskedSecretInput
              id={`${idPrefix}-session-token`}
              isConfigured={sessionToken.configured}
              value={sessionToken.value}
              onChange={(e) => token.onChange(e.currentTarget.value)}
              onReset={() => onReset('sessionToken')}
              {...aria}
            />
          )}
        </SettingField>
      )}
    </>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  tokenToggle: css({ marginBottom: theme.spacing(2) }),
});
