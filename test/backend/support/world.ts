import { afterAll, beforeAll } from 'vitest';

import { type EmulatorAccount, setUpWorld, startEmulator } from '../../../scripts/emulator.mjs';
import { sharedFiles } from './resolver.mjs';

/**
 * The emulated AWS account both end-to-end files use: moto on loopback, started before a file's
 * tests and stopped after them (scripts/emulator.mjs also kills it if the test process dies).
 */

export const STACK = 'stack-fake-4242';
/** makeOptions' uid: Grafana Assume Role's per-data-source external ID is `${STACK}-${UID}`. */
export const UID = 'P1234ABCD';
export const EXTERNAL_ID = 'fake-external-id-0001';

export interface World {
  url: string;
  aws: EmulatorAccount;
  /** grafana-server's environment: its own key, a credentials file, and the emulator as AWS_ENDPOINT_URL. */
  env: Record<string, string>;
}

/** Registers the file's beforeAll/afterAll and returns the world, filled once beforeAll has run. */
export function emulatedAccount(): World {
  const world = {} as World;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const emulator = await startEmulator();
    stop = emulator.stop;
    world.url = emulator.url;
    world.aws = setUpWorld(emulator.url, {
      users: {
        'grafana-server': { canAssume: true },
        'monitoring-profile': { canAssume: true },
        'typed-key': { canAssume: true },
        'grafana-cloud': { canAssume: true },
        // In a role's trust policy, but without sts:AssumeRole in its own policies.
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
    const users = world.aws.users;
    const profile = (name: string, user: string) =>
      `[${name}]\naws_access_key_id = ${users[user]!.accessKeyId}\naws_secret_access_key = ${users[user]!.secretAccessKey}\n`;
    world.env = {
      AWS_ENDPOINT_URL: emulator.url,
      // The server's own key, which the SDK's default chain finds first.
      AWS_ACCESS_KEY_ID: users['grafana-server']!.accessKeyId,
      AWS_SECRET_ACCESS_KEY: users['grafana-server']!.secretAccessKey,
      ...sharedFiles(
        profile('default', 'someone-else') +
          profile('monitoring', 'monitoring-profile') +
          profile('assume_role_credentials', 'grafana-cloud')
      ),
    };
  });
  afterAll(async () => {
    await stop?.();
  });
  return world;
}
