import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'storybook-static/',
    'coverage/',
    'screenshots/',
    '**/__screenshots__/',
    '**/.vitest-attachments/',
    'examples/*/.pack/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused value; `{ omitted, ...rest }` is how code drops keys.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Components and hooks: the Rules of Hooks plus the React Compiler rules of react-hooks 7.
    files: [
      'src/**/*.{ts,tsx}',
      'test/**/*.{ts,tsx}',
      'stories/**/*.{ts,tsx}',
      '.storybook/**/*.{ts,tsx}',
      'examples/*/src/**/*.{ts,tsx}',
    ],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'bench/**', '.ci/**', 'compat/**', '**/*.{mjs,cjs}', '*.{js,ts}', 'examples/*/*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright callbacks (page.evaluate, waitForFunction) run in the browser.
    files: ['scripts/screenshots.mjs', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
