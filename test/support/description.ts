/**
 * The messages an input is described by, as a screen reader would announce them after the field's
 * own description (which is always there, and always first).
 */
export function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => !id.endsWith('-description'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}
