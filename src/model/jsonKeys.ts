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

/** Every spelling of `key` in `bag`, in the order the backend decodes them (the last one wins). */
export function spellingsOf(bag: Record<string, unknown>, key: string): string[] {
  const folded = foldKey(key);
  return Object.keys(bag)
    .filter((k) => foldKey(k) === folded)
    .sort(); // UTF-16 order is Go's (UTF-8 byte) order here: the spellings are ASCII, K and ſ
}
