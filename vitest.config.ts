import { defineConfig } from 'vitest/config';

// The unit project runs in jsdom against the real Grafana packages. Browser tests (Storybook
// stories in headless Chromium) are a second project, added by vitest.browser.config.ts.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          // @grafana/* ship CSS imports and ESM that Node cannot load unprocessed.
          server: { deps: { inline: [/@grafana\//] } },
          testTimeout: 20000,
        },
      },
    ],
  },
});
