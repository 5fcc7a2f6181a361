// Types for scripts/axeTags.mjs, which .storybook/preview.tsx imports.
export declare const AXE_TAGS: string[];
