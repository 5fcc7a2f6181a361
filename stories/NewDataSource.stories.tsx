import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, expectOnlyOwnedKeysChanged, latest, optionsPanel, selectedIn, expectWrites } from './support/play';

/**
 * A data source that was just added: nothing saved yet. The section gives it the first provider
 * the server allows, in exactly one write, so that Save & test works without touching anything.
 */
const meta = {
  title: 'ConnectionConfig/New data source',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource() },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const GrafanaDefaults: Story = {
  name: "Grafana's defaults",
  play: async ({ canvasElement, step }) => {
    await step('one write, with the first allowed provider', async () => {
      await expectWrites(canvasElement, 1);
      await expect(latest(canvasElement).jsonData.authType).toBe('default');
      await expect(selectedIn(canvasElement, PROVIDER)).toBe('AWS SDK Default');
    });
    await step('the panel shows that write', async () => {
      const panel = optionsPanel(canvasElement);
      await expect(panel.getByText(/^1 write/)).toBeVisible();
      await expect(panel.getByRole('list', { name: 'Changed since load' })).toHaveTextContent(
        'jsonData.authType: unset → "default"'
      );
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const ServerListsCredentialsFirst: Story = {
  name: 'Server lists Credentials file first',
  args: { allowed_auth_providers: ['credentials', 'default'] },
  play: async ({ canvas, canvasElement }) => {
    await expectWrites(canvasElement, 1);
    await expect(latest(canvasElement).jsonData.authType).toBe('credentials');
    // The profile is optional: empty means the file's [default] section.
    const profile = canvas.getByRole('textbox', { name: /^Credentials Profile Name/ });
    await expect(profile).toHaveValue('');
    await expect(profile).toHaveAttribute('placeholder', 'default');
  },
};

export const SavedProviderIsKept: Story = {
  name: 'Saved data source: nothing written on load',
  args: {
    options: dataSource({ jsonData: { authType: 'keys' }, secureJsonFields: { accessKey: true, secretKey: true } }),
  },
  play: async ({ canvasElement }) => {
    await expect(selectedIn(canvasElement, PROVIDER)).toBe('Access & secret key');
    await expectWrites(canvasElement, 0);
    await expect(optionsPanel(canvasElement).getByText('Nothing.')).toBeVisible();
  },
};
