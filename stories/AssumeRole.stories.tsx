import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { expectJsonData, expectOnlyOwnedKeysChanged, latest, expectWrites } from './support/play';

const ROLE = 'arn:aws:iam::123456789012:role/grafana-reader';

/** Assume Role ARN and External ID, and what `assume_role_enabled` in grafana.ini does to them. */
const meta = {
  title: 'ConnectionConfig/Assume role',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'default' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Enabled: Story = {
  name: 'Assume a role with an external ID',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: /^Assume Role ARN/ }), ROLE);
    await userEvent.type(canvas.getByRole('textbox', { name: /^External ID/ }), 'grafana-prod-7');
    await expectJsonData(canvasElement, { assumeRoleArn: ROLE, externalId: 'grafana-prod-7' });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const DisabledByServer: Story = {
  name: 'Disabled by the server, no stored role',
  args: { assume_role_enabled: false },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.queryByRole('textbox', { name: /^Assume Role ARN/ })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('textbox', { name: /^External ID/ })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('alert', { name: /Assume role is disabled/ })).not.toBeInTheDocument();
    await expectWrites(canvasElement, 0);
  },
};

export const DisabledWithStoredRole: Story = {
  name: 'Disabled by the server, role still stored',
  args: {
    assume_role_enabled: false,
    options: dataSource({ jsonData: { authType: 'default', assumeRoleArn: ROLE, externalId: 'grafana-prod-7' } }),
  },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('explains why requests fail and which setting to change', async () => {
      const notice = canvas.getByRole('alert', { name: 'Assume role is disabled on this Grafana server' });
      await expect(notice).toHaveTextContent(ROLE);
      await expect(notice).toHaveTextContent('assume_role_enabled = true');
      await expectWrites(canvasElement, 0);
    });
    await step('clearing removes the role and external ID', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /Clear the stored role/ }));
      await expect(latest(canvasElement).jsonData).not.toHaveProperty('assumeRoleArn');
      await expect(latest(canvasElement).jsonData).not.toHaveProperty('externalId');
      await expect(canvas.queryByRole('alert', { name: /Assume role is disabled/ })).not.toBeInTheDocument();
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};
