#!/usr/bin/env node
// A plugin author's first day: scaffolds a data source with @grafana/create-plugin (the pinned
// devDependency), installs the packed tarball with a plain `npm install <tarball>`, then writes a
// ConfigEditor that renders ConnectionConfig and a Jest test of it (compat/scaffold-plugin/), and
// runs the scaffold's own typecheck, webpack production build and Jest. The plugin's module.ts adds
// the package's translations the documented way (compat/scaffold-plugin/module.ts). Measures the
// built module.js (gzip -9) without an AWS section, with ours and, with --with-peer, with
// @grafana/aws-sdk's, into bench/scaffold-size.json, which `npm run size` reports.
// Extra arguments go to Jest (scripts/test.mjs passes `--json --outputFile=<report>`).
//
// The scaffold and its node_modules are kept in <tmp>/grafana-aws-auth-scaffold-<checkout>/<key>, keyed
// by the create-plugin version and the Grafana version installed, so only the first run installs them.
// Not under node_modules/.cache: the scaffold's webpack rules and Jest skip every path that contains
// `node_modules`, so its own src/ would be neither compiled nor tested there.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import { buildAndPack, root } from './pack.mjs';

const createPlugin = join(root, 'node_modules', '@grafana', 'create-plugin');
const { version, bin } = JSON.parse(readFileSync(join(createPlugin, 'package.json'), 'utf8'));
// The scaffold pins @grafana/* 12.4.2, whose @grafana/ui fetches react-data-grid from a git host
// rather than the registry; 12.4.10 is the same minor line and installs from the registry alone.
const scaffoldGrafana = '12.4.2';
const grafana = '12.4.10';
const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12);
const cache = join(tmpdir(), `grafana-aws-auth-scaffold-${checkout}`, `create-plugin-${version}-grafana-${grafana}`);
const plugin = join(cache, 'example-awsauth-datasource');
const pristine = join(cache, 'pristine');
const ready = join(cache, 'ready');
const files = join(root, 'compat', 'scaffold-plugin');
// Files this script changes in the scaffold; restored from `pristine` before every run.
const edited = [
  'package.json',
  'package-lock.json',
  'jest.config.js',
  'src/types.ts',
  'src/components/ConfigEditor.tsx',
  'src/module.ts',
];
const withPeer = process.argv.includes('--with-peer');
const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--with-peer');

const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { cwd: plugin, stdio: 'inherit', ...options }).status ?? 1;
}
function npm(args, options) {
  return hasFlock ? run('flock', ['/tmp/npm.lock', 'npm', ...args], options) : run('npm', args, options);
}
function fail(message) {
  console.error(`scaffold: ${message}`);
  process.exit(1);
}
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

if (!existsSync(ready)) {
  console.log(`scaffold: create-plugin ${version}, data source without backend (first run: scaffold and install)`);
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const args = [
    '--pluginType=datasource',
    '--no-backend', // `--hasBackend=false` is read as the string "false", which scaffolds a Go backend
    '--pluginName=awsauth',
    '--orgName=example',
    '--pluginDescription=Checks grafana-aws-auth in a fresh scaffold',
  ];
  const scaffolded = spawnSync(
    process.execPath,
    [join(createPlugin, typeof bin === 'string' ? bin : bin['create-plugin']), ...args],
    {
      cwd: cache,
      encoding: 'utf8',
    }
  );
  if (scaffolded.status !== 0 || !existsSync(join(plugin, 'package.json'))) {
    fail(`create-plugin failed (exit ${scaffolded.status})\n${scaffolded.stdout}${scaffolded.stderr}`);
  }
  const manifestPath = join(plugin, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const pinned = Object.keys(manifest.dependencies).filter(
    (name) => name.startsWith('@grafana/') && manifest.dependencies[name] === scaffoldGrafana
  );
  if (pinned.length === 0) {
    fail(`the scaffold no longer pins @grafana/* ${scaffoldGrafana}; review scaffoldGrafana in this script`);
  }
  for (const name of pinned) {
    manifest.dependencies[name] = grafana;
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`scaffold: @grafana/* ${scaffoldGrafana} → ${grafana} (${pinned.join(', ')}); npm install`);
  if (
    npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    }) !== 0
  ) {
    fail('installing the scaffold failed');
  }
  for (const file of edited) {
    mkdirSync(join(pristine, file, '..'), { recursive: true });
    cpSync(join(plugin, file), join(pristine, file));
  }
  writeFileSync(ready, `${new Date().toISOString()}\n`);
  console.log(`scaffold: ready after ${seconds()}`);
}

for (const file of edited) {
  if (!existsSync(join(pristine, file))) {
    // A cache from before this file was edited: the scaffold's copy is still the original.
    mkdirSync(join(pristine, file, '..'), { recursive: true });
    cpSync(join(plugin, file), join(pristine, file));
  }
  cpSync(join(pristine, file), join(plugin, file));
}

console.log('scaffold: building and packing grafana-aws-auth');
const packDir = join(cache, 'pack');
const { tarball } = buildAndPack(packDir);
const fixed = join(packDir, 'grafana-aws-auth.tgz');
renameSync(tarball, fixed);

// What an author types: no --legacy-peer-deps, no --force. A peer conflict npm only warns about
// ("ERESOLVE overriding peer dependency") fails this step too.
console.log('scaffold: npm install grafana-aws-auth (the packed tarball)');
const install = spawnSync(
  hasFlock ? 'flock' : 'npm',
  [...(hasFlock ? ['/tmp/npm.lock', 'npm'] : []), 'install', '--no-audit', '--no-fund', fixed],
  { cwd: plugin, encoding: 'utf8' }
);
process.stdout.write(install.stdout);
process.stderr.write(install.stderr);
if (install.status !== 0) {
  fail('npm install of the tarball failed');
}
if (/ERESOLVE/.test(install.stdout + install.stderr)) {
  fail('npm install of the tarball reported a peer dependency conflict');
}

// The plugin must run exactly what was just built, and every package grafana-aws-auth imports must be
// installed in the plugin's own node_modules.
const installed = join(plugin, 'node_modules', 'grafana-aws-auth');
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
const stale = filesIn(join(root, 'dist')).filter(
  (f) =>
    !existsSync(join(installed, 'dist', f)) ||
    !readFileSync(join(root, 'dist', f)).equals(readFileSync(join(installed, 'dist', f)))
);
if (stale.length > 0) {
  fail(`installed grafana-aws-auth differs from dist/: ${stale.join(', ')}`);
}
const ourManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const missing = Object.keys({ ...ourManifest.dependencies, ...ourManifest.peerDependencies }).filter(
  (name) => !existsSync(join(installed, 'node_modules', name)) && !existsSync(join(plugin, 'node_modules', name))
);
if (missing.length > 0) {
  fail(`not installed in the plugin: ${missing.join(', ')}`);
}
const versions = Object.keys({ ...ourManifest.dependencies, ...ourManifest.peerDependencies })
  .map((name) => {
    const dir = [join(installed, 'node_modules', name), join(plugin, 'node_modules', name)].find(existsSync);
    return `${name} ${JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version}`;
  })
  .join(', ');
console.log(`scaffold: resolved ${versions}`);

// The author's code: a ConfigEditor on ConnectionConfig, its test, the plugin's options typed with
// the AWS keys, and the Jest configuration extended for the Grafana ESM packages.
cpSync(join(files, 'ConfigEditor.tsx'), join(plugin, 'src', 'components', 'ConfigEditor.tsx'));
cpSync(join(files, 'ConfigEditor.test.tsx'), join(plugin, 'src', 'components', 'ConfigEditor.test.tsx'));
cpSync(join(files, 'jest.config.js'), join(plugin, 'jest.config.js'));
// module.ts: the scaffold's, with the one line README "Translations" asks for.
const modulePath = join(plugin, 'src', 'module.ts');
cpSync(join(files, 'module.ts'), modulePath);
const typesPath = join(plugin, 'src', 'types.ts');
let types = readFileSync(typesPath, 'utf8');
for (const [from, to] of [
  [
    "import { DataSourceJsonData } from '@grafana/data';",
    "import { AwsAuthDataSourceJsonData, AwsAuthDataSourceSecureJsonData } from 'grafana-aws-auth';",
  ],
  [
    'interface MyDataSourceOptions extends DataSourceJsonData {',
    'interface MyDataSourceOptions extends AwsAuthDataSourceJsonData {',
  ],
  ['interface MySecureJsonData {', 'interface MySecureJsonData extends AwsAuthDataSourceSecureJsonData {'],
]) {
  if (!types.includes(from)) {
    fail(`src/types.ts of the scaffold changed: \`${from}\` not found`);
  }
  types = types.replace(from, to);
}
writeFileSync(typesPath, types);

const binOf = (name) => join(plugin, 'node_modules', '.bin', name);
console.log("scaffold: typecheck (the scaffold's tsc --noEmit)");
const typecheck = run(binOf('tsc'), ['--noEmit']);
if (typecheck !== 0) {
  console.error('scaffold: the plugin does not typecheck against the packed types');
}

/** The scaffold's production build; the gzip -9 size of dist/module.js and of its other chunks. */
function webpack(what) {
  console.log(`scaffold: webpack production build, ${what} (the scaffold's configuration)`);
  rmSync(join(plugin, 'dist'), { recursive: true, force: true });
  // The scaffold's webpack keeps a filesystem cache that trusts node_modules by package version: a
  // new tarball of the same version would be built from the cache, so every build starts without it.
  rmSync(join(plugin, 'node_modules', '.cache', 'webpack'), { recursive: true, force: true });
  // On Node 20, ts-node stops on the scaffold's TypeScript module settings (TS5095) unless told these.
  const status = run(
    binOf('webpack'),
    ['-c', './.config/webpack/webpack.config.ts', '--env', 'production', '--stats', 'errors-warnings'],
    { env: { ...process.env, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs","moduleResolution":"node"}' } }
  );
  if (status !== 0 || !existsSync(join(plugin, 'dist', 'module.js'))) {
    return undefined;
  }
  const gz = (file) => gzipSync(readFileSync(join(plugin, 'dist', file)), { level: 9 }).length;
  const chunks = readdirSync(join(plugin, 'dist')).filter((f) => f.endsWith('.js') && f !== 'module.js');
  return { moduleJs: gz('module.js'), chunks: Object.fromEntries(chunks.map((f) => [f, gz(f)])) };
}

const ours = webpack('with ConnectionConfig and loadAwsAuthTranslations');
const built = ours ? 0 : 1;
if (built !== 0) {
  console.error('scaffold: the webpack build failed');
} else {
  // One chunk per language, none of them in module.js.
  const texts = readFileSync(join(plugin, 'dist', 'module.js'), 'utf8');
  if (texts.includes('grafana-aws-auth.access-key.label":"')) {
    console.error('scaffold: a locale file is inside module.js');
    process.exitCode = 1;
  }
  const localeChunks = Object.keys(ours.chunks).filter((f) => /(cs-CZ|de-DE|ja-JP|zh-Hant)/.test(f));
  console.log(
    `scaffold: module.js ${ours.moduleJs} B gzipped; ${Object.keys(ours.chunks).length} chunks (${localeChunks.join(', ')} …)`
  );
}

console.log("scaffold: Jest (the scaffold's configuration, extended for Grafana's ESM packages)");
const tests = run(binOf('jest'), ['--ci', ...jestArgs]);

// The same build without an AWS section (the scaffold's own ConfigEditor and module.ts), with our
// ConfigEditor but no loader, with `await loadAwsAuthTranslations()` alone (no @grafana/i18n), and,
// with --with-peer, with @grafana/aws-sdk's ConnectionConfig (installed with --legacy-peer-deps,
// which it needs there), for bench/scaffold-size.json.
const scaffoldModule = readFileSync(join(pristine, 'src/module.ts'), 'utf8');
cpSync(join(pristine, 'src/module.ts'), modulePath);
const oursNoLoader = webpack('with ConnectionConfig, no loader');
writeFileSync(
  modulePath,
  `import { loadAwsAuthTranslations } from 'grafana-aws-auth';\n${scaffoldModule}\nawait loadAwsAuthTranslations();\n`
);
const oursStandalone = webpack('with ConnectionConfig and `await loadAwsAuthTranslations()` alone');
for (const file of ['src/components/ConfigEditor.tsx', 'src/module.ts']) {
  cpSync(join(pristine, file), join(plugin, file));
}
const without = webpack('without an AWS section');
let peer;
if (withPeer) {
  const peerArgs = ['@grafana/aws-sdk@0.12.4', '@grafana/plugin-ui@0.13.1'];
  if (npm(['install', '--no-save', '--no-audit', '--no-fund', '--legacy-peer-deps', ...peerArgs]) === 0) {
    writeFileSync(
      join(plugin, 'src', 'components', 'ConfigEditor.tsx'),
      readFileSync(join(files, 'ConfigEditor.tsx'), 'utf8').replace(
        "from 'grafana-aws-auth'",
        "from '@grafana/aws-sdk'"
      )
    );
    peer = webpack("with @grafana/aws-sdk's ConnectionConfig");
  }
}
if (ours && without) {
  const sizes = {
    about:
      "gzip -9 bytes of a data source's dist/module.js fresh from @grafana/create-plugin (production webpack build, the scaffold's configuration), written by `npm run test:scaffold` (`-- --with-peer` for the peer's figure); `npm run size` reports them. ours: ConnectionConfig with `await initPluginTranslations(id, [loadAwsAuthTranslations])` in module.ts (which bundles @grafana/i18n); oursNoLoader: no loader line; oursStandaloneLoader: `await loadAwsAuthTranslations()` alone. Chunks (one per language, plus @grafana/i18n's own) are loaded only when needed.",
    createPlugin: version,
    grafana,
    measuredAt: new Date().toISOString(),
    without: without.moduleJs,
    peer: peer?.moduleJs ?? null,
    ours: ours.moduleJs,
    oursNoLoader: oursNoLoader?.moduleJs ?? null,
    oursStandaloneLoader: oursStandalone?.moduleJs ?? null,
    oursLocaleChunks: ours.chunks,
  };
  writeFileSync(join(root, 'bench', 'scaffold-size.json'), JSON.stringify(sizes, null, 2) + '\n');
  console.log(
    `scaffold: module.js without ${without.moduleJs} B, peer ${peer?.moduleJs ?? 'n/a'} B, ours with initPluginTranslations ${ours.moduleJs} B, ours without a loader ${oursNoLoader?.moduleJs ?? 'n/a'} B, ours with loadAwsAuthTranslations alone ${oursStandalone?.moduleJs ?? 'n/a'} B (bench/scaffold-size.json)`
  );
}
console.log(`scaffold: done in ${seconds()}`);
process.exit(typecheck || built || tests);
