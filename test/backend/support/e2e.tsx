import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

import { MOTO_VERSION } from '../../../scripts/emulator.mjs';
import { awsAuthExtras } from '../../../src/extras';
import { type AwsErrorCause, type DiagnosisInput, type DiagnosisSetting } from '../../../src/model/diagnose';
import { readSettings } from '../../../src/model/settings';
import { usesTemporaryKeys } from '../../../src/model/summary';
import type { AwsAuthDataSourceSettings } from '../../../src/model/types';
import { type EditorProps, renderEditor } from '../../support/host';
import { makeOptions } from '../../support/options';
import { pick } from '../../support/select';
import { serverSettings } from '../../support/server';
import { writeText } from './files.mjs';
import { type BackendCase, type Resolution, backendVersions, projectRoot, resolveCases } from './resolver.mjs';

/**
 * What the end-to-end tests share: one Grafana server policy for the browser and the backend, the
 * editor's saved options handed to grafana-aws-sdk against the emulator, the summary's text, and
 * the corpus of the emulator's real error messages.
 */

export type ServerPolicy = BackendCase['server'];

// Vite rewrites `new URL(…, import.meta.url)`; the resolver finds the folder from its own path.
const ROOT = projectRoot;

/**
 * Sets grafana.ini's [aws] section as the browser sees it and returns the same policy for the
 * backend: the page and the backend agree, unless a test changes the backend's on purpose.
 */
export function grafanaServer(policy: Partial<ServerPolicy> & { allowedAuthProviders: string[] }): ServerPolicy {
  const server = { assumeRoleEnabled: true, externalId: '', httpProxyEnabled: false, ...policy };
  serverSettings({ allowed: server.allowedAuthProviders, assumeRoleEnabled: server.assumeRoleEnabled });
  return server;
}

/** What a Save sends to Grafana, as Grafana hands it to the plugin: secrets decrypted, nothing added. */
export function backendCase(id: string, options: AwsAuthDataSourceSettings, server: ServerPolicy): BackendCase {
  return {
    id,
    jsonData: { ...options.jsonData },
    secureJsonData: Object.fromEntries(
      Object.entries(options.secureJsonData ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')
    ),
    database: options.database ?? '',
    server,
  };
}

/**
 * Runs the saved options through grafana-aws-sdk (awsds Load, awsauth GetConfig) and asks STS who
 * the credentials are. `env` is grafana-server's environment: AWS_ENDPOINT_URL points the SDK at the
 * emulator, as a deployment's would at a VPC endpoint.
 */
export function callerIdentity(
  id: string,
  options: AwsAuthDataSourceSettings,
  server: ServerPolicy,
  env: Record<string, string>
): Resolution {
  const [resolution] = resolveCases([backendCase(id, options, server)], { mode: 'emulator', env });
  return resolution!;
}

/**
 * The error Grafana would show after "Save & test": the backend's load or config error, else the
 * credentials' (sts:AssumeRole), else the STS call's.
 */
export function errorOf(resolution: Resolution): string {
  return resolution.loadError || resolution.configError || resolution.credentials?.error || resolution.callError || '';
}

/** The summary's sentence ("What Grafana will do", the CredentialSummary extra) as the page shows it. */
export function summaryText(): string {
  return screen.getByRole('region', { name: 'What Grafana will do' }).textContent ?? '';
}

/** What ConnectionDiagnosis hands diagnoseAwsError: the settings as the editor reads them. */
export function diagnosisInput(options: AwsAuthDataSourceSettings): DiagnosisInput {
  const view = readSettings(options);
  return {
    authType: typeof view.authType === 'string' ? view.authType : undefined,
    profile: view.profile,
    assumeRoleArn: view.assumeRoleArn,
    externalId: view.externalId,
    endpoint: view.endpoint,
    defaultRegion: view.defaultRegion,
    temporaryKeys: usesTemporaryKeys(view),
  };
}

/** Pastes a value into a field the way a person does: focus it, then paste. */
async function paste(user: UserEvent, field: HTMLElement, value: string): Promise<void> {
  await user.click(field);
  await user.paste(value);
}

/** A new data source's page, with the summary and the other extras. */
export function newDataSource(props: EditorProps = {}) {
  return renderEditor(makeOptions(), { extras: awsAuthExtras, ...props });
}
export type Page = ReturnType<typeof newDataSource>;

/**
 * Fills fields by label, then picks us-east-1 as Default Region. Short values are typed; keys,
 * ARNs and tokens are pasted, as people copy them from the AWS console.
 */
export async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    const field = screen.getByLabelText(new RegExp(`^${label}`));
    await (value.length > 24 ? paste(page.user, field, value) : page.user.type(field, value));
  }
  await pick(page.user, /Default Region/, /us-east-1/);
}

/** A key pair as a person enters it: ID, then secret. */
export const keys = (keyId: string, secret: string) => ({ 'Access Key ID': keyId, 'Secret Access Key': secret });

/** The caller identity of the page's saved options; fails with the backend's error when there is one. */
export function identityOf(page: Page, server: ServerPolicy, env: Record<string, string>): string | undefined {
  const resolution = callerIdentity(expect.getState().currentTestName ?? 'case', page.latest(), server, env);
  expect(errorOf(resolution)).toBe('');
  return resolution.identity;
}

interface CorpusEntry {
  cause: AwsErrorCause;
  source: string;
  message: string;
  settings: DiagnosisInput;
  setting: DiagnosisSetting;
}

/**
 * The emulator's error messages, as CI regenerates them into test/fixtures/aws-errors.emulator.json.
 * What changes from run to run (ports, request IDs, temporary folders) is replaced by a fixed
 * placeholder, so that the file changes only when the messages do.
 */
export class EmulatorCorpus {
  private readonly entries = new Map<string, CorpusEntry>();
  private readonly path: string;
  /** `file`: relative to the project's root. */
  constructor(file: string) {
    this.path = `${ROOT.replace(/\/?$/, '/')}${file}`;
  }

  add(test: string, message: string, settings: DiagnosisInput, cause: AwsErrorCause, setting: DiagnosisSetting) {
    const stable = (text: string) =>
      text
        .replace(/RequestID: [\w-]+/g, 'RequestID: 00000000-0000-0000-0000-000000000000')
        .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:40000')
        .replace(/\/tmp\/aws-files-\w+/g, '/tmp/aws-files-XXXXXX');
    const shown = Object.fromEntries(
      Object.entries(settings).filter(([, v]) => v !== undefined && v !== '' && v !== false)
    ) as DiagnosisInput;
    if (shown.endpoint) {
      shown.endpoint = stable(shown.endpoint);
    }
    const source = `moto ${MOTO_VERSION} (server mode) through grafana-aws-sdk ${backendVersions.current.sdk}: ${test}`;
    this.entries.set(test, { cause, source, message: stable(message), settings: shown, setting });
  }

  /** Writes the file only after a complete run (`expected` entries), never a partial one. */
  write(expected: number) {
    if (this.entries.size !== expected) {
      return;
    }
    const corpus = {
      description:
        'Error messages grafana-aws-sdk returned against the AWS emulator in test/backend/e2e.test.tsx, regenerated by every run of that test. cause: what diagnoseAwsError must find; settings: what the editor showed; setting: the field it must point at. Ports, request IDs and temporary folders are replaced by fixed values.',
      entries: [...this.entries.values()],
    };
    writeText(this.path, `${JSON.stringify(corpus, null, 2)}\n`);
  }
}
