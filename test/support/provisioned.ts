import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import type { AwsAuthDataSourceSettings, AwsAuthJsonData } from '../../src/model/types';
import { makeOptions } from './options';

// For the settings contract on `readOnly: true` that these check: ConnectionConfig.test.tsx.

/** A data source added by provisioning, with these settings. */
export const provisioned = (jsonData: Record<string, unknown>, more: Partial<AwsAuthDataSourceSettings> = {}) =>
  makeOptions({ readOnly: true, jsonData: jsonData as AwsAuthJsonData, ...more });

/** The editor's root, by the test id plugin authors' tests use. */
export const editor = () => screen.getByTestId('connection-config');

/** Every input and button of the editor: what a person could try to use. */
function controls(): HTMLElement[] {
  return [...editor().querySelectorAll<HTMLElement>('input, button, textarea')];
}

/** Buttons that write nothing: disclosures (show or hide a part) and copy buttons. */
const writesNothing = (el: HTMLElement) =>
  el.hasAttribute('aria-expanded') || /^Copy\b/.test(el.getAttribute('aria-label') ?? el.textContent ?? '');

/** The controls that still accept an edit: neither disabled nor read-only. */
export function editable(): HTMLElement[] {
  return controls().filter((el) => {
    if (el.matches(':disabled') || writesNothing(el)) {
      return false;
    }
    if (el instanceof HTMLInputElement && el.readOnly) {
      return false;
    }
    return true;
  });
}

/**
 * Everything a person might do: click each control, type, paste, press the keys that pick an
 * option or toggle a box, and Tab through the whole form doing the same.
 */
export async function tryEverything(user: UserEvent) {
  for (const el of controls()) {
    await user.click(el);
    await user.keyboard('x{ArrowDown}{Enter} ');
    await user.paste('AKIAIOSFODNN7EXAMPLE');
  }
  for (const option of screen.queryAllByRole('option')) {
    await user.click(option);
  }
  document.body.focus();
  for (let i = 0; i < 30; i++) {
    await user.tab();
    await user.keyboard('x{ArrowDown}{Enter} ');
  }
}
