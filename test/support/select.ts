import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens a @grafana/ui Select by its label and returns the option names it offers. */
export async function openOptions(user: UserEvent, label: RegExp): Promise<string[]> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await screen.findAllByRole('option');
  return shownOptions();
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

/** The option names an open Select menu shows now. The first span holds the label; a description follows it. */
export function shownOptions(): string[] {
  return screen.queryAllByRole('option').map((o) => o.querySelector('span')?.textContent ?? o.textContent ?? '');
}

/** The named groups of an open Select menu, each with the option names under it. */
export function shownGroups(): Array<{ name: string; options: string[] }> {
  return within(screen.getByRole('listbox'))
    .queryAllByRole('group')
    .map((group) => ({
      name: document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      options: within(group)
        .getAllByRole('option')
        .map((o) => o.querySelector('span')?.textContent ?? ''),
    }));
}
