import { describe, expect, it } from 'vitest';

import { bundleExports } from '../support/bundle.mjs';

describe('the region names table', () => {
  it('stays out of a bundle that uses only the region codes and helpers', async () => {
    const code = await bundleExports(
      'standardRegions, partitionOfRegion, regionOptions, matchesRegion, validateAwsAuth'
    );
    expect(code).toContain('ap-southeast-7');
    expect(code).not.toContain('Ireland');
  }, 30000);

  it('comes with ConnectionConfig, whose picker shows the names', async () => {
    expect(await bundleExports('ConnectionConfig')).toContain('Europe (Ireland)');
  }, 30000);
});
