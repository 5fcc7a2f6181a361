import { useEffect, useLayoutEffect, useRef } from 'react';

import { onTestResult } from './testResultEvents';

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
    return onTestResult((result) => {
      try {
        report(SAVE_INTERACTION, {
          auth_type: typeof latest.current === 'string' ? latest.current : undefined,
          result,
        });
      } catch {
        // Analytics must never break the configuration page.
      }
    });
  }, [report]);
}
