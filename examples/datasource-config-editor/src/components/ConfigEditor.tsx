import React, { ChangeEvent } from 'react';
import { Field, Input, SecretInput } from '@grafana/ui';
import { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { ConnectionConfig } from 'grafana-aws-auth';
import { MyDataSourceOptions, MySecureJsonData } from '../types';

type Props = DataSourcePluginOptionsEditorProps<MyDataSourceOptions, MySecureJsonData>;

export const ConfigEditor = (props: Props) => {
  const { onOptionsChange, options } = props;

  const onPathChange = (event: ChangeEvent<HTMLInputElement>) => {
    onOptionsChange({ ...options, jsonData: { ...options.jsonData, path: event.target.value } });
  };

  // Secure field (only sent to the backend)
  const onAPIKeyChange = (event: ChangeEvent<HTMLInputElement>) => {
    onOptionsChange({ ...options, secureJsonData: { ...options.secureJsonData, apiKey: event.target.value } });
  };

  const onResetAPIKey = () => {
    onOptionsChange({
      ...options,
      secureJsonFields: { ...options.secureJsonFields, apiKey: false },
      secureJsonData: { ...options.secureJsonData, apiKey: '' },
    });
  };

  const { jsonData, secureJsonFields } = options;
  const secureJsonData = options.secureJsonData ?? {};

  return (
    <>
      <ConnectionConfig
        {...props}
        standardRegions={['us-east-1', 'eu-west-1']}
        defaultEndpoint="https://example.{region}.amazonaws.com"
      />
      <Field label="Path" description="JSON field returned to the frontend">
        <Input id="config-editor-path" onChange={onPathChange} value={jsonData.path || ''} width={40} />
      </Field>
      <Field label="API Key" description="Secure JSON field (backend only)">
        <SecretInput
          id="config-editor-api-key"
          isConfigured={Boolean(secureJsonFields.apiKey)}
          value={secureJsonData.apiKey || ''}
          width={40}
          onReset={onResetAPIKey}
          onChange={onAPIKeyChange}
        />
      </Field>
    </>
  );
};
