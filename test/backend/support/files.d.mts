// Types for files.mjs.
export declare function exists(path: string): boolean;
export declare function writeText(path: string, text: string): void;
