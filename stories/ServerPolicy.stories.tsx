import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, expectJsonData, expectWrites, offered, selectedIn } from './support/play';

/**
 * What `allowed_auth_providers` in grafana.ini's `[aws]` section does to the page. Change the
 * **Server (grafana.ini)** controls to try other lists.
 */
const meta = {
  title: 'ConnectionConfig/Server policy',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'keys' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SomeProviders: Story = {
  name: 'Server allows only some providers',
  args: { allowed_auth_providers: ['keys', 'credentials'] },
  play: async ({ canvasElement, userEvent }) => {
    await expect(await offered(userEvent, canvasElement, PROVIDER)).toEqual([
      'Access & secret key',
      'Credentials file',
    ]);
    await expectWrites(canvasElement, 0);
  },
};

export const NoneAllowed: Story = {
  name: 'Server allows none',
  parameters: {
    docs: {
      description: {
        story:
          'Here grafana.ini lists only `grafana_assume_role`, which needs a feature toggle that is off, so nothing is left to offer.',
      },
    },
  },
  args: { allowed_auth_providers: ['grafana_assume_role'], options: dataSource() },
  play: async ({ canvas, canvasElement }) => {
    const alert = canvas.getByRole('alert', { name: 'No authentication provider is allowed on this Grafana server' });
    await expect(alert).toHaveTextContent('allowed_auth_providers');
    await expect(canvas.queryByRole('combobox', { name: PROVIDER })).not.toBeInTheDocument();
    // Nothing to choose from, so nothing is written.
    await expectWrites(canvasElement, 0);
  },
};

export const SavedProviderNoLongerAllowed: Story = {
  name: 'Saved provider no longer allowed',
  args: {
    allowed_auth_providers: ['default', 'keys'],
    options: dataSource({ jsonData: { authType: 'credentials', profile: 'prod' } }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(selectedIn(canvasElement, PROVIDER)).toBe('Credentials file');
    await expect(
      canvas.getByRole('alert', { name: 'Credentials file is not allowed on this Grafana server' })
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveValue('prod');
    // Never rewritten behind the user's back.
    await expectWrites(canvasElement, 0);
  },
};

export const PluginNarrowsTheList: Story = {
  name: 'Plugin passes allowedAuthProviders',
  parameters: {
    docs: {
      description: {
        story: 'The `allowedAuthProviders` prop wins over the server, for services that support fewer providers.',
      },
    },
  },
  args: { allowedAuthProviders: ['default', 'credentials'], options: dataSource() },
  play: async ({ canvasElement, userEvent }) => {
    await expect(await offered(userEvent, canvasElement, PROVIDER)).toEqual(['AWS SDK Default', 'Credentials file']);
    await expectJsonData(canvasElement, { authType: 'default' });
  },
};
