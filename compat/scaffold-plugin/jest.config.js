// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as the scaffold's Jest loads it */
const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');
const config = require('./.config/jest.config');

// Written by scripts/test-scaffold.mjs over the scaffold's jest.config.js: extends .config/ the way
// .config/README.md documents. @grafana/ui 12.4 imports ESM-only packages whose files end in .mjs
// (d3-color), which the scaffold's transform pattern `.(t|j)sx?` leaves out.
module.exports = {
  // Jest configuration provided by Grafana scaffolding
  ...config,
  transform: {
    ...config.transform,
    '^.+\\.mjs$': config.transform['^.+\\.(t|j)sx?$'],
  },
  transformIgnorePatterns: [nodeModulesToTransform([...grafanaESModules])],
};
