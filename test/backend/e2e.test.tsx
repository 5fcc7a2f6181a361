import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { freePort } from '../../scripts/emulator.mjs';
import { pick } from '../support/select';
import { grafanaCloud } from '../support/server';
import { exists } from './support/files.mjs';
import { fill, grafanaServer, identityOf, keys, newDataSource, summaryText } from './support/e2e';
import { EXTERNAL_ID, STACK, UID, emulatedAccount } from './support/world';

// End to end: a person fills the editor, grafana-aws-sdk (Go) reads what it saved and calls
// sts:GetCallerIdentity against moto on loopback, with IAM enforcement on. The identity AWS answers
// must be the one the page's summary names. Rules quoted from grafana-aws-sdk v1.5.2, pkg/awsauth.
// Failures: e2eFailures.test.tsx.

const world = emulatedAccount();
const OSS = { allowedAuthProviders: ['default', 'keys', 'credentials'] };
const user = (name: string) => world.aws.users[name]!;
const role = (name: string) => world.aws.roles[name]!;
const assumed = (roleName: string) => new RegExp(`^arn:aws:sts::${world.aws.account}:assumed-role/${roleName}/`);

describe('each provider the form offers reaches AWS as the identity the summary names', () => {
  it('AWS SDK Default: "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here" (auth.go:56), so the server environment\'s key signs', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(page, {});
    expect(summaryText()).toMatch(/default credential chain on the server: environment variables/);
    expect(identityOf(page, server, world.env)).toBe(user('grafana-server').arn);
  });

  it('Credentials file: "options.SharedConfigProfile = s.CredentialsProfile" (settings.go:176) reads the named profile, not the default one nor the environment', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /Credentials file/);
    await fill(page, { 'Credentials Profile Name': 'monitoring' });
    expect(summaryText()).toMatch(/reads profile monitoring from the credentials file/);
    expect(identityOf(page, server, world.env)).toBe(user('monitoring-profile').arn);
  });

  it('Access & secret key: "NewStaticCredentialsProvider(s.AccessKey, s.SecretKey, s.SessionToken)" (settings.go:168) signs with the typed key\'s user', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, keys(user('typed-key').accessKeyId, user('typed-key').secretAccessKey));
    expect(summaryText()).toMatch(/signs requests with the access key you entered/);
    expect(identityOf(page, server, world.env)).toBe(user('typed-key').arn);
  });

  it('Access & secret key with a session token: the same provider passes s.SessionToken (settings.go:168), so pasted temporary keys act as their role session', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const session = world.aws.sessions['pasted-session']!;
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, { ...keys(session.accessKeyId, session.secretAccessKey), 'Session Token': session.sessionToken });
    expect(summaryText()).toMatch(/temporary access key and session token you entered/);
    expect(identityOf(page, server, world.env)).toBe(session.arn);
  });

  it('Assume Role ARN: "if authSettings.AssumeRoleARN != \\"\\"" the base credentials assume the role (auth.go:77-78)', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    await pick(page.user, /Authentication Provider/, /AWS SDK Default/);
    await fill(page, { 'Assume Role ARN': role('reader') });
    expect(summaryText()).toContain(`it assumes role ${role('reader')}.`);
    expect(identityOf(page, server, world.env)).toMatch(assumed('reader'));
  });

  it('External ID: "if s.ExternalID != \\"\\" { options.ExternalID = aws.String(s.ExternalID) }" (settings.go:211-212) satisfies the trust policy\'s sts:ExternalId', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('typed-key');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, {
      ...keys(k.accessKeyId, k.secretAccessKey),
      'Assume Role ARN': role('reader-external-id'),
      'External ID': EXTERNAL_ID,
    });
    expect(summaryText()).toContain(`it assumes role ${role('reader-external-id')} with external ID ${EXTERNAL_ID}.`);
    expect(identityOf(page, server, world.env)).toMatch(assumed('reader-external-id'));
  });

  it('Endpoint: "options.BaseEndpoint = s.Endpoint" (settings.go:157) wins over the server\'s AWS_ENDPOINT_URL, for STS too', async () => {
    const server = grafanaServer(OSS);
    const page = newDataSource();
    const k = user('typed-key');
    await pick(page.user, /Authentication Provider/, /Access & secret key/);
    await fill(page, { ...keys(k.accessKeyId, k.secretAccessKey), Endpoint: world.url });
    expect(summaryText()).toContain(`Requests go to ${world.url}.`);
    // The server's own endpoint refuses connections: only the typed one reaches the emulator.
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(identityOf(page, server, { ...world.env, AWS_ENDPOINT_URL: closed })).toBe(k.arn);
  });

  it('Grafana Assume Role, single tenant: "options.SharedConfigProfile = profileName" (assume_role_credentials, settings.go:197) assumes the role with the per-data-source external ID (auth.go:62-66)', async () => {
    // grafana-aws-sdk prefers the keys in /tmp/aws.credentials (settings.go:186-188): on a machine
    // that has them, this test would prove nothing, so it stops and says so.
    expect(exists('/tmp/aws.credentials'), 'remove /tmp/aws.credentials to run this test').toBe(false);
    const server = grafanaServer({
      allowedAuthProviders: ['grafana_assume_role', 'keys', 'default'],
      externalId: STACK,
    });
    grafanaCloud();
    const page = newDataSource({ externalId: STACK });
    await fill(page, { 'Assume Role ARN': role('customer-role') });
    expect(screen.getByRole('textbox', { name: /^External ID/ })).toHaveValue(`${STACK}-${UID}`);
    expect(summaryText()).toContain(role('customer-role'));
    expect(identityOf(page, server, world.env)).toMatch(assumed('customer-role'));
  });
});
