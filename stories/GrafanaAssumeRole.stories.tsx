import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';

import { awsAuthExtras } from '../src/extras';
import { Host, type HostArgs } from './support/Host';
import { dataSource } from './support/options';
import {
  PROVIDER,
  choose,
  expectJsonData,
  expectOnlyOwnedKeysChanged,
  expectWrites,
  latest,
  offered,
} from './support/play';

const ROLE = 'arn:aws:iam::123456789012:role/grafana-cloud';
const STACK = '123456';
const GAR = 'grafana_assume_role';

/** A plugin that loads the stack's external ID from its backend: it arrives after the first render. */
function LateExternalId(args: HostArgs) {
  const [externalId, setExternalId] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setExternalId(STACK), 400);
    return () => clearTimeout(timer);
  }, []);
  return <Host {...args} externalId={externalId} />;
}

/**
 * Grafana Cloud's Grafana Assume Role: Grafana's AWS account assumes a role in yours. Offered when
 * the server allows it, the `awsDatasourcesTempCredentials` toggle is on and the data source type
 * supports temporary credentials; then it is a new data source's default.
 */
const meta = {
  title: 'ConnectionConfig/Grafana Assume Role',
  render: (args) => <Host {...args} />,
  args: {
    options: dataSource(),
    externalId: STACK,
    allowed_auth_providers: [GAR, 'keys', 'default'],
    awsDatasourcesTempCredentials: true,
    awsAssumeRolePerDatasourceExternalId: true,
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const externalIdBox = (canvas: { getByRole: (role: string, o: object) => HTMLElement }) =>
  canvas.getByRole('textbox', { name: /^External ID/ });

export const NewDataSource: Story = {
  name: 'New data source: its own external ID',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('Grafana Assume Role is chosen, with an external ID for this data source, in one write', async () => {
      await expectWrites(canvasElement, 1);
      await expect(latest(canvasElement).jsonData).toMatchObject({
        authType: GAR,
        usePerDatasourceExternalId: true,
        grafanaExternalId: `${STACK}-P1234ABCD`,
      });
      await expect(externalIdBox(canvas)).toHaveValue(`${STACK}-P1234ABCD`);
      await expect(canvas.getByRole('switch', { name: 'Per Data Source External ID' })).toBeChecked();
      await expect(canvas.getByRole('button', { name: /Copy the external ID/ })).toBeEnabled();
    });
    await step('no endpoint field; a link to the documentation', async () => {
      await expect(canvas.queryByRole('textbox', { name: /^Endpoint/ })).not.toBeInTheDocument();
      await expect(canvas.getByRole('link', { name: 'Grafana Assume Role' })).toBeVisible();
    });
    await step('the steps to create the role open on demand', async () => {
      await expect(canvas.queryByText('008923505280')).not.toBeInTheDocument();
      await userEvent.click(canvas.getByRole('button', { name: /How to create an IAM role for Grafana to assume/ }));
      const steps = canvas.getAllByRole('listitem');
      await expect(steps[0]).toHaveTextContent('Another AWS account');
      await expect(steps[1]).toHaveTextContent('008923505280');
      await expect(steps[1]).toHaveTextContent('Require external ID');
      await expect(steps[2]).toHaveTextContent(`${STACK}-P1234ABCD`);
    });
    await step('name the role', async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: /^Assume Role ARN/ }), ROLE);
      await expectJsonData(canvasElement, { assumeRoleArn: ROLE });
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const LoadingStackId: Story = {
  name: 'Stack ID still loading',
  render: (args) => <LateExternalId {...args} />,
  args: { externalId: undefined },
  play: async ({ canvas, canvasElement, step }) => {
    await step('shows that the ID is unavailable, and cannot copy it', async () => {
      // The new data source's first write (the provider) lands just after the story starts.
      await waitFor(async () => {
        await expect(externalIdBox(canvas)).toHaveValue('Save the data source to generate an external ID');
        await expect(canvas.getByRole('button', { name: /Copy the external ID/ })).toBeDisabled();
      });
    });
    await step('when the stack ID arrives, the data source gets its ID', async () => {
      await waitFor(() => expect(externalIdBox(canvas)).toHaveValue(`${STACK}-P1234ABCD`));
      await expectJsonData(canvasElement, { grafanaExternalId: `${STACK}-P1234ABCD` });
      await expectWrites(canvasElement, 2);
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const LegacyStackId: Story = {
  name: 'Saved with the stack ID: switching warns about the trust policy',
  args: { options: dataSource({ jsonData: { authType: GAR, assumeRoleArn: ROLE } }) },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const toggle = () => canvas.getByRole('switch', { name: 'Per Data Source External ID' });
    await step('stays on the stack ID until the user switches', async () => {
      await expectWrites(canvasElement, 0);
      await expect(toggle()).not.toBeChecked();
      await expect(externalIdBox(canvas)).toHaveValue(STACK);
    });
    await step('switching on gives the data source its ID and warns', async () => {
      await userEvent.click(toggle());
      await expectJsonData(canvasElement, {
        usePerDatasourceExternalId: true,
        grafanaExternalId: `${STACK}-P1234ABCD`,
      });
      await expect(canvas.getByText('The external ID changes when you save')).toBeVisible();
    });
    await step('switching back keeps the ID dormant and clears the warning', async () => {
      await userEvent.click(toggle());
      await expectJsonData(canvasElement, {
        usePerDatasourceExternalId: false,
        grafanaExternalId: `${STACK}-P1234ABCD`,
      });
      await expect(externalIdBox(canvas)).toHaveValue(STACK);
      await expect(canvas.queryByText('The external ID changes when you save')).not.toBeInTheDocument();
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const WithoutPerDatasourceToggle: Story = {
  name: 'Without the per-data-source toggle: the stack ID',
  args: { awsAssumeRolePerDatasourceExternalId: false },
  play: async ({ canvas, canvasElement }) => {
    await expectWrites(canvasElement, 1);
    await expect(latest(canvasElement).jsonData).toEqual({ customMetricsNamespaces: 'MyApp', authType: GAR });
    await expect(canvas.queryByRole('switch')).not.toBeInTheDocument();
    await expect(externalIdBox(canvas)).toHaveValue(STACK);
  },
};

export const NotOffered: Story = {
  name: 'Not offered without the feature toggle',
  args: { awsDatasourcesTempCredentials: false },
  play: async ({ canvasElement }) => {
    await expectJsonData(canvasElement, { authType: 'keys' });
  },
};

/**
 * The admin lists Grafana Assume Role, but the toggle that makes it work is off: the note names the
 * toggle rather than `allowed_auth_providers`, and the saved settings stay as they are.
 */
export const SavedWithToggleOff: Story = {
  name: 'Saved, but the feature toggle is off',
  args: {
    options: dataSource({ jsonData: { authType: GAR, assumeRoleArn: ROLE, defaultRegion: 'eu-west-1' } }),
    awsDatasourcesTempCredentials: false,
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const note = canvas.getByRole('alert', { name: 'Grafana Assume Role cannot work for this data source' });
    await expect(note).toHaveTextContent(/awsDatasourcesTempCredentials feature toggle is off/);
    await expect(canvas.queryByText(/is not allowed on this Grafana server/)).not.toBeInTheDocument();
    await expectWrites(canvasElement, 0);
    await choose(userEvent, canvasElement, PROVIDER, /Access & secret key/);
    await expectJsonData(canvasElement, { authType: 'keys' });
    await expect(canvas.queryByRole('alert', { name: /cannot work/ })).not.toBeInTheDocument();
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

/** Saved on a data source type whose backend cannot use Grafana Assume Role's temporary credentials. */
export const SavedOnUnsupportedType: Story = {
  name: 'Saved, on a data source type that cannot use it',
  args: {
    options: dataSource({
      type: 'my-company-datasource',
      jsonData: { authType: GAR, assumeRoleArn: ROLE, defaultRegion: 'eu-west-1' },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    const note = canvas.getByRole('alert', { name: 'Grafana Assume Role cannot work for this data source' });
    await expect(note).toHaveTextContent(/This type of data source cannot use the temporary credentials/);
    await expect(canvas.queryByText(/feature toggle/)).not.toBeInTheDocument();
    await expect(canvas.queryByText(/is not allowed on this Grafana server/)).not.toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveValue(ROLE);
    await expectWrites(canvasElement, 0);
  },
};

/**
 * A plugin that uses `LeanConnectionConfig` without the Grafana Assume Role extra (for the fewest
 * bytes). A data source saved with it is kept as it is and nothing is rewritten.
 */
export const WithoutTheExtra: Story = {
  name: 'Saved, in a plugin using LeanConnectionConfig without the extra',
  args: {
    options: dataSource({ jsonData: { authType: GAR, assumeRoleArn: ROLE, defaultRegion: 'eu-west-1' } }),
    lean: true,
    extras: { validate: awsAuthExtras.validate, regionNames: awsAuthExtras.regionNames },
  },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('the saved provider is shown and explained, and nothing is written', async () => {
      await expect(canvas.getByText('This page cannot edit Grafana Assume Role')).toBeVisible();
      await expect(canvas.queryByRole('textbox', { name: /^Assume Role ARN/ })).not.toBeInTheDocument();
      await expectWrites(canvasElement, 0);
    });
    await step('choosing another provider is the way out', async () => {
      await expect(await offered(userEvent, canvasElement, PROVIDER)).toEqual([
        'Access & secret key',
        'AWS SDK Default',
      ]);
      await choose(userEvent, canvasElement, PROVIDER, /AWS SDK Default/);
      await expectJsonData(canvasElement, { authType: 'default' });
      await expect(canvas.queryByText('This page cannot edit Grafana Assume Role')).not.toBeInTheDocument();
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};
