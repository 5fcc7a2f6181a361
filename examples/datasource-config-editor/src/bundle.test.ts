// @vitest-environment node
// What a plugin's production build takes from the published package: Vite (Rollup) bundles an
// entry that imports from the installed tarball, with what Grafana provides left external. Opt-in
// features must drop out unless imported, or every plugin ships them.
import { build, type Plugin, type Rollup } from 'vite';

const ENTRY = 'virtual:plugin-entry';

async function bundle(imports: string): Promise<string> {
  const entry: Plugin = {
    name: 'plugin-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
    load: (id) => (id === `\0${ENTRY}` ? `export { ${imports} } from 'grafana-aws-auth';` : undefined),
  };
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    plugins: [entry],
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: ENTRY,
        preserveEntrySignatures: 'strict',
        external: (id) => /^(react|react-dom|i18next|@grafana\/|@emotion\/)/.test(id),
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return chunks.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n');
}

// One phrase of each opt-in feature, as it appears in the built code.
const optIn = {
  'Grafana Assume Role': 'How to create the IAM role for Grafana',
  'HTTP proxy': 'HTTP_PROXY',
  'region names': 'Europe (Ireland)',
  checks: 'is not an AWS partition',
  summary: 'What Grafana will do',
  'key-file import': 'Import keys from a file',
  'save reporting': 'grafana_plugin_aws_save',
};

describe('what a plugin bundles from grafana-aws-auth', () => {
  it('ConnectionConfig alone brings the editor and none of the opt-in features', async () => {
    const code = await bundle('ConnectionConfig');
    expect(code).toContain('Authentication Provider');
    const shipped = Object.entries(optIn).filter(([, phrase]) => code.includes(phrase));
    expect(shipped.map(([feature]) => feature)).toEqual([]);
  });

  it('awsAuthExtras brings every opt-in feature', async () => {
    const code = await bundle('ConnectionConfig, awsAuthExtras');
    const missing = Object.entries(optIn).filter(([, phrase]) => !code.includes(phrase));
    expect(missing.map(([feature]) => feature)).toEqual([]);
  });
});
