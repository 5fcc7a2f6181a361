import { defineConfig } from 'vitest/config';

// Shared by every set in compat/*/. Mirrors the `unit` project of the root vitest.config.ts; keep the two in step.
export default defineConfig({
  // compat/tsconfig.json covers src/ only, so esbuild must be told about the automatic JSX runtime for test/.
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    // The backend contract runs Go and an emulator, and no version of the front end changes it.
    exclude: ['test/backend/**'],
    setupFiles: ['test/setup.ts'],
    globals: true,
    server: { deps: { inline: [/@grafana\//] } },
    testTimeout: 20000,
  },
});
