import { DataSourceTestFailed, DataSourceTestSucceeded } from '@grafana/data';
import { getAppEvents } from '@grafana/runtime';

export type TestResult = 'succeeded' | 'failed';

/**
 * Calls `onResult` each time Grafana announces that this page's "Save & test" succeeded or failed,
 * and returns the unsubscribe. Without an app event bus (Storybook, unit tests, a page outside
 * Grafana), or with a partial one (a test double), it does nothing and never throws into the page.
 */
export function onTestResult(onResult: (result: TestResult) => void): () => void {
  let bus: ReturnType<typeof getAppEvents> | undefined;
  try {
    bus = getAppEvents();
  } catch {
    return () => undefined;
  }
  if (!bus || typeof bus.subscribe !== 'function') {
    return () => undefined;
  }
  const subscriptions: Array<{ unsubscribe: () => void }> = [];
  try {
    subscriptions.push(bus.subscribe(DataSourceTestSucceeded, () => onResult('succeeded')));
    subscriptions.push(bus.subscribe(DataSourceTestFailed, () => onResult('failed')));
  } catch {
    // A partial bus may not support these events: nothing to listen to then.
  }
  return () => {
    for (const subscription of subscriptions) {
      try {
        subscription.unsubscribe();
      } catch {
        // Already gone.
      }
    }
  };
}
