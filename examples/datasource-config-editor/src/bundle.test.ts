// @vitest-environment node
// What a plugin's production build takes from the published package: an entry that imports from
// the installed tarball is bundled by Rollup (through Vite) and by esbuild, minified, with what
// Grafana provides left external. Opt-in features and editor text must drop out unless imported,
// or every plugin ships them.
import { build as esbuild } from 'esbuild';
import { build as vite, type Plugin, type Rollup } from 'vite';

const provided = /^(react|react-dom|i18next|@grafana\/|@emotion\/)/;
const ENTRY = 'virtual:plugin-entry';

async function rollupChunks(source: string): Promise<Array<{ name: string; code: string }>> {
  const entry: Plugin = {
    name: 'plugin-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
    load: (id) => (id === `\0${ENTRY}` ? source : undefined),
  };
  const output = (await vite({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    plugins: [entry],
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: ENTRY, preserveEntrySignatures: 'strict', external: (id) => provided.test(id) },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return chunks.flatMap((c) => (c.type === 'chunk' ? [{ name: c.fileName, code: c.code }] : []));
}

const rollup = async (source: string) => (await rollupChunks(source)).map((c) => c.code).join('\n');

async function esbuildBundle(source: string): Promise<string> {
  const result = await esbuild({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'grafana-provided',
        setup: (b) => b.onResolve({ filter: provided }, (args) => ({ path: args.path, external: true })),
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

const bundlers = { rollup, esbuild: esbuildBundle };
const bundle = (bundler: keyof typeof bundlers, imports: string) =>
  bundlers[bundler](`export { ${imports} } from 'grafana-aws-auth';`);

// One phrase of each feature ConnectionConfig has built in, as @grafana/aws-sdk does, and
// LeanConnectionConfig leaves out.
const builtIn = {
  'Grafana Assume Role': 'How to create an IAM role for Grafana to assume',
  'HTTP proxy': 'HTTP_PROXY',
};

// One phrase of each opt-in feature, as it appears in the built code.
const optIn = {
  'region names': 'Europe (Ireland)',
  checks: 'is not an AWS partition',
  summary: 'What Grafana will do',
  'key-file import': 'Import keys from a file',
  'save reporting': 'grafana_plugin_aws_save',
  diagnosis: 'Explain this error',
  'error causes': 'non-allowed auth method',
  provisioning: 'Provision this data source as code',
  'provisioning snippets': 'grafana_data_source',
};

// A phrase of two locale files: none may be in a bundle that does not load translations.
const translated = { 'de-DE': 'Authentifizierungsanbieter', 'ja-JP': '認証プロバイダー' };

describe('the translations (Rollup, as a plugin bundler splits them)', () => {
  it('ConnectionConfig alone: no locale file, no chunk', async () => {
    const chunks = await rollupChunks(`export { ConnectionConfig } from 'grafana-aws-auth';`);
    expect(chunks).toHaveLength(1);
    expect(Object.values(translated).filter((phrase) => chunks[0]!.code.includes(phrase))).toEqual([]);
  });

  it('loadAwsAuthTranslations: each language a chunk of its own, none in the entry', async () => {
    const chunks = await rollupChunks(`export { ConnectionConfig, loadAwsAuthTranslations } from 'grafana-aws-auth';`);
    const [entry, ...rest] = chunks;
    expect(Object.values(translated).filter((phrase) => entry!.code.includes(phrase))).toEqual([]);
    expect(rest).toHaveLength(18);
    for (const phrase of Object.values(translated)) {
      expect(rest.filter((c) => c.code.includes(phrase))).toHaveLength(1);
    }
  });
});

describe.each(Object.keys(bundlers) as Array<keyof typeof bundlers>)('what %s bundles from grafana-aws-auth', (b) => {
  it('ConnectionConfig alone: the editor with Grafana Assume Role and the proxy, and none of the opt-in features', async () => {
    const code = await bundle(b, 'ConnectionConfig');
    expect(code).toContain('Authentication Provider');
    expect(Object.values(translated).filter((phrase) => code.includes(phrase))).toEqual([]);
    const shipped = Object.entries(optIn).filter(([, phrase]) => code.includes(phrase));
    expect(shipped.map(([feature]) => feature)).toEqual([]);
    const missing = Object.entries(builtIn).filter(([, phrase]) => !code.includes(phrase));
    expect(missing.map(([feature]) => feature)).toEqual([]);
  });

  it('LeanConnectionConfig alone: the editor without Grafana Assume Role, the proxy or any opt-in feature', async () => {
    const code = await bundle(b, 'LeanConnectionConfig');
    expect(code).toContain('Authentication Provider');
    const shipped = Object.entries({ ...builtIn, ...optIn }).filter(([, phrase]) => code.includes(phrase));
    expect(shipped.map(([feature]) => feature)).toEqual([]);
  });

  it('the headless pieces: no editor text', async () => {
    const code = await bundle(b, 'applyEdit, standardRegions');
    expect(code).toContain('eu-west-1');
    expect(code).not.toContain('Authentication Provider');
    // The provider catalogue's descriptions belong to the editor, not to applyEdit.
    expect(code).not.toContain('Uses whatever credentials the Grafana server already has');
  });

  it('awsAuthExtras: every opt-in feature', async () => {
    const code = await bundle(b, 'LeanConnectionConfig, awsAuthExtras');
    const missing = Object.entries({ ...builtIn, ...optIn }).filter(([, phrase]) => !code.includes(phrase));
    expect(missing.map(([feature]) => feature)).toEqual([]);
  });
});
