import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// Copied to test/compat.versions.test.ts in a set's folder (node_modules/.cache/compat/<set>): proves
// the run uses exactly the versions compat/<set>/package.json names, from that folder, not the root
// project's packages (Node resolution would silently fall back to them).
const work = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromSrc = createRequire(join(work, 'src', 'index.ts'));
const declared: Record<string, string> = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')).dependencies;

function installed(name: string): { version: string; dir: string } {
  let dir = dirname(fromSrc.resolve(name));
  while (!dir.endsWith(join('node_modules', name))) {
    dir = dirname(dir);
  }
  return { version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, dir };
}

describe('compat set', () => {
  it('renders with the declared React', () => {
    expect(reactVersion).toBe(declared.react);
    expect(reactDomVersion).toBe(declared['react-dom']);
  });

  it.each([
    '@emotion/css',
    '@grafana/data',
    '@grafana/i18n',
    '@grafana/plugin-ui',
    '@grafana/runtime',
    '@grafana/ui',
    'i18next',
    'react',
  ])('imports the declared %s from the set folder', (name) => {
    const { version, dir } = installed(name);
    expect(version).toBe(declared[name]);
    expect(dir).toBe(join(work, 'node_modules', name));
  });
});
