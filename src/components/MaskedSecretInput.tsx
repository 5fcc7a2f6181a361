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
 * `disabled` disables the Reset button of a stored secret too (SecretInput keeps it enabled), for
 * a provisioned data source that this page cannot change.
 */
export function MaskedSecretInput({ id, value, ...props }: Props) {
  useLayoutEffect(() => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement && input.type === 'password' && input.value !== value) {
      input.value = value;
    }
  });
  if (props.disabled && props.isConfigured) {
    // SecretInput's own layout for a stored secret, with both parts disabled.
    // `revealable` exists only in newer @grafana/ui, so it is dropped without naming its type.
    const { isConfigured, onReset, revealable, ...input } = props as ComponentProps<typeof SecretInput> & {
      revealable?: unknown;
    };
    return (
      <Stack>
        <Input id={id} {...input} type="text" disabled value={t('grafana-aws-auth.secret.configured', 'configured')} />
        <Button variant="secondary" disabled>
          {t('grafana-aws-auth.secret.reset', 'Reset')}
        </Button>
      </Stack>
    );
  }
  return <SecretInput id={id} {...noAutofill} {...(props as ComponentProps<typeof SecretInput>)} />;
}
