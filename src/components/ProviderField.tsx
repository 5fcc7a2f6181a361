import { css } from '@emotion/css';
import type { GrafanaTheme2, SelectableValue } from '@grafana/data';
import { Alert, Select, useStyles2 } from '@grafana/ui';
import { memo, useMemo } from 'react';

import type { AwsAuthEdit } from '../model/edit';
import { type AwsAuthProvider, findProvider } from '../model/providers';
import type { AwsAuthType } from '../model/types';
import { rich, t } from './i18n';
import { DescribedSelect, NO_FINDINGS, SettingField } from './SettingField';

export interface ProviderFieldProps {
  inputId: string;
  providers: AwsAuthProvider[];
  /** The provider the saved value means, or undefined before a new data source gets one. */
  authType: AwsAuthType | undefined;
  /** The saved value as stored, shown when it is a legacy name. */
  savedAuthType: unknown;
  legacyAuthType: boolean;
  /** The saved provider is one this editor was built without (an extra the plugin did not pass). */
  notInEditor?: boolean;
  /** Why the saved provider cannot work here is shown with its own fields (Grafana Assume Role). */
  explainedBelow?: boolean;
  /** A provisioned data source: the provider is shown but cannot be changed. */
  readOnly?: boolean;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
}

/** A provider's name and description as the person reads them (the catalogue holds the English). */
export function providerText(provider: AwsAuthProvider) {
  return {
    label: t(`grafana-aws-auth.provider.${provider.value}.label`, provider.label),
    description: t(`grafana-aws-auth.provider.${provider.value}.description`, provider.description),
  };
}

export const ProviderField = /* @__PURE__ */ memo(function ProviderField(props: ProviderFieldProps) {
  const { inputId, providers, authType, savedAuthType, legacyAuthType, notInEditor, explainedBelow, onEdit } = props;
  const { readOnly } = props;
  const styles = useStyles2(getStyles);
  // The description is the option's title (shown on hover, read as its description), so the
  // option's accessible name is its label alone, as plugin authors' tests query it.
  const options = useMemo<Array<SelectableValue<AwsAuthType>>>(
    () =>
      providers.map((p) => {
        const { label, description } = providerText(p);
        return { value: p.value, label, title: description };
      }),
    [providers]
  );

  if (providers.length === 0) {
    return (
      <Alert
        severity="error"
        title={t(
          'grafana-aws-auth.provider.none-allowed.title',
          'No authentication provider is allowed on this Grafana server'
        )}
      >
        {rich(
          t(
            'grafana-aws-auth.provider.none-allowed.body',
            'An admin must list at least one provider in <1>allowed_auth_providers</1> in the <3>[aws]</3> section of grafana.ini, for example <6>default, keys, credentials</6>.'
          )
        )}
      </Alert>
    );
  }

  const label = t('grafana-aws-auth.provider.label', 'Authentication Provider');
  const current = findProvider(authType);
  const currentLabel = current ? providerText(current).label : '';
  const allowed = providers.some((p) => p.value === authType);
  // A saved provider the server no longer allows is still shown as it is: rewriting it silently
  // would change how the data source authenticates without anyone choosing to.
  const value = allowed ? authType : current ? { value: current.value, label: currentLabel } : null;

  return (
    <>
      <SettingField
        inputId={inputId}
        label={label}
        description={
          current
            ? providerText(current).description
            : t('grafana-aws-auth.provider.description', 'How Grafana gets AWS credentials for this data source.')
        }
        findings={NO_FINDINGS}
      >
        {(aria) => (
          <DescribedSelect inputId={inputId} aria={aria} disabled={readOnly}>
            <Select<AwsAuthType>
              inputId={inputId}
              aria-label={label}
              options={options}
              value={value}
              disabled={readOnly}
              onChange={(option) => option.value && onEdit({ type: 'provider', value: option.value })}
              placeholder={t('grafana-aws-auth.provider.placeholder', 'Choose a provider')}
            />
          </DescribedSelect>
        )}
      </SettingField>
      {current && !allowed && notInEditor && (
        <Alert
          severity="warning"
          title={t('grafana-aws-auth.provider.not-in-editor.title', 'This page cannot edit {{provider}}', {
            provider: currentLabel,
            interpolation: { escapeValue: false },
          })}
        >
          {t(
            'grafana-aws-auth.provider.not-in-editor.body',
            "The saved settings are kept as they are. Choose another provider to change how this data source authenticates, or ask the plugin's authors to include it."
          )}
        </Alert>
      )}
      {current && !allowed && !notInEditor && !explainedBelow && (
        <Alert
          severity="warning"
          title={t(
            'grafana-aws-auth.provider.not-allowed.title',
            '{{provider}} is not allowed on this Grafana server',
            {
              provider: currentLabel,
              interpolation: { escapeValue: false },
            }
          )}
        >
          {rich(
            t(
              'grafana-aws-auth.provider.not-allowed.body',
              'Requests from this data source will fail until you choose another provider, or until an admin adds <2>{{name}}</2> to <4>allowed_auth_providers</4> in the <6>[aws]</6> section of grafana.ini.',
              { name: current.value }
            )
          )}
        </Alert>
      )}
      {current && legacyAuthType && typeof savedAuthType === 'string' && (
        <p className={styles.note}>
          {rich(
            t(
              'grafana-aws-auth.provider.legacy',
              'Saved with the older name <1>{{saved}}</1>, which Grafana reads as {{provider}}.',
              { saved: savedAuthType, provider: currentLabel }
            )
          )}
        </p>
      )}
    </>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  note: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    marginBottom: theme.spacing(2),
  }),
});
