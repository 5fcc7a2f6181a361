import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';

import { Host, type HostArgs } from './support/Host';
import { dataSource } from './support/options';
import { REGION, choose, expectJsonData, expectOnlyOwnedKeysChanged, offered, selectedIn } from './support/play';

/**
 * The default region picker lists AWS's region names next to their codes, grouped by partition.
 * Typing searches names and codes alike; any other code can still be typed in.
 */
const meta = {
  title: 'ConnectionConfig/Regions',
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'default' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The names of the partition groups in the open region menu. */
function partitionHeadings(): string[] {
  return within(screen.getByRole('listbox'))
    .getAllByRole('group')
    .map((group) => document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
}

export const SearchByName: Story = {
  name: 'Search by name',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('combobox', { name: REGION }), 'ireland');
    const ireland = await screen.findByRole('option', { name: 'Europe (Ireland) eu-west-1' });
    // Only Ireland matches; the last entry offers the typed text as a code of its own.
    await expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Europe (Ireland) eu-west-1',
      'Use region "ireland"',
    ]);
    await userEvent.click(ireland);
    await expectJsonData(canvasElement, { defaultRegion: 'eu-west-1' });
    await expect(selectedIn(canvasElement, REGION)).toBe('Europe (Ireland) eu-west-1');
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const SearchByCode: Story = {
  name: 'Search by code',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('combobox', { name: REGION }), 'ap-southeast-7');
    await expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Asia Pacific (Thailand) ap-southeast-7',
    ]);
    await userEvent.keyboard('{Enter}');
    await expectJsonData(canvasElement, { defaultRegion: 'ap-southeast-7' });
  },
};

export const Partitions: Story = {
  name: 'Grouped by partition',
  play: async ({ canvasElement, userEvent }) => {
    await choose(userEvent, canvasElement, REGION, /^AWS GovCloud \(US-West\) us-gov-west-1$/);
    await expectJsonData(canvasElement, { defaultRegion: 'us-gov-west-1' });
    // Open again: the partitions are named groups, in AWS's order, each with its own regions.
    await userEvent.click(within(canvasElement).getByRole('combobox', { name: REGION }));
    await expect(partitionHeadings()).toEqual([
      'Commercial',
      'China',
      'AWS GovCloud (US)',
      'ISO',
      'European Sovereign Cloud',
    ]);
    const china = screen.getByRole('group', { name: 'China' });
    await expect(
      within(china)
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['China (Beijing) cn-north-1', 'China (Ningxia) cn-northwest-1']);
    await expect(screen.getByRole('group', { name: 'European Sovereign Cloud' })).toHaveTextContent('eusc-de-east-1');
    await userEvent.keyboard('{Escape}');
  },
};

export const SavedRegion: Story = {
  name: 'Saved region, shown by name',
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'ap-east-2' } }) },
  play: async ({ canvasElement }) => {
    await expect(selectedIn(canvasElement, REGION)).toBe('Asia Pacific (Taipei) ap-east-2');
  },
};

export const CodesOnly: Story = {
  name: 'Codes only (regionNames={})',
  args: { regionNames: {}, standardRegions: ['us-east-1', 'eu-west-1', 'cn-north-1'] },
  play: async ({ canvasElement, userEvent }) => {
    await expect(await offered(userEvent, canvasElement, REGION)).toEqual(['us-east-1', 'eu-west-1', 'cn-north-1']);
  },
};

/**
 * A plugin's own list (`standardRegions` or `loadRegions`) is shown in the plugin's order, flat,
 * and a value the plugin offers that is not an AWS region code (IoT SiteWise's `Edge`) is a plain
 * choice: no error, no name made up for it.
 */
export const PluginList: Story = {
  name: "A plugin's own list, in its order",
  // GovCloud in the middle: grouped by partition, it would move to the end.
  args: { standardRegions: ['Edge', 'us-gov-west-1', 'eu-central-1'] },
  play: async ({ canvasElement, userEvent }) => {
    await expect(await offered(userEvent, canvasElement, REGION)).toEqual([
      'Edge',
      'AWS GovCloud (US-West) us-gov-west-1',
      'Europe (Frankfurt) eu-central-1',
    ]);
    await choose(userEvent, canvasElement, REGION, /^Edge$/);
    await expectJsonData(canvasElement, { defaultRegion: 'Edge' });
    await expect(within(canvasElement).getByRole('combobox', { name: REGION })).toHaveAttribute(
      'aria-invalid',
      'false'
    );
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};
