import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, expectOnlyOwnedKeysChanged, latest, selectedIn, expectWrites } from './support/play';

/**
 * Values older Grafana versions saved. They are shown as the backend reads them and are never
 * rewritten just by opening the page.
 */
const meta = {
  title: 'ConnectionConfig/Legacy values',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource() },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Arn: Story = {
  name: 'authType "arn"',
  args: { options: dataSource({ jsonData: { authType: 'arn' } }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(selectedIn(canvasElement, PROVIDER)).toBe('AWS SDK Default');
    await expect(canvas.getByText(/Saved with the older name/)).toHaveTextContent('arn');
    await expectWrites(canvasElement, 0);
  },
};

export const SharedCredsWithProfileInDatabase: Story = {
  name: 'authType "sharedCreds", profile in "database"',
  args: { options: dataSource({ database: 'legacy-profile', jsonData: { authType: 'sharedCreds' as never } }) },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const profile = canvas.getByRole('textbox', { name: /^Credentials Profile Name/ });
    await step('shown as Credentials file, with the profile the backend falls back to', async () => {
      await expect(selectedIn(canvasElement, PROVIDER)).toBe('Credentials file');
      await expect(profile).toHaveValue('legacy-profile');
      // The field's description is the input's accessible description; its name is the label alone.
      await expect(profile).toHaveAccessibleDescription(/older "database" setting/);
      await expectWrites(canvasElement, 0);
    });
    await step('typing over it saves a real profile and leaves "database" alone', async () => {
      // Emptying the field would show the fallback again (the backend reads it), so type over it.
      await userEvent.tripleClick(profile);
      await userEvent.keyboard('reporting');
      await expect(latest(canvasElement).jsonData.profile).toBe('reporting');
      await expect(latest(canvasElement).database).toBe('legacy-profile');
      await expect(latest(canvasElement).jsonData.authType).toBe('sharedCreds');
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const AssumeRoleArnInOtherCase: Story = {
  name: 'Role ARN saved as "assumeRoleARN"',
  args: {
    options: dataSource({
      jsonData: { authType: 'default', assumeRoleARN: 'arn:aws:iam::123456789012:role/old' } as never,
    }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const arn = canvas.getByRole('textbox', { name: /^Assume Role ARN/ });
    await expect(arn).toHaveValue('arn:aws:iam::123456789012:role/old');
    await userEvent.clear(arn);
    await userEvent.type(arn, 'arn:aws:iam::123456789012:role/new');
    // One spelling remains, so the backend cannot read the old role.
    await expect(latest(canvasElement).jsonData).toMatchObject({ assumeRoleArn: 'arn:aws:iam::123456789012:role/new' });
    await expect(latest(canvasElement).jsonData).not.toHaveProperty('assumeRoleARN');
  },
};
