import { PluginContext, type PluginContextType } from '@grafana/data';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, type ReactNode, useState } from 'react';

import type { AnySettings } from '../../src/model/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editor = ComponentType<any>;

/** A data source plugin's context, as Grafana provides it around a ConfigEditor. */
export function pluginContext(pluginId = 'cloudwatch', uid = 'P1234ABCD'): PluginContextType {
  const meta = { id: pluginId, name: pluginId, type: 'datasource', info: { version: '1.2.3' } };
  return { meta, instanceSettings: { uid, meta } } as unknown as PluginContextType;
}

/**
 * Renders any config editor (ours, SigV4, or the peer package's) inside a host that owns `options`
 * like Grafana's page, records every reported change, and lets a test change the editor's props
 * later (an `externalId` that loads after the first render).
 */
export function renderHost<T extends AnySettings>(
  Component: Editor,
  options: T,
  props: Record<string, unknown> = {},
  { context }: { context?: PluginContextType } = {}
) {
  const calls: T[] = [];
  let setExtra: (p: Record<string, unknown>) => void = () => undefined;
  function Host() {
    const [current, setCurrent] = useState(options);
    const [extra, setExtraState] = useState(props);
    setExtra = setExtraState;
    return (
      <Component
        {...extra}
        options={current}
        onOptionsChange={(next: T) => {
          calls.push(next);
          setCurrent(next);
        }}
      />
    );
  }
  const wrap = (node: ReactNode) =>
    context ? <PluginContext.Provider value={context}>{node}</PluginContext.Provider> : node;
  const user = userEvent.setup();
  const result = render(wrap(<Host />));
  return {
    ...result,
    user,
    calls,
    latest: () => calls[calls.length - 1] ?? options,
    setProps: (next: Record<string, unknown>) => act(() => setExtra({ ...props, ...next })),
  };
}
