import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// Copied to test/compat.versions.test.ts in the compat folder: proves the run uses the older set,
// not the root project's packages (Node resolution would silently fall back to them).
const work = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromSrc = createRequire(join(work, 'src', 'index.ts'));

function installed(name: string): { version: string; dir: string } {
  let dir = dirname(fromSrc.resolve(name));
  while (!dir.endsWith(join('node_modules', name))) {
    dir = dirname(dir);
  }
  return { version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, dir };
}

describe('compat set', () => {
  it('renders with React 18', () => {
    expect(reactVersion).toMatch(/^18\.3\./);
    expect(reactDomVersion).toMatch(/^18\.3\./);
  });

  it.each(['@grafana/data', '@grafana/runtime', '@grafana/ui'])('imports %s 12.4 from the compat folder', (name) => {
    const { version, dir } = installed(name);
    expect(version).toMatch(/^12\.4\./);
    expect(dir.startsWith(join(work, 'node_modules'))).toBe(true);
  });

  it('imports @grafana/plugin-ui 0.16 from the compat folder', () => {
    const { version, dir } = installed('@grafana/plugin-ui');
    expect(version).toMatch(/^0\.16\./);
    expect(dir.startsWith(join(work, 'node_modules'))).toBe(true);
  });
});
