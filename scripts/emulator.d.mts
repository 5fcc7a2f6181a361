// Types for scripts/emulator.mjs, which the end-to-end tests import.
export declare const MOTO_VERSION: string;
export declare const venv: string;
export declare function installEmulator(options?: { quiet?: boolean }): { installed: boolean; python: string };
export declare function freePort(): Promise<number>;
export declare function startEmulator(options?: {
  timeoutMs?: number;
}): Promise<{ url: string; stop: () => Promise<void> }>;

/** What scripts/emulator-setup.py creates. */
export interface EmulatorWorld {
  users: Record<string, { canAssume?: boolean }>;
  roles: Record<string, { trust: string[]; externalId?: string }>;
  sessions?: Record<string, { user: string; role: string }>;
}
export interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
}
/** The emulator's account, with every user's ARN and key, every role's ARN, and the temporary credentials. */
export interface EmulatorAccount {
  account: string;
  users: Record<string, Keys & { arn: string }>;
  roles: Record<string, string>;
  sessions: Record<string, Keys & { arn: string; sessionToken: string }>;
}
export declare function setUpWorld(url: string, world: EmulatorWorld): EmulatorAccount;
