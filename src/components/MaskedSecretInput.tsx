import { SecretInput } from '@grafana/ui';
import { type ComponentProps, useLayoutEffect } from 'react';

type Props = Omit<ComponentProps<typeof SecretInput>, 'value' | 'id'> & { id: string; value: string };

/**
 * A SecretInput whose value never becomes an HTML attribute. React mirrors a controlled input's
 * value into the `value` attribute, where the markup (DOM snapshots, error reports, extensions)
 * would carry the secret; here the value is only ever the element's live property.
 */
export function MaskedSecretInput({ id, value, ...props }: Props) {
  useLayoutEffect(() => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement && input.type === 'password' && input.value !== value) {
      input.value = value;
    }
  });
  return <SecretInput id={id} {...(props as ComponentProps<typeof SecretInput>)} />;
}
