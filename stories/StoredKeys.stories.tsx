import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, choose, expectNotShown, expectOnlyOwnedKeysChanged, latest, expectWrites } from './support/play';

/**
 * After Save, Grafana encrypts the keys and never sends them back: the page only learns that they
 * exist (`secureJsonFields`). Replacing one takes a Reset.
 */
const meta = {
  title: 'ConnectionConfig/Stored keys',
  component: documented,
  render: (args) => <Host {...args} />,
  args: {
    options: dataSource({
      jsonData: { authType: 'keys', defaultRegion: 'us-east-1' },
      secureJsonFields: { accessKey: true, secretKey: true },
    }),
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Configured: Story = {
  name: 'Both keys stored',
  play: async ({ canvas, canvasElement }) => {
    for (const label of [/^Access Key ID/, /^Secret Access Key/]) {
      const input = canvas.getByLabelText(label);
      // As @grafana/aws-sdk shows a stored key: empty, disabled, "Configured" as its placeholder.
      await expect(input).toBeDisabled();
      await expect(input).toHaveValue('');
      await expect(input).toHaveAttribute('placeholder', 'Configured');
    }
    await expect(canvas.getAllByRole('button', { name: 'Reset' })).toHaveLength(2);
    await expectWrites(canvasElement, 0);
  },
};

export const ReplaceTheSecretKey: Story = {
  name: 'Replace the secret key',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const newSecret = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';
    await step('Reset the secret key: the stored one will be replaced on save', async () => {
      const [, resetSecret] = canvas.getAllByRole('button', { name: 'Reset' });
      await userEvent.click(resetSecret!);
      await expect(latest(canvasElement).secureJsonFields).toMatchObject({ accessKey: true, secretKey: false });
      await expect(latest(canvasElement).secureJsonData).toEqual({ secretKey: '' });
    });
    await step('type the new one', async () => {
      const input = canvas.getByLabelText(/^Secret Access Key/);
      await expect(input).toBeEnabled();
      await userEvent.type(input, newSecret);
      await expect(latest(canvasElement).secureJsonData).toEqual({ secretKey: newSecret });
      await expectNotShown(newSecret);
    });
    await step('the access key stays stored, untouched', async () => {
      await expect(canvas.getByLabelText(/^Access Key ID/)).toHaveAttribute('placeholder', 'Configured');
      await expect(latest(canvasElement).secureJsonData).not.toHaveProperty('accessKey');
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const TypedKeysStayInTheBrowser: Story = {
  name: 'Typed keys are not sent with another provider',
  args: { options: dataSource({ jsonData: { authType: 'keys' } }) },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('type a key, then switch to AWS SDK Default', async () => {
      await userEvent.type(canvas.getByLabelText(/^Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
      await choose(userEvent, canvasElement, PROVIDER, /^AWS SDK Default/);
      await expect(latest(canvasElement).jsonData.authType).toBe('default');
      await expect(latest(canvasElement).secureJsonData ?? {}).not.toHaveProperty('accessKey');
    });
    await step('switch back: the typed key is still there', async () => {
      await choose(userEvent, canvasElement, PROVIDER, /^Access & secret key/);
      await expect(canvas.getByLabelText(/^Access Key ID/)).toHaveValue('AKIAIOSFODNN7EXAMPLE');
      await expect(latest(canvasElement).secureJsonData).toMatchObject({ accessKey: 'AKIAIOSFODNN7EXAMPLE' });
    });
  },
};
