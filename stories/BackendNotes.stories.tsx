import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, REGION, choose, expectJsonData, latest, selectedIn } from './support/play';

const ROLE = 'arn:aws:iam::123456789012:role/grafana-reader';

/**
 * What grafana-aws-sdk does that reading its code did not settle, shown where it matters: each note
 * was checked by running the Go backend on what the editor writes (npm run test:backend).
 */
const meta = {
  title: 'ConnectionConfig/What the backend does',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1', assumeRoleArn: ROLE } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EndpointWithRole: Story = {
  name: 'A custom endpoint also receives sts:AssumeRole',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: /^Endpoint/ }),
      'https://monitoring.eu-west-1.amazonaws.com'
    );
    await expectJsonData(canvasElement, { endpoint: 'https://monitoring.eu-west-1.amazonaws.com' });
    await expect(await canvas.findByText(/Grafana also sends sts:AssumeRole to this endpoint/)).toBeVisible();
    const summary = canvas.getByRole('region', { name: 'What Grafana will do' });
    await expect(summary).toHaveTextContent(
      /sending sts:AssumeRole to https:\/\/monitoring\.eu-west-1\.amazonaws\.com/
    );
  },
};

export const FipsOutsideFipsRegions: Story = {
  name: 'FIPS endpoint in a region without FIPS endpoints',
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: /^Endpoint/ }),
      'https://monitoring-fips.us-east-1.amazonaws.com'
    );
    await expect(
      await canvas.findByText(/AWS offers FIPS endpoints only in US, Canadian and AWS GovCloud/)
    ).toBeVisible();
    await choose(userEvent, canvasElement, REGION, /\bus-east-1\b/);
    await expectJsonData(canvasElement, { defaultRegion: 'us-east-1' });
    await expect(canvas.queryByText(/AWS offers FIPS endpoints only/)).toBeNull();
  },
};

export const UnreadableValue: Story = {
  name: 'A saved value the backend cannot read',
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 7 } as never }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(await canvas.findByText(/Grafana cannot read the saved value of "defaultRegion"/)).toBeVisible();
    // Picking a region writes text where the number was: the data source loads again.
    await choose(userEvent, canvasElement, REGION, /\beu-west-1\b/);
    await expectJsonData(canvasElement, { defaultRegion: 'eu-west-1' });
    await expect(canvas.queryByText(/Grafana cannot read the saved value/)).toBeNull();
  },
};

export const KeysInAnotherSpelling: Story = {
  name: 'Settings saved under another spelling',
  args: { options: dataSource({ jsonData: { authtype: 'credentials', Profile: 'prod' } as never }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    // Go's JSON decoder matches keys whatever their case: these are the provider and the profile.
    await expect(selectedIn(canvasElement, PROVIDER)).toBe('Credentials file');
    const profile = canvas.getByRole('textbox', { name: /^Credentials Profile Name/ });
    await expect(profile).toHaveValue('prod');
    await userEvent.clear(profile);
    await userEvent.type(profile, 'reader');
    // One spelling is left, so no other can win in the backend.
    await expect(latest(canvasElement).jsonData).toMatchObject({ profile: 'reader' });
    await expect(latest(canvasElement).jsonData).not.toHaveProperty('Profile');
  },
};
