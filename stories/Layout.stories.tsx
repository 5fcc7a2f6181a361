import { Field, Input } from '@grafana/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { expectWrites } from './support/play';

/** Props a plugin uses to fit the section into its own page. */
const meta = {
  title: 'ConnectionConfig/Layout',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  name: 'Standard',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Connection Details' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /^Endpoint/ })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /^Assume Role ARN/ })).toBeVisible();
  },
};

export const SkipHeader: Story = {
  name: 'skipHeader',
  args: { skipHeader: true },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('heading', { name: 'Connection Details' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('combobox', { name: /^Authentication Provider/ })).toBeVisible();
  },
};

export const SkipEndpoint: Story = {
  name: 'skipEndpoint',
  args: { skipEndpoint: true },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('textbox', { name: /^Endpoint/ })).not.toBeInTheDocument();
    await expect(canvas.getByRole('combobox', { name: /^Default Region/ })).toBeVisible();
  },
};

export const HideAssumeRoleArn: Story = {
  name: 'hideAssumeRoleArn',
  args: { hideAssumeRoleArn: true },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('textbox', { name: /^Assume Role ARN/ })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('textbox', { name: /^External ID/ })).not.toBeInTheDocument();
  },
};

export const HideAssumeRoleArnWithStoredRole: Story = {
  name: 'hideAssumeRoleArn, role still stored',
  args: {
    hideAssumeRoleArn: true,
    options: dataSource({ jsonData: { authType: 'default', assumeRoleArn: 'arn:aws:iam::123456789012:role/old' } }),
  },
  play: async ({ canvas, canvasElement }) => {
    // The stored role still applies, so the page says so instead of hiding it silently.
    const notice = canvas.getByRole('alert', { name: 'This data source assumes a role' });
    await expect(notice).toHaveTextContent('arn:aws:iam::123456789012:role/old');
    await expectWrites(canvasElement, 0);
  },
};

export const WithChildren: Story = {
  name: 'children (the plugin’s own fields)',
  argTypes: { children: { control: false } },
  render: (args) => (
    <Host {...args}>
      <Field label="Namespace" description="The plugin's own setting, rendered at the end of the section.">
        <Input id="plugin-namespace" placeholder="AWS/EC2" />
      </Field>
    </Host>
  ),
  play: async ({ canvas }) => {
    const namespace = canvas.getByRole('textbox', { name: /^Namespace/ });
    await expect(namespace).toBeVisible();
    // Inside the section, after the region.
    const region = canvas.getByRole('combobox', { name: /^Default Region/ });
    await expect(region.compareDocumentPosition(namespace) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};
