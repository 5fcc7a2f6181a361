import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs } from './support/Host';
import { dataSource } from './support/options';
import {
  choose,
  expectJsonData,
  expectNotShown,
  expectOnlyOwnedKeysChanged,
  expectWrites,
  latest,
  selectedIn,
} from './support/play';

const PROXY_TYPE = /^Proxy Type$/;

/**
 * The data source's own HTTP proxy to AWS. Shown when the plugin passes `showHttpProxySettings`
 * and grafana.ini sets `per_datasource_http_proxy_enabled` (the backend ignores it otherwise).
 */
const meta = {
  title: 'ConnectionConfig/HTTP proxy',
  render: (args) => <Host {...args} />,
  args: {
    options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }),
    showHttpProxySettings: true,
    per_datasource_http_proxy_enabled: true,
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Environment: Story = {
  name: 'Environment (default)',
  play: async ({ canvas, canvasElement }) => {
    await expect(selectedIn(canvasElement, PROXY_TYPE)).toBe('Environment (default)');
    await expect(canvas.getByText('HTTP_PROXY')).toBeVisible();
    await expect(canvas.getByText('HTTPS_PROXY')).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: /^Proxy URL/ })).not.toBeInTheDocument();
    await expectWrites(canvasElement, 0);
  },
};

export const ProxyUrl: Story = {
  name: 'URL with user name and password',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const password = 'pr0xy-Pa55';
    await step('choose URL and fill in the proxy', async () => {
      await choose(userEvent, canvasElement, PROXY_TYPE, /^URL/);
      await userEvent.type(canvas.getByRole('textbox', { name: /^Proxy URL/ }), 'https://proxy.internal:3128');
      await userEvent.type(canvas.getByRole('textbox', { name: /^Proxy Username/ }), 'grafana');
      await userEvent.type(canvas.getByLabelText(/^Proxy Password/), password);
    });
    await step('URL and user name in jsonData, the password only as a secret, never shown', async () => {
      await expectJsonData(canvasElement, {
        proxyType: 'url',
        proxyUrl: 'https://proxy.internal:3128',
        proxyUsername: 'grafana',
      });
      await expect(latest(canvasElement).secureJsonData).toEqual({ proxyPassword: password });
      await expect(canvas.getByLabelText(/^Proxy Password/)).toHaveAttribute('type', 'password');
      await expectNotShown(password);
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const CredentialsInUrl: Story = {
  name: 'Credentials in the URL are flagged',
  args: { options: dataSource({ jsonData: { authType: 'default', proxyType: 'url' } }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: /^Proxy URL/ }), 'http://me:hunter2@proxy.internal:3128');
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Remove the user name and password from the proxy URL');
    await expect(alert).toHaveTextContent('RFC 3986');
    await expect(alert).not.toHaveTextContent('hunter2');
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const NoProxy: Story = {
  name: 'None',
  play: async ({ canvasElement, userEvent }) => {
    await choose(userEvent, canvasElement, PROXY_TYPE, /^None/);
    await expectJsonData(canvasElement, { proxyType: 'none' });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const HiddenWithoutServerSetting: Story = {
  name: 'Hidden when the server does not allow it',
  args: { per_datasource_http_proxy_enabled: false },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('combobox', { name: PROXY_TYPE })).not.toBeInTheDocument();
    await expect(canvas.getByRole('combobox', { name: /^Authentication Provider/ })).toBeVisible();
  },
};
