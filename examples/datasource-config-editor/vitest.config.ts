import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/setupTests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // @grafana/ui imports CSS, which Node cannot load: Vite must process it, and grafana-aws-auth
    // too so that its imports of @grafana/ui go through Vite.
    server: { deps: { inline: [/@grafana\//, 'grafana-aws-auth'] } },
    testTimeout: 20000,
  },
});
