import { type Translate, english } from './translate';

/** What `parseAccessKeyFile` found: both keys, or the reason, in plain words, that the file is not a key file. */
export type KeyFileResult = { ok: true; accessKey: string; secretKey: string } | { ok: false; reason: string };

// A generous bound: the real file is under 200 bytes; anything huge is not it. UTF-8 never
// decodes to more characters than it has bytes, so one number bounds both.
const MAX_FILE_SIZE = 64 * 1024;

/**
 * The refusal of a file too large to be a key file, by its size alone, or `undefined`: checked
 * before a file is read, so a multi-gigabyte drop is refused without reading it into memory.
 */
export function refuseLargeKeyFile(size: number, tr: Translate = english): KeyFileResult | undefined {
  return size > MAX_FILE_SIZE
    ? {
        ok: false,
        reason: tr(
          'grafana-aws-auth.key-file.too-large',
          'This file is too large to be an AWS access key file. Choose the .csv file the AWS console downloaded.'
        ),
      }
    : undefined;
}

/** Splits CSV text into rows of fields, honouring quotes and CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const normalise = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads the access key file the AWS console offers when a key is created ("Download .csv file").
 * Two layouts exist: `Access key ID,Secret access key` (new keys) and
 * `User name,Password,Access key ID,Secret access key,Console login link` (older user creation).
 * Runs in the browser only; the file goes nowhere else.
 */
export function parseAccessKeyFile(text: string, tr: Translate = english): KeyFileResult {
  const refuse = (code: string, reason: string): KeyFileResult => ({
    ok: false,
    reason: tr(`grafana-aws-auth.key-file.${code}`, reason),
  });
  const tooLarge = refuseLargeKeyFile(text.length, tr);
  if (tooLarge) {
    return tooLarge;
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = rows[0]?.map(normalise) ?? [];
  const idColumn = header.indexOf('access key id');
  const secretColumn = header.indexOf('secret access key');
  if (idColumn < 0 || secretColumn < 0) {
    return refuse(
      'no-header',
      'This is not an AWS access key file: its first line must name the columns "Access key ID" and "Secret access key".'
    );
  }
  const keys = rows.slice(1);
  if (keys.length !== 1) {
    return keys.length === 0
      ? refuse('no-key', 'The file has column names but no key in it.')
      : refuse('several-keys', 'The file holds more than one key. Use a file with exactly one.');
  }
  const accessKey = keys[0]![idColumn]?.trim() ?? '';
  const secretKey = keys[0]![secretColumn]?.trim() ?? '';
  // The reasons never repeat what the file holds: it is a secret.
  if (!/^[A-Z0-9]{16,128}$/.test(accessKey)) {
    return refuse(
      'bad-key-id',
      'The "Access key ID" in the file is not a valid key ID (16 to 128 capital letters and digits).'
    );
  }
  if (secretKey === '' || /\s/.test(secretKey)) {
    return refuse('bad-secret', 'The "Secret access key" in the file is empty or malformed.');
  }
  return { ok: true, accessKey, secretKey };
}
