import { DataSourceTestFailed, EventBusSrv } from '@grafana/data';
import { type BackendSrv, getAppEvents, getBackendSrv, setAppEvents, setBackendSrv } from '@grafana/runtime';
import { Button } from '@grafana/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';

import { ConnectionDiagnosis } from '../src/components/ConnectionDiagnosis';
import { ProvisioningSnippet } from '../src/components/ProvisioningSnippet';
import { readSettings } from '../src/model/settings';
import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, REGION, expectNotShown, expectWrites } from './support/play';

type DiagnosisArgs = HostArgs & {
  /** What the fake Grafana server answers to the data source's health check. */
  health: string;
};

/**
 * Grafana's page around the editor, faked: an app event bus, a backend that answers the health
 * check with `health`, and a "Save & test" button that announces the failure as Grafana does.
 */
function FakeGrafana({ health, children }: { health: string; children: ReactNode }) {
  const [bus] = useState(() => {
    const created = new EventBusSrv();
    const previous = { bus: getAppEvents(), srv: getBackendSrv() };
    setAppEvents(created);
    const get = async () => {
      // Grafana's request rejects an unhealthy result (HTTP 400) with the result as `data`.
      throw { status: 400, data: { status: 'ERROR', message: health } };
    };
    setBackendSrv({ get } as unknown as BackendSrv);
    return Object.assign(created, { previous });
  });
  useEffect(
    () => () => {
      setAppEvents(bus.previous.bus);
      setBackendSrv(bus.previous.srv);
    },
    [bus]
  );
  return (
    <div>
      {children}
      <Button onClick={() => bus.publish(new DataSourceTestFailed())}>Save &amp; test</Button>
    </div>
  );
}

/**
 * `ConnectionDiagnosis` (in `awsAuthExtras`): after Grafana announces that "Save & test" failed,
 * **Explain this error** reads the health check again, says what most likely went wrong and what
 * to change, and moves focus to that setting. Here a fake Grafana answers with a real message.
 */
const meta = {
  title: 'ConnectionConfig/Diagnosis and provisioning',
  component: documented as unknown as ComponentType<DiagnosisArgs>,
  render: ({ health, ...args }) => (
    <FakeGrafana health={health}>
      <Host {...args} />
    </FakeGrafana>
  ),
  args: { health: '', options: dataSource({ uid: 'cloudwatch-prod', jsonData: { authType: 'keys' } }) },
} satisfies Meta<DiagnosisArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

async function explain(canvasElement: HTMLElement, user: { click: (el: Element) => Promise<void> }) {
  const canvas = within(canvasElement);
  await user.click(canvas.getByRole('button', { name: 'Save & test' }));
  await user.click(await canvas.findByRole('button', { name: /Explain this error/ }));
  return within(await canvas.findByRole('region', { name: 'Why the test failed' }));
}

export const ExternalIdMismatch: Story = {
  name: 'Assume role refused, external ID set',
  args: {
    options: dataSource({
      uid: 'cloudwatch-prod',
      jsonData: {
        authType: 'keys',
        assumeRoleArn: 'arn:aws:iam::222222222222:role/grafana-reader',
        externalId: 'grafana-ext-1',
        defaultRegion: 'eu-west-1',
      },
      secureJsonFields: { accessKey: true, secretKey: true },
    }),
    health:
      'CloudWatch metrics query failed: operation error CloudWatch: ListMetrics, get identity: get credentials: failed to refresh cached credentials, operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: a4bf15ce-6fb9-4045-bc51-1820354fba00, api error AccessDenied: User: arn:aws:iam::111111111111:user/grafana is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/grafana-reader',
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const result = await explain(canvasElement, userEvent);
    await expect(result.getByText(/does not match the one in the role's trust policy/)).toBeVisible();
    await expect(result.getByRole('link', { name: /Grafana documentation/ })).toHaveAttribute(
      'href',
      expect.stringContaining('#external-id')
    );
    await waitFor(() => expect(canvas.getByRole('textbox', { name: /^External ID/ })).toHaveFocus());
    await expectWrites(canvasElement, 0);
  },
};

export const ProviderNotAllowed: Story = {
  name: 'Provider not allowed by the server',
  args: { health: 'trying to use non-allowed auth method keys' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const result = await explain(canvasElement, userEvent);
    await expect(result.getByText(/does not allow the authentication provider "keys"/)).toBeVisible();
    await expect(result.getByText(/allowed_auth_providers/)).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('combobox', { name: PROVIDER })).toHaveFocus());
  },
};

export const OptInRegion: Story = {
  name: 'Opt-in region not enabled',
  args: {
    options: dataSource({
      uid: 'cloudwatch-prod',
      jsonData: { authType: 'keys', defaultRegion: 'me-south-1' },
      secureJsonFields: { accessKey: true, secretKey: true },
    }),
    health:
      'Failed to call cloudwatch:ListMetrics, InvalidClientTokenId: The security token included in the request is invalid\n\tstatus code: 403, request id: e40e1a01-d32f-4a82-b56f-48930b2abe93',
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const result = await explain(canvasElement, userEvent);
    await expect(result.getByText(/me-south-1 is a region AWS accounts must opt in to/)).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('combobox', { name: REGION })).toHaveFocus());
  },
};

export const NoCredentials: Story = {
  name: 'No credentials on the server',
  args: {
    options: dataSource({ uid: 'cloudwatch-prod', jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }),
    health:
      'CloudWatch metrics query failed: operation error CloudWatch: ListMetrics, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, exceeded maximum number of attempts, 3, request send failed, Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/": dial tcp 169.254.169.254:80: connect: host is down',
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const result = await explain(canvasElement, userEvent);
    await expect(result.getByText(/default chain found no credentials/)).toBeVisible();
    await expect(result.getByText(/user 472/)).toBeVisible();
    // The raw message stays visible under the explanation.
    await expect(result.getByLabelText('Message from the test')).toHaveTextContent('no EC2 IMDS role found');
    await waitFor(() => expect(canvas.getByRole('combobox', { name: PROVIDER })).toHaveFocus());
  },
};

export const Unrecognised: Story = {
  name: 'A message it does not recognise',
  args: { health: 'Metric request error' },
  play: async ({ canvasElement, userEvent }) => {
    const result = await explain(canvasElement, userEvent);
    await expect(result.getByText(/offers no guess/)).toBeVisible();
    await expect(result.queryByRole('link')).not.toBeInTheDocument();
  },
};

/** A plugin that already has the failure message passes it as `message`: no events, no request. */
export const MessageFromPlugin: Story = {
  name: 'Message passed by the plugin',
  render: () => {
    const options = dataSource({ jsonData: { authType: 'keys' } });
    return (
      <ConnectionDiagnosis
        view={readSettings(options)}
        message="SignatureDoesNotMatch: Signature expired: 20191029T154623Z is now earlier than 20191029T163344Z (20191029T164844Z - 15 min.)"
      />
    );
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Explain this error/ }));
    await expect(await canvas.findByText(/clock is off/)).toBeVisible();
  },
};

/** `ProvisioningSnippet` (in `awsAuthExtras`): the page as code, secrets as variable names only. */
export const Provisioning: Story = {
  name: 'Provisioning file and Terraform',
  render: () => {
    const options = dataSource({
      name: 'CloudWatch: "prod"',
      uid: 'cloudwatch-prod',
      jsonData: { authType: 'keys', defaultRegion: 'eu-west-1', assumeRoleArn: 'arn:aws:iam::123456789012:role/r' },
      secureJsonFields: { accessKey: true },
      secureJsonData: { secretKey: 'typed-secret-never-shown' },
    });
    return <ProvisioningSnippet options={options} />;
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Provision this data source as code/ }));
    const yaml = canvas.getByLabelText('Grafana provisioning file (YAML)', { selector: 'pre' });
    await expect(yaml).toHaveTextContent('apiVersion: 1');
    await expect(yaml).toHaveTextContent('secretKey: "$AWS_SECRET_ACCESS_KEY"');
    const terraform = canvas.getByLabelText('Terraform (grafana_data_source)', { selector: 'pre' });
    await expect(terraform).toHaveTextContent('json_data_encoded = jsonencode({');
    await expect(terraform).toHaveTextContent('"accessKey" = var.aws_access_key_id');
    await expect(canvas.getByRole('button', { name: /Copy YAML/ })).toBeVisible();
    await expectNotShown('typed-secret-never-shown');
  },
};
