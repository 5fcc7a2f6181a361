import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { ConnectionConfig, type ConnectionConfigProps } from '../../src/components/ConnectionConfig';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';

type EditorProps = Omit<ConnectionConfigProps, 'options' | 'onOptionsChange'>;

export interface RenderOptions {
  /** `apply` behaves like Grafana's page; `ignore` never passes updates back. */
  host?: 'apply' | 'ignore';
  /** The editor to render: `ConnectionConfig` (the default) or `LeanConnectionConfig`. */
  editor?: typeof ConnectionConfig;
}

/**
 * Renders the editor inside a host that owns `options`, as a plugin's ConfigEditor page does, and
 * records every `onOptionsChange` call.
 */
export function renderEditor(
  options: AwsAuthDataSourceSettings,
  props: EditorProps = {},
  { host = 'apply', editor: Editor = ConnectionConfig }: RenderOptions = {}
) {
  const calls: AwsAuthDataSourceSettings[] = [];
  function Host() {
    const [current, setCurrent] = useState(options);
    return (
      <Editor
        {...props}
        options={current}
        onOptionsChange={(next) => {
          calls.push(next as AwsAuthDataSourceSettings);
          if (host === 'apply') {
            setCurrent(next as AwsAuthDataSourceSettings);
          }
        }}
      />
    );
  }
  const user = userEvent.setup();
  const result = render(<Host />);
  return {
    ...result,
    user,
    calls,
    /** The options a Save would send: the last ones reported, or the originals. */
    latest: () => calls[calls.length - 1] ?? options,
  };
}
