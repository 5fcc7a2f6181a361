/** The minified code a plugin's build would carry for these exports of src/index.ts (comma-separated). */
export function bundleExports(names: string): Promise<string>;
