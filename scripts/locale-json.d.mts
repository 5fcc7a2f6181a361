// Types for scripts/locale-json.mjs, which tsup.config.ts imports.
import type { Plugin } from 'esbuild';
export declare const localeJson: Plugin;
