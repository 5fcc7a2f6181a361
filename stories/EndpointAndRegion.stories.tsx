import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { REGION, choose, expectJsonData, expectOnlyOwnedKeysChanged, offered, selectedIn } from './support/play';

const VPC_ENDPOINT = 'https://vpce-0a1b2c3d4e5f-monitoring.us-east-1.vpce.amazonaws.com';

/** A custom service endpoint (such as a VPC endpoint) and the default region. */
const meta = {
  title: 'ConnectionConfig/Endpoint and region',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'us-east-1' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomEndpoint: Story = {
  name: 'Custom endpoint',
  args: { defaultEndpoint: 'https://monitoring.{region}.amazonaws.com' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const endpoint = canvas.getByRole('textbox', { name: /^Endpoint/ });
    // The plugin's own placeholder tells people what the default is.
    await expect(endpoint).toHaveAttribute('placeholder', 'https://monitoring.{region}.amazonaws.com');
    await userEvent.type(endpoint, VPC_ENDPOINT);
    await expectJsonData(canvasElement, { endpoint: VPC_ENDPOINT });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const SavedCustomRegion: Story = {
  name: 'Saved region not in the list',
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'xx-future-1' } }) },
  play: async ({ canvasElement }) => {
    await expect(selectedIn(canvasElement, REGION)).toBe('xx-future-1');
  },
};

export const TypeACustomRegion: Story = {
  name: 'Type a custom region',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('combobox', { name: REGION }), 'xx-test-9');
    await userEvent.click(await screen.findByRole('option', { name: 'Use region "xx-test-9"' }));
    await expectJsonData(canvasElement, { defaultRegion: 'xx-test-9' });
    await expect(selectedIn(canvasElement, REGION)).toBe('xx-test-9');
  },
};

export const RegionsFromThePlugin: Story = {
  name: 'Regions loaded by the plugin',
  args: { loadRegions: () => Promise.resolve(['eu-central-1', 'eu-west-1', 'us-east-1']) },
  argTypes: { loadRegions: { control: false } },
  play: async ({ canvasElement, userEvent }) => {
    // Only the plugin's list is offered (each option may also carry the region's name).
    const labels = await offered(userEvent, canvasElement, REGION);
    await expect(labels.map((label) => label.split(' ').pop())).toEqual(['eu-central-1', 'eu-west-1', 'us-east-1']);
    await choose(userEvent, canvasElement, REGION, /\beu-west-1\b/);
    await expectJsonData(canvasElement, { defaultRegion: 'eu-west-1' });
  },
};
