import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';

import { MOTO_VERSION } from '../../../scripts/emulator.mjs';
import { type AwsErrorCause, type DiagnosisInput, type DiagnosisSetting } from '../../../src/model/diagnose';
import { readSettings } from '../../../src/model/settings';
import { usesTemporaryKeys } from '../../../src/model/summary';
import type { AwsAuthDataSourceSettings } from '../../../src/model/types';
import { serverSettings } from '../../support/server';
import { type BackendCase, type Resolution, backendVersions, resolveCases } from './resolver';

/**
 * What the end-to-end tests share: one Grafana server policy for the browser and the backend, the
 * editor's saved options handed to grafana-aws-sdk against the emulator, the summary's text, and
 * the corpus of the emulator's real error messages.
 */

export type ServerPolicy = BackendCase['server'];

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

/** The error Grafana would show after "Save & test": the backend's config error, else the STS call's. */
export function errorOf(resolution: Resolution): string {
  return resolution.loadError || resolution.configError || resolution.callError || '';
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

/** Pastes a value into a field the way a person does: focus it, then paste (long tokens are pasted, not typed). */
export async function paste(user: UserEvent, field: HTMLElement, value: string): Promise<void> {
  await user.click(field);
  await user.paste(value);
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
  constructor(private readonly path: string) {}

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
    writeFileSync(this.path, `${JSON.stringify(corpus, null, 2)}\n`);
  }
}
