import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens a @grafana/ui Select by its label and returns the option names it offers. */
export async function openOptions(user: UserEvent, label: RegExp): Promise<string[]> {
  await user.click(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByRole('option');
  // The first span holds the label; a description, when there is one, follows it.
  return options.map((o) => o.querySelector('span')?.textContent ?? o.textContent ?? '');
}

/** Picks an option of a @grafana/ui Select the way a person does: open, click. */
export async function pick(user: UserEvent, label: RegExp, option: RegExp | string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The text a Select shows as its current value. */
export function selectedText(label: RegExp): string {
  const input = screen.getByRole('combobox', { name: label });
  const container = input.closest('[class*="grafana-select-value-container"]') ?? input.parentElement?.parentElement;
  return container?.textContent ?? '';
}
