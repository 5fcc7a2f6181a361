import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// Node's global, typed here because the project does not load Node's type definitions.
declare const process: { argv: string[] };

/** Whether this run includes the named project (`--project` absent means every project). */
function runs(project: string): boolean {
  const args = process.argv;
  const asked = args.flatMap((arg, i) =>
    arg === '--project' ? [args[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : []
  );
  return asked.length === 0 || asked.some((name) => name === project || name.includes('*'));
}

// Storybook's plugin loads all of Storybook's presets (seconds), so only when its project runs.
const storybookPlugins = runs('storybook')
  ? [
      import('@storybook/addon-vitest/vitest-plugin').then(({ storybookTest }) =>
        storybookTest({ configDir: '.storybook' })
      ),
    ]
  : [];

// The unit project runs in jsdom against the real Grafana packages. Browser tests (Storybook
// stories in headless Chromium) are the `storybook` project: every story's play function and axe.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          // The backend contract runs Go and an AWS emulator: a project (and an npm test step) of its own.
          exclude: ['test/backend/**'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          // @grafana/* ship CSS imports and ESM that Node cannot load unprocessed.
          server: { deps: { inline: [/@grafana\//] } },
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          // What the editor writes, read by grafana-aws-sdk itself (backend/, Go) and, end to end,
          // against an AWS emulator on loopback (npm run test:backend).
          name: 'backend',
          environment: 'jsdom',
          include: ['test/backend/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          server: { deps: { inline: [/@grafana\//] } },
          testTimeout: 300000,
          hookTimeout: 600000,
          // One Go build and one emulator at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: storybookPlugins,
        test: {
          name: 'storybook',
          testTimeout: 30000,
          // Each story's final options, for the backend contract (test/backend/stories.test.ts).
          setupFiles: ['stories/support/captureForBackend.ts'],
          browser: {
            enabled: true,
            headless: true,
            // The system browser (CHROMIUM_PATH, /usr/bin/chromium, or Chrome); nothing is downloaded. The
            // fallback makes a missing browser fail loudly instead of Playwright looking for its own.
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
