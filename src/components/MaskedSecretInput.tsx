import { Button, Input, SecretInput, Stack } from '@grafana/ui';
import { type ComponentProps, useLayoutEffect } from 'react';

import { t } from './i18n';

type Props = Omit<ComponentProps<typeof SecretInput>, 'value' | 'id'> & { id: string; value: string };

// Browsers and password managers must not offer saved logins here: an autofilled site password
// would be submitted as an AWS key or a proxy password.
const noAutofill = {
  autoComplete: 'new-password',
  'data-lpignore': 'true',
  'data-1p-ignore': 'true',
  'data-form-type': 'other',
  spellCheck: false,
} as const;

/**
 * A SecretInput that browsers do not autofill and whose value never becomes an HTML attribute. React mirrors a controlled input's
 * value into the `value` attribute, where the markup (DOM snapshots, error reports, extensions)
 * would carry the secret; here the value is only ever the element's live property.
 *
 * A stored secret is shown as `@grafana/aws-sdk` shows it, an empty disabled input whose placeholder
 * says "Configured" (what authors' tests query), with Grafana's Reset button beside it rather than
 * the peer's edit icon. `disabled` disables Reset too, for a provisioned data source.
 */
export function MaskedSecretInput({ id, value, ...props }: Props) {
  useLayoutEffect(() => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement && input.type === 'password' && input.value !== value) {
      input.value = value;
    }
  });
  if (props.isConfigured) {
    // `revealable` exists only in newer @grafana/ui, so it is dropped without naming its type.
    const { isConfigured, onReset, revealable, disabled, ...input } = props as ComponentProps<typeof SecretInput> & {
      revealable?: unknown;
    };
    return (
      <Stack>
        <Input id={id} {...input} disabled placeholder={t('grafana-aws-auth.secret.configured', 'Configured')} />
        <Button variant="secondary" disabled={disabled} onClick={onReset}>
          {t('grafana-aws-auth.secret.reset', 'Reset')}
        </Button>
      </Stack>
    );
  }
  return <SecretInput id={id} {...noAutofill} {...(props as ComponentProps<typeof SecretInput>)} />;
}
