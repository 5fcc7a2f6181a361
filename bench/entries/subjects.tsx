// The three editors the benchmark compares, each rendered inside the same host.
import {
  type DataSourcePluginOptionsEditorProps,
  EventBusSrv,
  PluginContext,
  type PluginContextType,
  PluginType,
} from '@grafana/data';
import { ConnectionConfig as PeerConnectionConfig } from '@grafana/aws-sdk';
import { config, setAppEvents } from '@grafana/runtime';
import { Checkbox, Field, Input, SecretInput, Select } from '@grafana/ui';
import type { ComponentType, ReactNode } from 'react';

import { ConnectionConfig } from '../../src';
import { standardRegions } from '../../src/model/regions';
import type { AwsAuthDataSourceSettings, AwsAuthJsonData, AwsAuthSecureJsonData } from '../../src/model/types';
import { makeOptions as makeDataSource } from '../../test/support/options';

export type EditorProps = DataSourcePluginOptionsEditorProps<AwsAuthJsonData, AwsAuthSecureJsonData>;
export type SubjectName = 'ours' | 'peer' | 'floor';
export type ProviderName = 'default' | 'credentials' | 'keys';

/**
 * Server settings as open source Grafana sends them by default. Both editors read the same
 * `config`; without a provider list the peer offers no provider at all.
 */
export function setUpGrafana(): void {
  config.awsAllowedAuthProviders = ['default', 'keys', 'credentials'];
  config.awsAssumeRoleEnabled = true;
  // The peer subscribes to the app event bus and reports through the plugin context.
  setAppEvents(new EventBusSrv());
}

/** What Grafana gives a data source plugin's ConfigEditor; the peer throws without it. */
const pluginContext = {
  meta: {
    id: 'cloudwatch',
    name: 'CloudWatch',
    type: PluginType.datasource,
    info: { version: '1.0.0' },
  },
} as unknown as PluginContextType;

export function PluginHost({ children }: { children: ReactNode }) {
  return <PluginContext.Provider value={pluginContext}>{children}</PluginContext.Provider>;
}

/** The same saved data source for every subject; the field typed into starts empty. */
export function makeOptions(provider: ProviderName): AwsAuthDataSourceSettings {
  return makeDataSource({
    url: '',
    jsonData: {
      authType: provider,
      assumeRoleArn: 'arn:aws:iam::123456789012:role/grafana',
      externalId: 'grafana-ext-1',
      endpoint: '',
      defaultRegion: 'eu-west-1',
      profile: '',
    },
    secureJsonData: {},
  });
}

// Computed once, as a plugin author would hold constant options.
const providerOptions = [
  { value: 'default', label: 'AWS SDK Default' },
  { value: 'keys', label: 'Access & secret key' },
  { value: 'credentials', label: 'Credentials file' },
];
const regionOptions = standardRegions.map((r) => ({ value: r, label: r }));

/**
 * The floor: the @grafana/ui fields our editor shows for each provider (same count, kinds, labels
 * and values), each writing its key straight into `options`, with no other logic. Keep it in step
 * with ConnectionConfig's fields as it renders without `extras` (no key-file import, summary or checks).
 */
export function Floor({ options, onOptionsChange }: EditorProps) {
  const jsonData = options.jsonData;
  const secrets = options.secureJsonData ?? {};
  const text = (key: keyof AwsAuthJsonData) => (e: React.FormEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, [key]: e.currentTarget.value } });
  const secret = (key: keyof AwsAuthSecureJsonData) => (e: React.FormEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, secureJsonData: { ...secrets, [key]: e.currentTarget.value } });
  const pick = (key: keyof AwsAuthJsonData) => (o: { value?: string }) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, [key]: o.value } });
  return (
    <div>
      <Field label="Authentication Provider" description="How Grafana gets AWS credentials for this data source.">
        <Select
          inputId="floor-provider"
          options={providerOptions}
          value={jsonData.authType}
          onChange={pick('authType')}
        />
      </Field>
      {jsonData.authType === 'credentials' && (
        <Field label="Credentials Profile Name" description="The [section] of ~/.aws/credentials to use.">
          <Input id="floor-profile" value={jsonData.profile ?? ''} placeholder="default" onChange={text('profile')} />
        </Field>
      )}
      {jsonData.authType === 'keys' && (
        <>
          <Field label="Access Key ID" description="Starts with AKIA or ASIA.">
            <SecretInput
              id="floor-access-key"
              isConfigured={false}
              value={secrets.accessKey ?? ''}
              onChange={secret('accessKey')}
              onReset={() => undefined}
            />
          </Field>
          <Field label="Secret Access Key" description="Shown only once, when the key is created.">
            <SecretInput
              id="floor-secret-key"
              isConfigured={false}
              value={secrets.secretKey ?? ''}
              onChange={secret('secretKey')}
              onReset={() => undefined}
            />
          </Field>
          <Checkbox label="These are temporary credentials" value={false} onChange={() => undefined} />
        </>
      )}
      <Field label="Assume Role ARN" description="Optional. The role Grafana assumes.">
        <Input id="floor-arn" value={jsonData.assumeRoleArn ?? ''} onChange={text('assumeRoleArn')} />
      </Field>
      <Field label="External ID" description="Only if the role's trust policy requires one.">
        <Input id="floor-external-id" value={jsonData.externalId ?? ''} onChange={text('externalId')} />
      </Field>
      <Field label="Endpoint" description="Optional. A custom service endpoint.">
        <Input id="floor-endpoint" value={jsonData.endpoint ?? ''} onChange={text('endpoint')} />
      </Field>
      <Field label="Default Region" description="Used when a query does not name a region.">
        <Select
          inputId="floor-region"
          options={regionOptions}
          value={jsonData.defaultRegion}
          allowCustomValue
          onChange={pick('defaultRegion')}
        />
      </Field>
    </div>
  );
}

export const subjects: Record<SubjectName, ComponentType<EditorProps>> = {
  ours: ConnectionConfig as ComponentType<EditorProps>,
  peer: PeerConnectionConfig as unknown as ComponentType<EditorProps>,
  floor: Floor,
};
