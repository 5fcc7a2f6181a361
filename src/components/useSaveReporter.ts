import { DataSourceTestFailed, DataSourceTestSucceeded, type EventBus } from '@grafana/data';
import { getAppEvents } from '@grafana/runtime';
import { useEffect, useLayoutEffect, useRef } from 'react';

/** The interaction Grafana's AWS data sources report after "Save & test". */
export const SAVE_INTERACTION = 'grafana_plugin_aws_save';

export type InteractionReport = (interactionName: string, properties?: Record<string, unknown>) => void;

/**
 * Reports `grafana_plugin_aws_save` with the auth type and the result whenever Grafana announces
 * that this page's data source test succeeded or failed. Without a reporter or an app event bus
 * (Storybook, tests, a page outside Grafana) it does nothing; it never throws into the page.
 */
export function useSaveReporter(authType: unknown, report: InteractionReport | undefined): void {
  // Read when the event arrives, so that a change of provider does not resubscribe.
  const latest = useRef(authType);
  useLayoutEffect(() => {
    latest.current = authType;
  });

  useEffect(() => {
    if (!report) {
      return undefined;
    }
    let bus: EventBus | undefined;
    try {
      bus = getAppEvents();
    } catch {
      return undefined;
    }
    if (!bus || typeof bus.subscribe !== 'function') {
      return undefined;
    }
    const send = (result: 'succeeded' | 'failed') => () => {
      try {
        report(SAVE_INTERACTION, {
          auth_type: typeof latest.current === 'string' ? latest.current : undefined,
          result,
        });
      } catch {
        // Analytics must never break the configuration page.
      }
    };
    const subscriptions: Array<{ unsubscribe: () => void }> = [];
    try {
      subscriptions.push(bus.subscribe(DataSourceTestSucceeded, send('succeeded')));
      subscriptions.push(bus.subscribe(DataSourceTestFailed, send('failed')));
    } catch {
      // A partial bus (a test double) may not support these events; nothing to report then.
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
  }, [report]);
}
