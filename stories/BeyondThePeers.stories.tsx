import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { expectNotShown, expectOnlyOwnedKeysChanged, expectWrites, latest } from './support/play';

/**
 * What no other AWS editor does: temporary credentials with their session token, key import from
 * the AWS console's file, and a plain-language summary of what Grafana will do.
 */
const meta = {
  title: 'ConnectionConfig/Beyond the peers',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource({ jsonData: { authType: 'keys', defaultRegion: 'eu-west-1' } }) },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const TEMPORARY_ID = 'ASIAIOSFODNN7EXAMPLE';
const TOKEN = 'FwoGZXIvYXdzEJr//////////wEaDExampleSessionToken';
const ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export const TemporaryCredentials: Story = {
  name: 'Temporary credentials',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('an ASIA key brings up the Session Token, with a note that it expires', async () => {
      await expect(canvas.queryByLabelText(/^Session Token/)).not.toBeInTheDocument();
      await userEvent.type(canvas.getByLabelText(/^Access Key ID/), TEMPORARY_ID);
      await expect(canvas.getByLabelText(/^Session Token/)).toHaveAttribute('type', 'password');
      await expect(canvas.getByText(/temporary: they need a session token/)).toBeVisible();
    });
    await step('the token is written to secureJsonData only, and never shown', async () => {
      await userEvent.type(canvas.getByLabelText(/^Session Token/), TOKEN);
      await expect(latest(canvasElement).secureJsonData).toEqual({ accessKey: TEMPORARY_ID, sessionToken: TOKEN });
      await expectNotShown(TOKEN);
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const ImportKeyFile: Story = {
  name: 'Import keys from the AWS console file',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('a malformed file is refused with a reason, and nothing is written', async () => {
      const bad = new File(['name,password\nme,hunter2'], 'notes.csv', { type: 'text/csv' });
      await userEvent.upload(canvas.getByLabelText(/Import keys from a file/), bad);
      await expect(await canvas.findByText(/The keys were not imported/)).toBeVisible();
      await expectWrites(canvasElement, 0);
    });
    await step('the console file fills both keys in one write', async () => {
      const file = new File([`Access key ID,Secret access key\r\n${ID},${SECRET}\r\n`], 'grafana_accessKeys.csv', {
        type: 'text/csv',
      });
      await userEvent.upload(canvas.getByLabelText(/Import keys from a file/), file);
      await waitFor(() => expect(latest(canvasElement).secureJsonData).toEqual({ accessKey: ID, secretKey: SECRET }));
      await expectWrites(canvasElement, 1);
      await expect(canvas.getByRole('status')).toHaveTextContent(/Both keys were filled in/);
      await expectNotShown(SECRET);
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const WhatGrafanaWillDo: Story = {
  name: 'What Grafana will do',
  args: { options: dataSource({ jsonData: { authType: 'credentials', defaultRegion: 'eu-west-1' } }) },
  play: async ({ canvas, userEvent, step }) => {
    const summary = canvas.getByRole('region', { name: 'What Grafana will do' });
    await step('the summary follows the form as it is filled in', async () => {
      // No profile yet: the AWS SDK chooses, environment keys first (checked against grafana-aws-sdk).
      await expect(summary).toHaveTextContent(/default profile: keys in the server's environment/);
      await userEvent.type(canvas.getByRole('textbox', { name: /^Credentials Profile Name/ }), 'prod');
      await userEvent.type(
        canvas.getByRole('textbox', { name: /^Assume Role ARN/ }),
        'arn:aws:iam::123456789012:role/r'
      );
      await expect(summary).toHaveTextContent(
        /reads profile prod .* With them, it assumes role arn:aws:iam::123456789012:role\/r\. Queries that name no region run in eu-west-1\./
      );
    });
    await step("with the practical hint from Grafana's docs", async () => {
      await expect(summary).toHaveTextContent(/\/usr\/share\/grafana/);
    });
  },
};
