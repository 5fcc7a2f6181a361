import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import {
  REGION,
  choose,
  expectJsonData,
  expectOnlyOwnedKeysChanged,
  expectWrites,
  offered,
  selectedIn,
} from './support/play';

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

export const RegionInBothKeys: Story = {
  name: 'Region saved under two keys',
  args: {
    options: dataSource({ jsonData: { authType: 'default', region: 'eu-west-1', defaultRegion: 'us-east-1' } }),
  },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const select = canvas.getByRole('combobox', { name: REGION });
    const note = 'Grafana uses eu-west-1 from "region" and ignores "defaultRegion" (us-east-1).';
    await step('the region the backend uses is shown, with a note on the one it ignores', async () => {
      // Grafana reads `region` first; `defaultRegion` only when region is empty or "default".
      await expect(selectedIn(canvasElement, REGION)).toContain('eu-west-1');
      await expect(canvas.getByText(/Grafana uses eu-west-1 from "region" and ignores "defaultRegion"/)).toBeVisible();
      await expect(select).toHaveAccessibleDescription(expect.stringContaining(note));
      await expectWrites(canvasElement, 0);
    });
    await step('picking a region writes both keys, and the note goes away', async () => {
      await choose(userEvent, canvasElement, REGION, /\beu-central-1\b/);
      await expectJsonData(canvasElement, { region: 'eu-central-1', defaultRegion: 'eu-central-1' });
      await expectWrites(canvasElement, 1);
      await expect(canvas.queryByText(/ignores "defaultRegion"/)).not.toBeInTheDocument();
      await expect(selectedIn(canvasElement, REGION)).toContain('eu-central-1');
      await expectOnlyOwnedKeysChanged(canvasElement);
    });
  },
};

export const FipsEndpoint: Story = {
  name: 'FIPS endpoint',
  args: {
    options: dataSource({
      jsonData: {
        authType: 'default',
        defaultRegion: 'us-east-1',
        endpoint: 'https://monitoring-fips.us-east-1.amazonaws.com',
      },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    // The backend drops an endpoint containing "-fips." and turns on the AWS SDK's FIPS mode instead.
    const endpoint = canvas.getByRole('textbox', { name: /^Endpoint/ });
    await expect(endpoint).toHaveValue('https://monitoring-fips.us-east-1.amazonaws.com');
    await expect(canvas.getByText(/turns on the AWS SDK's FIPS mode instead/)).toBeVisible();
    await expect(endpoint).toHaveAccessibleDescription(expect.stringContaining('Grafana does not call this address.'));
    await expectWrites(canvasElement, 0);
  },
};

export const DefaultEndpoint: Story = {
  name: 'Endpoint set to "default"',
  args: {
    options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'us-east-1', endpoint: 'default' } }),
  },
  play: async ({ canvas, canvasElement }) => {
    // The backend reads the literal "default" as no endpoint at all.
    const endpoint = canvas.getByRole('textbox', { name: /^Endpoint/ });
    await expect(endpoint).toHaveValue('default');
    await expect(canvas.getByText(/"default" means no custom endpoint/)).toBeVisible();
    await expect(endpoint).toHaveAccessibleDescription(
      expect.stringContaining("Grafana calls AWS's standard endpoint for the service")
    );
    await expectWrites(canvasElement, 0);
  },
};
