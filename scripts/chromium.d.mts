// Types for scripts/chromium.mjs, which vitest.config.ts imports.
export declare const chromiumArgs: string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | undefined;
export declare const howToGetChromium: string;
export declare function ensureChromium(): string | undefined;
