/**
 * How the backend finds a setting in jsonData. Grafana hands a plugin its jsonData marshalled from a
 * Go map, so keys arrive sorted by their UTF-8 bytes, and `awsds.AWSDatasourceSettings.Load` decodes
 * them with Go's encoding/json into a struct: a key matches a field whatever its case, and where
 * several spellings are present the last one decoded wins.
 */

/**
 * Go's case folding of JSON names (encoding/json `foldName`): ASCII letters compare as upper case;
 * of the rest only the Kelvin sign and the long s fold to an ASCII letter (K and S).
 */
export function foldKey(key: string): string {
  // Not toUpperCase(): it turns ß into SS and ı into I, which Go does not.
  return key.replace(/[a-z\u212a\u017f]/g, (c) => (c === '\u212a' ? 'K' : c === '\u017f' ? 'S' : c.toUpperCase()));
}

// Code point order is UTF-8 byte order: Go's order for map keys.
function byUtf8(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return x.length - y.length;
}

/** Every spelling of `key` in `bag`, in the order the backend decodes them (the last one wins). */
export function spellingsOf(bag: Record<string, unknown>, key: string): string[] {
  const folded = foldKey(key);
  return Object.keys(bag)
    .filter((k) => foldKey(k) === folded)
    .sort(byUtf8);
}
