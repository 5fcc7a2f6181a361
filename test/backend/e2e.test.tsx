import { screen } from '@testing-library/react';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type EmulatorAccount, freePort, setUpWorld, startEmulator } from '../../scripts/emulator.mjs';
import { awsAuthExtras } from '../../src/extras';
import { type AwsErrorCause, type DiagnosisSetting, diagnoseAwsError } from '../../src/model/diagnose';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';
import { grafanaCloud } from '../support/server';
import {
  EmulatorCorpus,
  type ServerPolicy,
  callerIdentity,
  diagnosisInput,
  errorOf,
  grafanaServer,
  paste,
  summaryText,
} from './support/e2e';
import { sharedFiles } from './support/resolver';

// End to end: a person fills the editor, grafana-aws-sdk (Go) reads what it saved and calls
// sts:GetCallerIdentity against moto on loopback, with IAM enforcement on. The identity AWS answers
// must be the one the page's summary names; a failure must be explained by diagnoseAwsError with
// the right cause and field. Rules quoted from grafana-aws-sdk v1.5.2, pkg/awsauth.

const STACK = 'stack-fake-4242';
const UID = 'P1234ABCD'; // makeOptions' uid: the per-data-source external ID is `${STACK}-${UID}`.
const EXTERNAL_ID = 'fake-external-id-0001';
const corpus = new EmulatorCorpus(new URL('../fixtures/aws-errors.emulator.json', import.meta.url).pathname);
const FAILURES = 9; // the tests that add to the corpus

let emulator: { url: string; stop: () => Promise<void> };
let aws: EmulatorAccount;
let env: Record<string, string>; // grafana-server's environment

beforeAll(async () => {
  emulator = await startEmulator();
  aws = setUpWorld(emulator.url, {
    users: {
      'grafana-server': { canAssume: true },
      'monitoring-profile': { canAssume: true },
      'typed-key': { canAssume: true },
      'grafana-cloud': { canAssume: true },
      'cannot-assume': {},
      'someone-else': { canAssume: true },
    },
    roles: {
      reader: { trust: ['grafana-server', 'typed-key', 'cannot-assume'] },
      'reader-external-id': { trust: ['typed-key'], externalId: EXTERNAL_ID },
      'customer-role': { trust: ['grafana-cloud'], externalId: `${STACK}-${UID}` },
      'not-for-grafana': { trust: ['someone-else'] },
      'console-session': { trust: ['someone-else'] },
    },
    sessions: { 'pasted-session': { user: 'someone-else', role: 'console-session' } },
  });
  const profile = (name: string, user: string) =>
    `[${name}]\naws_access_key_id = ${aws.users[user]!.accessKeyId}\naws_secret_access_key = ${aws.users[user]!.secretAccessKey}\n`;
  env = {
    AWS_ENDPOINT_URL: emulator.url,
    // The server's own key, which the SDK's default chain finds first.
    AWS_ACCESS_KEY_ID: aws.users['grafana-server']!.accessKeyId,
    AWS_SECRET_ACCESS_KEY: aws.users['grafana-server']!.secretAccessKey,
    ...sharedFiles(
      profile('default', 'someone-else') +
        profile('monitoring', 'monitoring-profile') +
        profile('assume_role_credentials', 'grafana-cloud')
    ),
  };
});

afterAll(async () => {
  await emulator?.stop();
  corpus.write(FAILURES);
});

const OSS = { allowedAuthProviders: ['default', 'keys', 'credentials'] };
const user = (name: string) => aws.users[name]!;
const role = (name: string) => aws.roles[name]!;
const assumed = (roleName: string) => new RegExp(`^arn:aws:sts::${aws.account}:assumed-role/${roleName}/`);

/** A new data source's page, with the summary and the other extras. */
function newDataSource(props = {}) {
  return renderEditor(makeOptions(), { extras: awsAuthExtras, ...props });
}

async function fill(ui: ReturnType<typeof newDataSource>, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const field = screen.getByLabelText(new RegExp(`^${label}`));
    await (value.length > 60 ? paste(ui.user, field, value) : ui.user.type(field, value));
  }
  await pick(ui.user, /Default Region/, /us-east-1/);
}

/** Types a key pair the way a person does: ID, then secret. */
const keys = (keyId: string, secret: string) => ({ 'Access Key ID': keyId, 'Secret Access Key': secret });

async function identityOf(ui: ReturnType<typeof newDataSource>, server: ServerPolicy, extraEnv = {}) {
  const resolution = callerIdentity(expect.getState().currentTestName ?? 'case', ui.latest(), server, {
    ...env,
    ...extraEnv,
  });
  expect(errorOf(resolution)).toBe('');
  return resolution.identity;
}

/** The backend's error, diagnosed as the "Explain this error" extra would, and kept for the corpus. */
function expectDiagnosis(ui: ReturnType<typeof newDataSource>, message: string, cause: AwsErrorCause, setting: DiagnosisSetting) {
  expect(message).not.toBe('');
  const settings = diagnosisInput(ui.latest());
  corpus.add(expect.getState().currentTestName ?? '', message, settings, cause, setting);
  expect(diagnoseAwsError(message, settings), message).toMatchObject({ cause, setting });
}

describe('each provider the form offers reaches AWS as the identity the summary names', () => {
  it('AWS SDK Default: "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here" (auth.go:56), so the server environment\'s key signs', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(ui, {});
    expect(summaryText()).toMatch(/default credential chain on the server: environment variables/);
    expect(await identityOf(ui, server)).toBe(user('grafana-server').arn);
  });

  it('Credentials file: "options.SharedConfigProfile = s.CredentialsProfile" (settings.go:176) reads the named profile, not the default one nor the environment', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /Credentials file/);
    await fill(ui, { 'Credentials Profile Name': 'monitoring' });
    expect(summaryText()).toMatch(/reads profile monitoring from the credentials file/);
    expect(await identityOf(ui, server)).toBe(user('monitoring-profile').arn);
  });

  it('Access & secret key: "NewStaticCredentialsProvider(s.AccessKey, s.SecretKey, s.SessionToken)" (settings.go:168) signs with the typed key\'s user', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /Access & secret key/);
    await fill(ui, keys(user('typed-key').accessKeyId, user('typed-key').secretAccessKey));
    expect(summaryText()).toMatch(/signs requests with the access key you entered/);
    expect(await identityOf(ui, server)).toBe(user('typed-key').arn);
  });

  it('Access & secret key with a session token: the same provider passes s.SessionToken (settings.go:168), so pasted temporary keys act as their role session', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    const session = aws.sessions['pasted-session']!;
    await pick(ui.user, /Authentication Provider/, /Access & secret key/);
    await fill(ui, { ...keys(session.accessKeyId, session.secretAccessKey), 'Session Token': session.sessionToken });
    expect(summaryText()).toMatch(/temporary access key and session token you entered/);
    expect(await identityOf(ui, server)).toBe(session.arn);
  });

  it('Assume Role ARN: "if authSettings.AssumeRoleARN != \\"\\"" the base credentials assume the role (auth.go:77-78)', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(ui, { 'Assume Role ARN': role('reader') });
    expect(summaryText()).toContain(`then assumes role ${role('reader')}`);
    expect(await identityOf(ui, server)).toMatch(assumed('reader'));
  });

  it('External ID: "if s.ExternalID != \\"\\" { options.ExternalID = aws.String(s.ExternalID) }" (settings.go:211-212) satisfies the trust policy\'s sts:ExternalId', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /Access & secret key/);
    const k = user('typed-key');
    await fill(ui, { ...keys(k.accessKeyId, k.secretAccessKey), 'Assume Role ARN': role('reader-external-id'), 'External ID': EXTERNAL_ID });
    expect(summaryText()).toContain(`then assumes role ${role('reader-external-id')} with external ID ${EXTERNAL_ID}`);
    expect(await identityOf(ui, server)).toMatch(assumed('reader-external-id'));
  });

  it('Endpoint: "options.BaseEndpoint = s.Endpoint" (settings.go:157) wins over the server\'s AWS_ENDPOINT_URL, for STS too', async () => {
    const server = grafanaServer(OSS);
    const ui = newDataSource();
    await pick(ui.user, /Authentication Provider/, /Access & secret key/);
    const k = user('typed-key');
    await fill(ui, { ...keys(k.accessKeyId, k.secretAccessKey), Endpoint: emulator.url });
    expect(summaryText()).toContain(`calling ${emulator.url}`);
    // The server's own endpoint refuses connections: only the typed one reaches the emulator.
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(await identityOf(ui, server, { AWS_ENDPOINT_URL: closed })).toBe(k.arn);
  });

  it('Grafana Assume Role, single tenant: "options.SharedConfigProfile = profileName" (assume_role_credentials, settings.go:197) assumes the role with the per-data-source external ID (auth.go:62-66)', async () => {
    // grafana-aws-sdk prefers /tmp/aws.credentials (settings.go:186-188): on a machine that has it, this test would prove nothing.
    expect(existsSync('/tmp/aws.credentials/access-key-id'), 'remove /tmp/aws.credentials to run this test').toBe(false);
    const server = grafanaServer({ allowedAuthProviders: ['grafana_assume_role', 'keys', 'default'], externalId: STACK });
    grafanaCloud();
    const ui = newDataSource({ externalId: STACK });
    await fill(ui, { 'Assume Role ARN': role('customer-role') });
    expect(screen.getByRole('textbox', { name: /^External ID/ })).toHaveValue(`${STACK}-${UID}`);
    expect(summaryText()).toContain(role('customer-role'));
    expect(await identityOf(ui, server)).toMatch(assumed('customer-role'));
  });
});
