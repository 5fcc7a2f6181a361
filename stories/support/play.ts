// Steps and checks shared by the stories' play functions. They find things the way a person does:
// by label, role and visible text.
import { expect, screen, userEvent as defaultUser, waitFor, within } from 'storybook/test';

import { foreignChanges } from './changes';
import { recorderIn } from './recorder';

/** The `userEvent` a play function receives (already set up). */
type User = ReturnType<typeof defaultUser.setup>;

export const PROVIDER = /^Authentication Provider/;
export const REGION = /^Default Region/;

/** Picks an option of a Grafana Select with the mouse: open, click. Options render in a portal. */
export async function choose(user: User, canvasElement: HTMLElement, label: RegExp, option: RegExp) {
  await user.click(within(canvasElement).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Opens a Grafana Select, reads the option labels (without descriptions), and closes it again. */
export async function offered(user: User, canvasElement: HTMLElement, label: RegExp): Promise<string[]> {
  await user.click(within(canvasElement).getByRole('combobox', { name: label }));
  const options = await screen.findAllByRole('option');
  const labels = options.map((o) => o.querySelector('span')?.textContent ?? o.textContent ?? '');
  await user.keyboard('{Escape}');
  return labels;
}

/** Picks an option of the focused Grafana Select with the keyboard: type to filter, Enter. */
export async function chooseByKeyboard(user: User, text: string, option: RegExp) {
  await user.keyboard(text);
  // Enter takes the first option left by the filter; the caller checks what was written.
  await expect((await screen.findAllByRole('option', { name: option }))[0]).toBeVisible();
  await user.keyboard('{Enter}');
}

/** The text a Select shows as its value. */
export function selectedIn(canvasElement: HTMLElement, label: RegExp): string {
  const input = within(canvasElement).getByRole('combobox', { name: label });
  return input.closest('[class*="grafana-select-value-container"]')?.textContent ?? '';
}

/** Moves focus with Tab until `target` has it, failing if it is not reachable within `max` presses. */
export async function tabTo(user: User, target: HTMLElement, max = 15) {
  for (let i = 0; i < max && document.activeElement !== target; i++) {
    await user.tab();
  }
  await expect(target).toHaveFocus();
}

/** The options a Save would send now, from the story's host. */
export function latest(canvasElement: HTMLElement) {
  return recorderIn(canvasElement).latest();
}

/**
 * Exactly `count` `onOptionsChange` calls. A new data source's first write comes from an effect,
 * which may run just after the play function starts, so wait for it, then make sure none follow.
 */
export async function expectWrites(canvasElement: HTMLElement, count: number) {
  const made = () => recorderIn(canvasElement).writes.length;
  await waitFor(() => expect(made()).toBeGreaterThanOrEqual(count));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await expect(made()).toBe(count);
}

/** Waits until the latest options' jsonData has `expected` (a partial match). */
export async function expectJsonData(canvasElement: HTMLElement, expected: Record<string, unknown>) {
  await waitFor(() => expect(latest(canvasElement).jsonData).toMatchObject(expected));
}

/** Only keys the AWS section owns may change; the plugin's own keys and Grafana's survive. */
export async function expectOnlyOwnedKeysChanged(canvasElement: HTMLElement) {
  await expect(foreignChanges(recorderIn(canvasElement).changes())).toEqual([]);
}

/** A typed secret must never appear as text on the page (the options panel hides it). */
export async function expectNotShown(secret: string) {
  await expect(document.body.textContent ?? '').not.toContain(secret);
}

/** The options panel beside the editor. */
export function optionsPanel(canvasElement: HTMLElement) {
  return within(within(canvasElement).getByRole('region', { name: 'Options Grafana would save' }));
}
