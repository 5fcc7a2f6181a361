import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect } from 'storybook/test';

import { SIGV4ConnectionConfig } from '../src/components/SIGV4ConnectionConfig';
import type { AwsAuthDataSourceSettings } from '../src/model/types';
import { dataSource } from './support/options';
import { PROVIDER, REGION, choose, expectNotShown, latest } from './support/play';
import { recorderIn, useRecordedOptions } from './support/recorder';
import type { ServerArgs } from './support/server';
import { StoryFrame } from './support/StoryFrame';

type SigV4Args = Partial<ServerArgs> & { options: AwsAuthDataSourceSettings };

/** A Prometheus data source with SigV4 on, and its own secrets (basic auth, TLS) next to SigV4's. */
function prometheus(jsonData: Record<string, unknown> = {}, secureJsonFields: Record<string, boolean> = {}) {
  const base = dataSource({ type: 'prometheus', typeName: 'Prometheus', name: 'Amazon Managed Prometheus' });
  return {
    ...base,
    basicAuth: true,
    basicAuthUser: 'admin',
    jsonData: { httpMethod: 'POST', sigV4Auth: true, tlsAuth: true, ...jsonData },
    secureJsonFields: { basicAuthPassword: true, tlsClientKey: true, ...secureJsonFields },
  } as AwsAuthDataSourceSettings;
}

/** Grafana's page around the SigV4 section of an HTTP data source, with the options panel. */
function SigV4Host({ options: saved }: SigV4Args) {
  const { options, onOptionsChange, recorder, hostRef } = useRecordedOptions(saved);
  return (
    <StoryFrame saved={saved} options={options} writes={recorder.writes.length} hostRef={hostRef}>
      <SIGV4ConnectionConfig options={options} onOptionsChange={onOptionsChange} />
    </StoryFrame>
  );
}

/** Every change the SigV4 section made is to a `sigV4*` key: the host's secrets and settings survive. */
async function expectOnlySigV4KeysChanged(canvasElement: HTMLElement) {
  const foreign = recorderIn(canvasElement)
    .changes()
    .filter((c) => !/^(jsonData|secureJsonData|secureJsonFields)\.sigV4/.test(c.path));
  await expect(foreign).toEqual([]);
}

/**
 * `SIGV4ConnectionConfig`: the same editor for SigV4 request signing in HTTP data sources
 * (Prometheus, Elasticsearch), writing the `sigV4*` keys and nothing else.
 */
const meta = {
  title: 'ConnectionConfig/SigV4',
  // Documented here (props table); each story renders it through SigV4Host, which owns `options`.
  component: SIGV4ConnectionConfig as unknown as ComponentType<SigV4Args>,
  render: (args) => <SigV4Host {...args} />,
  args: { options: prometheus({ sigV4AuthType: 'default' }) },
} satisfies Meta<SigV4Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AccessKeys: Story = {
  name: 'Access & secret key, host secrets kept',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await step('choose keys and type them', async () => {
      await choose(userEvent, canvasElement, PROVIDER, /^Access & secret key/);
      await userEvent.type(canvas.getByLabelText(/^Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
      await userEvent.type(canvas.getByLabelText(/^Secret Access Key/), secret);
    });
    await step('written under sigV4 names; the basic auth password and TLS key stay stored', async () => {
      const saved = latest(canvasElement);
      await expect(saved.jsonData).toMatchObject({ sigV4AuthType: 'keys', sigV4Auth: true, httpMethod: 'POST' });
      await expect(saved.secureJsonData).toEqual({ sigV4AccessKey: 'AKIAIOSFODNN7EXAMPLE', sigV4SecretKey: secret });
      await expect(saved.secureJsonFields).toEqual({ basicAuthPassword: true, tlsClientKey: true });
      await expectNotShown(secret);
    });
    await expectOnlySigV4KeysChanged(canvasElement);
  },
};

export const CredentialsProfileAndRole: Story = {
  name: 'Saved profile, then a role and region',
  args: { options: prometheus({ sigV4AuthType: 'credentials', sigV4Profile: 'signing' }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveValue('signing');
    await expect(canvas.queryByRole('textbox', { name: /^Endpoint/ })).not.toBeInTheDocument();
    await userEvent.type(
      canvas.getByRole('textbox', { name: /^Assume Role ARN/ }),
      'arn:aws:iam::123456789012:role/amp'
    );
    await choose(userEvent, canvasElement, REGION, /\bus-east-2\b/);
    await expect(latest(canvasElement).jsonData).toMatchObject({
      sigV4AssumeRoleArn: 'arn:aws:iam::123456789012:role/amp',
      sigV4Region: 'us-east-2',
    });
    await expectOnlySigV4KeysChanged(canvasElement);
  },
};
