import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { type Plugin, mergeConfig } from 'vite';

const require = createRequire(import.meta.url);

// @grafana/ui's GlobalStyles asks for Grafana's own font files under `public/fonts/`, which it does
// not ship. The same typefaces come from @fontsource packages; this serves them under Grafana's
// names, so pages render in Inter and Roboto Mono without any request leaving the machine.
const fonts: Record<string, string> = {
  'inter/Inter-Regular.woff2': '@fontsource/inter/files/inter-latin-400-normal.woff2',
  'inter/Inter-Medium.woff2': '@fontsource/inter/files/inter-latin-500-normal.woff2',
  'inter/Inter-Italic.woff2': '@fontsource/inter/files/inter-latin-400-italic.woff2',
  'inter/Inter-MediumItalic.woff2': '@fontsource/inter/files/inter-latin-500-italic.woff2',
  'roboto/L0xTDF4xlVMF-BfR8bXMIhJHg45mwgGEFl0_3vrtSM1J-gEPT5Ese6hmHSh0mQ.woff2':
    '@fontsource/roboto-mono/files/roboto-mono-latin-400-normal.woff2',
};

const PREFIX = 'public/fonts/';

/** Serves the fonts in `storybook dev` and the Vitest browser run, and writes them into `storybook build`. */
function grafanaFonts(): Plugin {
  const files = new Map(Object.entries(fonts).map(([name, source]) => [`/${PREFIX}${name}`, require.resolve(source)]));
  return {
    name: 'grafana-aws-auth:offline-fonts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = files.get((req.url ?? '').split('?')[0] ?? '');
        if (!file) {
          return next();
        }
        res.setHeader('Content-Type', 'font/woff2');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [url, file] of files) {
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(file) });
      }
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX pages.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // @grafana/ui's Icon fetches `public/build/img/icons/<set>/<name>.svg` relative to the page.
  staticDirs: [{ from: '../node_modules/@grafana/ui/dist/public/img/icons', to: '/public/build/img/icons' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own "Get started" checklist ("Render your first component", "Publish your
  // Storybook") is for people setting up a Storybook, not for those exploring this package: off in
  // the sidebar and in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [grafanaFonts()],
      resolve: {
        alias: {
          '@grafana/plugin-compat/datasources': fileURLToPath(new URL('./pluginCompatShim.ts', import.meta.url)),
        },
      },
      // Storybook's own bundles and @grafana/ui are big by nature; the size warning is only noise here.
      build: { chunkSizeWarningLimit: 4000 },
      // Pre-bundled up front: discovering them mid-run makes Vite reload the page under a running test.
      optimizeDeps: {
        include: ['@grafana/ui', '@grafana/data', '@grafana/runtime', '@grafana/plugin-ui', '@emotion/css'],
      },
    }),
};

export default config;
