#!/usr/bin/env node
// Runs the unit tests against each tested dependency set (compat/<set>/package.json and its lock:
// older Grafana, React 18, other @grafana/plugin-ui and @emotion/css versions) in
// node_modules/.cache/compat/<set>, and typechecks src/ against that set's types.
//
//   node scripts/test-compat.mjs                 every set, one after the other
//   node scripts/test-compat.mjs <set> [args]    one set; further arguments go to Vitest
//                                                (scripts/test.mjs passes its JSON reporter options)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const compat = join(root, 'compat');

/** Every folder of compat/ with a package.json and a lock is a set. */
export const sets = readdirSync(compat)
  .filter(
    (name) => existsSync(join(compat, name, 'package.json')) && existsSync(join(compat, name, 'package-lock.json'))
  )
  .sort();

// Tests that do not depend on the Grafana and React versions, left out of these runs.
const skipped = new Set([
  // Bundles src/ with esbuild, peers external: the output is the same whatever Grafana is installed.
  'test/model/regionNames.bundle.test.ts',
  // Compares with @grafana/aws-sdk, a development-only reference that is installed with Grafana 13.
  'test/dropIn/awsSdkCompat.test.tsx',
  'test/dropIn/differential.test.tsx',
  'test/dropIn/attributes.test.tsx',
  // Its helper reads accessible names with dom-accessibility-api, a development-only tool of the root.
  'test/support/describeSection.ts',
  // Parse the snippets with the YAML and HCL parsers, development-only tools of the root; the text
  // does not depend on Grafana or React.
  'test/model/provisioning.test.ts',
  'test/components/ProvisioningSnippet.test.tsx',
  // The same for the role's policies (Terraform through the HCL parser).
  'test/model/rolePolicies.test.ts',
  // Compare the locale files with the keys scripts/i18n-extract.mjs finds in src/ (TypeScript's
  // parser, a development tool): text against text, whatever Grafana is installed.
  'test/i18n/keys.test.tsx',
  'test/i18n/locales.test.ts',
  'test/i18n/trans.test.tsx',
]);

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;

/** Installs (when its lock changed) and tests one set; returns the exit status. */
function runSet(set, vitestArgs) {
  const manifestDir = join(compat, set);
  const work = join(root, 'node_modules', '.cache', 'compat', set);
  const manifest = JSON.parse(readFileSync(join(manifestDir, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  const run = (cmd, args) => spawnSync(cmd, args, { cwd: work, stdio: 'inherit' }).status ?? 1;

  // A package the set lacks would silently resolve from the root node_modules (Grafana 13),
  // so every bare import of src/ and test/ must be declared in the set's package.json.
  const builtins = new Set(builtinModules);
  const undeclared = new Set();
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'test'))];
  for (const file of files.filter((f) => !skipped.has(relative(root, f)))) {
    // Import statements start a line (Prettier formats every file), so text such as `from "region"`
    // in a message or a test name is not taken for an import; dynamic imports and mocks count too.
    const code = readFileSync(file, 'utf8');
    const specs = [
      ...code.matchAll(/^(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'".][^'"]*)['"]/gm),
      ...code.matchAll(/^import\s*['"]([^'".][^'"]*)['"]/gm),
      ...code.matchAll(/\b(?:import|vi\.mock|vi\.importActual)\(\s*['"]([^'".][^'"]*)['"]/g),
    ];
    for (const [, spec] of specs) {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!spec.startsWith('node:') && !builtins.has(name) && !declared.has(name)) {
        undeclared.add(`${name} (${relative(root, file)})`);
      }
    }
  }
  if (undeclared.size > 0) {
    console.error(
      `compat ${set}: add these packages to compat/${set}/package.json (or the test to \`skipped\` in this script):\n  ${[...undeclared].join('\n  ')}`
    );
    return 1;
  }

  // Install only when the lock file changed since the last install (npm ci takes a minute or two).
  const lock = readFileSync(join(manifestDir, 'package-lock.json'), 'utf8');
  const stamp = join(work, 'node_modules', '.compat-lock.json');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    console.log(`compat ${set}: installing (${manifest.description})`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(manifestDir, 'package.json'), join(work, 'package.json'));
    cpSync(join(manifestDir, 'package-lock.json'), join(work, 'package-lock.json'));
    // Installs on this machine are serialised through a lock file when flock is available.
    const npmArgs = ['ci', '--no-audit', '--no-fund', '--loglevel=error'];
    const status = hasFlock ? run('flock', ['/tmp/npm.lock', 'npm', ...npmArgs]) : run('npm', npmArgs);
    if (status !== 0) {
      console.error(`compat ${set}: npm ci failed`);
      return 1;
    }
    cpSync(join(manifestDir, 'package-lock.json'), stamp);
  }

  // Fresh copies (not symlinks): Node resolves a symlink's real path, which would reach the root's packages.
  for (const dir of ['src', 'test']) {
    rmSync(join(work, dir), { recursive: true, force: true });
    cpSync(join(root, dir), join(work, dir), { recursive: true });
  }
  for (const file of skipped) {
    rmSync(join(work, file), { force: true });
  }
  cpSync(join(compat, 'versions.test.ts'), join(work, 'test', 'compat.versions.test.ts'));
  cpSync(join(compat, 'vitest.config.mjs'), join(work, 'vitest.config.mjs'));
  cpSync(join(compat, 'tsconfig.json'), join(work, 'tsconfig.json'));

  const bin = (name) => join(work, 'node_modules', '.bin', name);
  console.log(`compat ${set}: typechecking src/ against this set's types`);
  const typecheck = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  if (typecheck !== 0) {
    console.error(`compat ${set}: src/ does not typecheck against this set`);
  }
  const tests = run(bin('vitest'), ['run', '--config', 'vitest.config.mjs', ...vitestArgs]);
  return typecheck || tests;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [first, ...rest] = process.argv.slice(2);
  const chosen = sets.includes(first) ? [first] : sets;
  const vitestArgs = sets.includes(first) ? rest : process.argv.slice(2);
  let status = 0;
  for (const set of chosen) {
    console.log(`\n== compat set ${set}`);
    status = runSet(set, vitestArgs) || status;
  }
  process.exit(status);
}
