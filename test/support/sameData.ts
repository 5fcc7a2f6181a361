/**
 * Deep equality of JSON-like data by own keys. Unlike the test runner's equality, it treats an own
 * `constructor` or `__proto__` key (which saved JSON may have) as data, not as the object's type.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return false;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.prototype.hasOwnProperty.call(b, k) &&
        sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
  );
}
