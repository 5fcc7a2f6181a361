import React, { ChangeEvent } from 'react';
import { InlineField, Input } from '@grafana/ui';
import { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { ConnectionConfig } from 'grafana-aws-auth';
import { MyDataSourceOptions, MySecureJsonData } from '../types';

// Written by scripts/test-scaffold.mjs into a plugin fresh from @grafana/create-plugin, over the
// scaffold's own ConfigEditor: the AWS section from the packed package above the plugin's own field.
type Props = DataSourcePluginOptionsEditorProps<MyDataSourceOptions, MySecureJsonData>;

export function ConfigEditor(props: Props) {
  const { onOptionsChange, options } = props;

  const onPathChange = (event: ChangeEvent<HTMLInputElement>) => {
    onOptionsChange({ ...options, jsonData: { ...options.jsonData, path: event.target.value } });
  };

  return (
    <>
      <ConnectionConfig {...props} />
      <InlineField label="Path" labelWidth={14} tooltip="Json field returned to frontend">
        <Input id="config-editor-path" onChange={onPathChange} value={options.jsonData.path ?? ''} width={40} />
      </InlineField>
    </>
  );
}
