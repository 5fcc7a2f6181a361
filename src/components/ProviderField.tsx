import { css } from '@emotion/css';
import type { GrafanaTheme2, SelectableValue } from '@grafana/data';
import { Alert, Field, Select, useStyles2 } from '@grafana/ui';
import { memo, useMemo } from 'react';

import { type AwsAuthProvider, findProvider } from '../model/providers';
import type { AwsAuthType } from '../model/types';

export interface ProviderFieldProps {
  inputId: string;
  providers: AwsAuthProvider[];
  /** The provider the saved value means, or undefined before a new data source gets one. */
  authType: AwsAuthType | undefined;
  /** The saved value as stored, shown when it is a legacy name. */
  savedAuthType: unknown;
  legacyAuthType: boolean;
  onChange: (value: AwsAuthType) => void;
}

export const ProviderField = memo(function ProviderField(props: ProviderFieldProps) {
  const { inputId, providers, authType, savedAuthType, legacyAuthType, onChange } = props;
  const styles = useStyles2(getStyles);
  const options = useMemo<Array<SelectableValue<AwsAuthType>>>(
    () => providers.map((p) => ({ value: p.value, label: p.label, description: p.description })),
    [providers]
  );

  if (providers.length === 0) {
    return (
      <Alert severity="error" title="No authentication provider is allowed on this Grafana server">
        An admin must list at least one provider in <code>allowed_auth_providers</code> in the <code>[aws]</code>{' '}
        section of grafana.ini, for example <code>default, keys, credentials</code>.
      </Alert>
    );
  }

  const current = findProvider(authType);
  const allowed = providers.some((p) => p.value === authType);
  // A saved provider the server no longer allows is still shown as it is: rewriting it silently
  // would change how the data source authenticates without anyone choosing to.
  const value = allowed ? authType : current ? { value: current.value, label: current.label } : null;

  return (
    <>
      <Field
        label="Authentication Provider"
        description="How Grafana gets AWS credentials for this data source."
        className={styles.field}
      >
        <Select<AwsAuthType>
          inputId={inputId}
          options={options}
          value={value}
          onChange={(option) => option.value && onChange(option.value)}
          placeholder="Choose a provider"
        />
      </Field>
      {current && !allowed && (
        <Alert severity="warning" title={`${current.label} is not allowed on this Grafana server`}>
          Requests from this data source will fail until you choose another provider, or until an admin adds{' '}
          <code>{current.value}</code> to <code>allowed_auth_providers</code> in the <code>[aws]</code> section of
          grafana.ini.
        </Alert>
      )}
      {current && legacyAuthType && typeof savedAuthType === 'string' && (
        <p className={styles.note}>
          Saved with the older name <code>{savedAuthType}</code>, which Grafana reads as {current.label}.
        </p>
      )}
    </>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  field: css({ marginBottom: theme.spacing(1) }),
  note: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    marginBottom: theme.spacing(2),
  }),
});
