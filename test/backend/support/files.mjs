// The two file-system calls the end-to-end tests make, in plain JavaScript: the project does not
// load Node's type definitions into its TypeScript (see vitest.config.ts), so they are typed in
// files.d.mts instead.
import { existsSync, writeFileSync } from 'node:fs';

/** Whether a path exists on this machine. */
export function exists(path) {
  return existsSync(path);
}

/** Writes a text file (UTF-8), replacing it. */
export function writeText(path, text) {
  writeFileSync(path, text);
}
