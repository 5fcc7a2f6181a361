// Types for scripts/i18n-extract.mjs, which the i18n tests import.
export interface ExtractedMessage {
  text: string;
  sites: Array<{ at: string; slot?: string; how: 'literal' | 'computed' | 'trans' }>;
}
export declare const PREFIX: string;
export declare function extract(): { messages: Map<string, ExtractedMessage>; problems: string[] };
export declare function meta(messages: Map<string, ExtractedMessage>): Record<string, string>;
