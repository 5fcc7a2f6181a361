import type { ComponentType } from 'react';

import { ConnectionConfig, type ConnectionConfigProps } from '../../src/components/ConnectionConfig';
import { LeanConnectionConfig } from '../../src/components/LeanConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { useRecordedOptions } from './recorder';
import { type ServerArgs, splitServerArgs } from './server';
import { StoryFrame } from './StoryFrame';

export type EditorProps = Omit<ConnectionConfigProps, 'options' | 'onOptionsChange'>;

/**
 * A story's args: the data source as saved, the component's props, the server's settings, and
 * whether the story shows `LeanConnectionConfig` instead of `ConnectionConfig`.
 */
export type HostArgs = EditorProps & Partial<ServerArgs> & { options: AwsAuthDataSourceSettings; lean?: boolean };

/**
 * The component a story file documents (its props become controls and the props table), while
 * each story renders it through Host, which owns `options`.
 */
export const documented = ConnectionConfig as unknown as ComponentType<HostArgs>;

/**
 * Renders the editor the way Grafana's data source page does (the host owns `options` and applies
 * every change), with the options panel beside it.
 */
export function Host(args: HostArgs) {
  const [server, { options: saved, lean, ...props }] = splitServerArgs(args);
  // A new saved value (from the Controls panel) is a different data source: start over.
  return <Editor key={JSON.stringify(saved)} saved={saved} server={server} props={props} lean={lean} />;
}

function Editor({
  saved,
  server,
  props,
  lean,
}: {
  saved: AwsAuthDataSourceSettings;
  server: ServerArgs;
  props: EditorProps;
  lean?: boolean;
}) {
  const { options, onOptionsChange, recorder, hostRef } = useRecordedOptions(saved);
  const Component = lean ? LeanConnectionConfig : ConnectionConfig;
  return (
    <StoryFrame saved={saved} options={options} writes={recorder.writes.length} hostRef={hostRef}>
      {/* Server settings are read once per page load in Grafana; a changed control reloads the editor. */}
      {/* Storybook shows every opt-in feature unless a story says otherwise (`extras: undefined`). */}
      <Component
        key={JSON.stringify(server)}
        extras={awsAuthExtras}
        {...props}
        options={options}
        onOptionsChange={(next) => onOptionsChange(next as AwsAuthDataSourceSettings)}
      />
    </StoryFrame>
  );
}
