import { PluginContext, type PluginContextType } from '@grafana/data';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, type ReactNode, useState } from 'react';

import { ConnectionConfig, type ConnectionConfigProps } from '../../src/components/ConnectionConfig';
import type { AnySettings, AwsAuthDataSourceSettings } from '../../src/model/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editor = ComponentType<any>;

/** A data source plugin's context, as Grafana provides it around a ConfigEditor. */
export function pluginContext(pluginId = 'cloudwatch', uid = 'P1234ABCD'): PluginContextType {
  const meta = { id: pluginId, name: pluginId, type: 'datasource', info: { version: '1.2.3' } };
  return { meta, instanceSettings: { uid, meta } } as unknown as PluginContextType;
}

export interface HostOptions {
  /**
   * What the host does with a reported change: `apply` it at once, as Grafana's page does (the
   * default); `ignore` it, never passing it back; or `delay` it to the next task.
   */
  host?: 'apply' | 'ignore' | 'delay';
  /** A plugin context around the editor, as Grafana provides one. None by default. */
  context?: PluginContextType;
}

/**
 * Renders any config editor (ours, SigV4, or the peer package's) inside a host that owns `options`
 * like a plugin's ConfigEditor page, records every `onOptionsChange` call, and lets a test change
 * the editor's other props later (an `externalId` that loads after the first render).
 */
export function renderHost<T extends AnySettings>(
  Component: Editor,
  options: T,
  props: Record<string, unknown> = {},
  { host = 'apply', context }: HostOptions = {}
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
          if (host === 'apply') {
            setCurrent(next);
          } else if (host === 'delay') {
            setTimeout(() => setCurrent(next), 0);
          }
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
    /** The options a Save would send: the last ones reported, or the originals. */
    latest: () => calls[calls.length - 1] ?? options,
    setProps: (next: Record<string, unknown>) => act(() => setExtra({ ...props, ...next })),
  };
}

/** The props of `ConnectionConfig` a plugin passes besides `options` and `onOptionsChange`. */
export type EditorProps = Omit<ConnectionConfigProps, 'options' | 'onOptionsChange'>;

/**
 * `renderHost` for our editor with its props type-checked: `ConnectionConfig`, or the `editor`
 * given (`LeanConnectionConfig`).
 */
export function renderEditor(
  options: AwsAuthDataSourceSettings,
  props: EditorProps = {},
  { editor = ConnectionConfig, ...host }: HostOptions & { editor?: ComponentType<ConnectionConfigProps> } = {}
) {
  return renderHost(editor, options, props as Record<string, unknown>, host);
}
