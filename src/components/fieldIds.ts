import { useId, useLayoutEffect, useMemo } from 'react';

/**
 * The input ids `@grafana/aws-sdk` gives its fields. Plugin authors' unit and e2e tests select
 * fields by them (`#accessKeyId`, `label[for=authProvider]`), so they are part of the drop-in contract.
 */
export const PLAIN_IDS = {
  provider: 'authProvider',
  profile: 'credentialsProfileName',
  accessKey: 'accessKeyId',
  secretKey: 'secretKey',
  sessionToken: 'sessionToken',
  assumeRoleArn: 'assumeRoleArn',
  externalId: 'externalId',
  grafanaExternalId: 'grafanaExternalId',
  perDatasourceExternalId: 'perDatasourceExternalId',
  endpoint: 'endpoint',
  defaultRegion: 'defaultRegion',
  proxyType: 'proxyType',
  proxyUrl: 'proxyUrl',
  proxyUsername: 'proxyUsername',
  proxyPassword: 'proxyPassword',
} as const;

export type FieldIds = { readonly [K in keyof typeof PLAIN_IDS]: string };

// The editor that holds the plain ids, by React id. Ids must be unique in a page, so a second
// editor (the SigV4 one beside the main one) gets ids of its own.
let holder: string | undefined;

/**
 * Takes the plain ids for `reactId` if no editor holds them. Called while rendering so the first
 * render already has the right ids; it is idempotent per editor, so rendering twice is harmless.
 */
function claim(reactId: string): boolean {
  if (holder === undefined) {
    holder = reactId;
  }
  return holder === reactId;
}

function release(reactId: string) {
  if (holder === reactId) {
    holder = undefined;
  }
}

function prefixed(prefix: string): FieldIds {
  const ids = {} as Record<keyof FieldIds, string>;
  for (const key of Object.keys(PLAIN_IDS) as Array<keyof FieldIds>) {
    ids[key] = `${prefix}${PLAIN_IDS[key]}`;
  }
  return ids;
}

/**
 * The ids of one editor's inputs: the peer's plain ids for the first editor on the page, and ids
 * made unique with React's `useId` for any other mounted at the same time.
 */
export function useFieldIds(): FieldIds {
  const reactId = useId();
  const plain = claim(reactId);
  useLayoutEffect(() => {
    // Strict mode unmounts and mounts again in development: take the ids back if still free.
    claim(reactId);
    return () => release(reactId);
  }, [reactId]);
  return useMemo(() => (plain ? PLAIN_IDS : prefixed(`${reactId}-`)), [plain, reactId]);
}
