import { EventBusSrv } from '@grafana/data';
import { type EchoSrv, getAppEvents, setAppEvents, setEchoSrv } from '@grafana/runtime';
import { afterEach, beforeEach, vi } from 'vitest';

import { pluginContext } from './host';

/**
 * What `@grafana/aws-sdk`'s editor needs to render at all, for tests that render it beside ours:
 * a plugin context (returned, for `renderHost`'s `context` option) and an app event bus with an echo service for each
 * test, the page's own bus put back after.
 */
export function withPeerHost() {
  const originalBus = getAppEvents();
  beforeEach(() => {
    setAppEvents(new EventBusSrv());
    setEchoSrv({ addEvent: vi.fn() } as unknown as EchoSrv);
  });
  afterEach(() => setAppEvents(originalBus));
  return pluginContext();
}

/** The ids @grafana/aws-sdk gives its controls: e2e tests select by them, and the suites match controls by them. */
export const PEER_IDS = [
  'authProvider',
  'credentialsProfileName',
  'accessKeyId',
  'secretKey',
  'assumeRoleArn',
  'externalId',
  'grafanaExternalId',
  'endpoint',
  'defaultRegion',
  'proxyType',
  'proxyUrl',
  'proxyUsername',
  'proxyPassword',
];
