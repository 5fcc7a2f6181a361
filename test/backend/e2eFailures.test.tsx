import { afterAll, describe, expect, it } from 'vitest';

import { freePort } from '../../scripts/emulator.mjs';
import { type AwsErrorCause, type DiagnosisSetting, diagnoseAwsError } from '../../src/model/diagnose';
import { pick } from '../support/select';
import {
  EmulatorCorpus,
  type Page,
  type ServerPolicy,
  callerIdentity,
  diagnosisInput,
  errorOf,
  fill,
  grafanaServer,
  keys,
  newDataSource,
} from './support/e2e';
import { EXTERNAL_ID, emulatedAccount } from './support/world';

// End to end, what goes wrong: a person fills the editor, grafana-aws-sdk (Go) reads what it saved
// and calls sts:GetCallerIdentity against moto with IAM enforcement on. The error it returns is the
// one "Save & test" would show; diagnoseAwsError must name the cause and the field to change. Each
// message is kept in test/fixtures/aws-errors.emulator.json, which this file rewrites after a full
// run (test/model/diagnose.emulator.test.ts checks it without the emulator).

const world = emulatedAccount();
const corpus = new EmulatorCorpus('test/fixtures/aws-errors.emulator.json');
afterAll(() => corpus.write(9));

const OSS = { allowedAuthProviders: ['default', 'keys', 'credentials'] };
const user = (name: string) => world.aws.users[name]!;
const role = (name: string) => world.aws.roles[name]!;

/** Runs the saved options against the emulator and expects a failure explained as `cause`, pointing at `setting`. */
function expectExplained(
  page: Page,
  server: ServerPolicy,
  cause: AwsErrorCause,
  setting: DiagnosisSetting,
  env = world.env
) {
  const name = expect.getState().currentTestName ?? '';
  const resolution = callerIdentity(name, page.latest(), server, env);
  expect(resolution.identity).toBeUndefined();
  const message = errorOf(resolution);
  expect(message).not.toBe('');
  const settings = diagnosisInput(page.latest());
  corpus.add(name.replace(/^.* > /, ''), message, settings, cause, setting);
  expect(diagnoseAwsError(message, settings), message).toMatchObject({ cause, setting });
}

describe('each failure reaches the user as the right cause and field', () => {
  it('a key AWS does not know: the static provider sends it as typed (settings.go:168), and IAM answers InvalidClientTokenId', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, keys('AKIAFAKEFAKEFAKE0000', 'fake-secret-for-a-key-nobody-has-000000'));
    expectExplained(page, server, 'invalid-access-key', 'accessKey');
  });

  it('a secret that does not belong to the key: the request is signed with it (settings.go:168), and the signature does not match', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, keys(user('typed-key').accessKeyId, 'fake-secret-that-is-not-the-right-one-00'));
    expectExplained(page, server, 'signature-mismatch', 'secretKey');
  });

  it('a profile the credentials file does not have: "options.SharedConfigProfile = s.CredentialsProfile" (settings.go:176) fails to load', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /Credentials file/);
    await fill(page, { 'Credentials Profile Name': 'no-such-profile' });
    expectExplained(page, server, 'credentials-file', 'profile');
  });

  it('a role whose trust policy does not name the caller: sts:AssumeRole (auth.go:77-78, settings.go:210) is refused', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(page, { 'Assume Role ARN': role('not-for-grafana') });
    expectExplained(page, server, 'assume-role-denied', 'assumeRoleArn');
  });

  it('a caller without sts:AssumeRole in its own policies: the role trusts it, but the call (settings.go:210) is refused', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('cannot-assume');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, { ...keys(k.accessKeyId, k.secretAccessKey), 'Assume Role ARN': role('reader') });
    expectExplained(page, server, 'assume-role-denied', 'assumeRoleArn');
  });

  it('an external ID the trust policy does not expect: "options.ExternalID = aws.String(s.ExternalID)" (settings.go:212) is refused', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('typed-key');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, {
      ...keys(k.accessKeyId, k.secretAccessKey),
      'Assume Role ARN': role('reader-external-id'),
      'External ID': `${EXTERNAL_ID}-typo`,
    });
    expectExplained(page, server, 'assume-role-denied', 'externalId');
  });

  it('an endpoint that refuses connections: "options.BaseEndpoint = s.Endpoint" (settings.go:157) is called, even for STS', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('typed-key');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, { ...keys(k.accessKeyId, k.secretAccessKey), Endpoint: `http://127.0.0.1:${await freePort()}` });
    expectExplained(page, server, 'endpoint-unreachable', 'endpoint');
  });

  it('a provider the server no longer allows: "trying to use non-allowed auth method" (auth.go:37-38)', async () => {
    // The page was opened before the admin removed keys from allowed_auth_providers.
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('typed-key');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, keys(k.accessKeyId, k.secretAccessKey));
    expectExplained(page, { ...server, allowedAuthProviders: ['default'] }, 'provider-not-allowed', 'authType');
  });

  it('a role while the server disables assume role: "trying to use assume role but it is disabled" (auth.go:40-41)', async () => {
    // The page was opened before the admin set assume_role_enabled = false.
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(page, { 'Assume Role ARN': role('reader') });
    expectExplained(page, { ...server, assumeRoleEnabled: false }, 'assume-role-disabled', 'assumeRoleArn');
  });
});
