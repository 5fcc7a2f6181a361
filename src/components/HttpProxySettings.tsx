import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, FieldSet, Select, useStyles2 } from '@grafana/ui';
import { memo, useCallback, useMemo } from 'react';

import type { AwsAuthEdit } from '../model/edit';
import { checkProxyUrl, proxyTypeOptions } from '../model/proxy';
import type { SecretState } from '../model/settings';
import type { ProxyType } from '../model/types';
import type { FieldIds } from './fieldIds';
import { rich, t, translate } from './i18n';
import { SecretField } from './SecretField';
import { DescribedSelect, type FieldMessage, NO_FINDINGS, SettingField, SettingInput } from './SettingField';

export interface HttpProxySettingsProps {
  ids: Pick<FieldIds, 'proxyType' | 'proxyUrl' | 'proxyUsername' | 'proxyPassword'>;
  proxyType: ProxyType;
  proxyUrl: string;
  proxyUsername: string;
  proxyPassword: SecretState;
  /** A provisioned data source: the settings are shown but cannot be changed. */
  readOnly?: boolean;
  /** The editor's single write path (stable). */
  onEdit: (edit: AwsAuthEdit) => void;
}

/** The data source's own HTTP proxy to AWS: the environment's (default), none, or a URL. */
export const HttpProxySettings = /* @__PURE__ */ memo(function HttpProxySettings(props: HttpProxySettingsProps) {
  const { ids, proxyType, proxyUrl, proxyUsername, proxyPassword } = props;
  const { onEdit, readOnly } = props;
  const onTypeChange = useCallback((value: ProxyType) => onEdit({ type: 'proxyType', value }), [onEdit]);
  const onUrlChange = useCallback((value: string) => onEdit({ type: 'text', setting: 'proxyUrl', value }), [onEdit]);
  const onUsernameChange = useCallback(
    (value: string) => onEdit({ type: 'text', setting: 'proxyUsername', value }),
    [onEdit]
  );
  const styles = useStyles2(getStyles);
  const options = useMemo(
    () =>
      proxyTypeOptions.map((o) => ({
        value: o.value,
        label: t(`grafana-aws-auth.proxy.type.${o.value}.label`, o.label),
        title: t(`grafana-aws-auth.proxy.type.${o.value}.description`, o.description),
      })),
    []
  );
  const check = useMemo(() => checkProxyUrl(proxyUrl, translate), [proxyUrl]);
  const urlFindings = useMemo<readonly FieldMessage[]>(
    () => (check.problem ? [{ severity: 'error', code: 'proxy-url', message: check.problem }] : NO_FINDINGS),
    [check.problem]
  );
  const current = options.find((o) => o.value === proxyType);
  const typeLabel = t('grafana-aws-auth.proxy.type.label', 'Proxy Type');

  return (
    <FieldSet label={t('grafana-aws-auth.proxy.title', 'HTTP proxy')} className={styles.section}>
      <SettingField inputId={ids.proxyType} label={typeLabel} description={current?.title} findings={NO_FINDINGS}>
        {(aria) => (
          <DescribedSelect inputId={ids.proxyType} aria={aria} disabled={readOnly}>
            <Select<ProxyType>
              inputId={ids.proxyType}
              aria-label={typeLabel}
              options={options}
              value={proxyType}
              disabled={readOnly}
              onChange={(option) => option.value && onTypeChange(option.value)}
            />
          </DescribedSelect>
        )}
      </SettingField>
      {proxyType === 'env' && (
        <p className={styles.note}>
          {rich(
            t(
              'grafana-aws-auth.proxy.env-note',
              "Grafana uses the proxy named by <1>HTTP_PROXY</1> or <3>HTTPS_PROXY</3> in grafana-server's environment (and skips hosts in <5>NO_PROXY</5>). Without those variables it connects directly."
            )
          )}
        </p>
      )}
      {proxyType === 'url' && (
        <>
          <SettingInput
            id={ids.proxyUrl}
            label={t('grafana-aws-auth.proxy.url.label', 'Proxy URL')}
            description={t(
              'grafana-aws-auth.proxy.url.description',
              'For example http://proxy.example.com:3128. Put a user name and password in the fields below, not in the URL.'
            )}
            findings={urlFindings}
            value={proxyUrl}
            placeholder={t('grafana-aws-auth.proxy.url.placeholder', 'Example: https://localhost:3004')}
            readOnly={readOnly}
            onChange={onUrlChange}
          />
          {check.hasCredentials && (
            <Alert
              severity="warning"
              title={t(
                'grafana-aws-auth.proxy.url-credentials.title',
                'Remove the user name and password from the proxy URL'
              )}
            >
              {t(
                'grafana-aws-auth.proxy.url-credentials.body',
                'The URL is stored unencrypted and shown to anyone who can read this data source. Credentials in a URL are a known security risk, and RFC 3986 deprecates the user:password form. Use Proxy Username and Proxy Password instead: the password there is encrypted.'
              )}
            </Alert>
          )}
          <SettingInput
            id={ids.proxyUsername}
            label={t('grafana-aws-auth.proxy.username.label', 'Proxy Username')}
            description={t(
              'grafana-aws-auth.proxy.username.description',
              'Optional. Sent to the proxy with the password as basic authentication; prefer an https:// proxy so it is not sent in clear text.'
            )}
            findings={NO_FINDINGS}
            value={proxyUsername}
            readOnly={readOnly}
            onChange={onUsernameChange}
          />
          <SecretField
            id={ids.proxyPassword}
            setting="proxyPassword"
            label={t('grafana-aws-auth.proxy.password.label', 'Proxy Password')}
            description={t(
              'grafana-aws-auth.proxy.password.description',
              'Optional. Stored encrypted; never shown again after saving.'
            )}
            findings={NO_FINDINGS}
            configured={proxyPassword.configured}
            value={proxyPassword.value}
            readOnly={readOnly}
            onEdit={onEdit}
          />
        </>
      )}
    </FieldSet>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({ marginTop: theme.spacing(2) }),
  note: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    marginBottom: theme.spacing(2),
  }),
});
