import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import {
  PROVIDER,
  REGION,
  chooseByKeyboard,
  expectJsonData,
  expectNotShown,
  expectOnlyOwnedKeysChanged,
  latest,
  selectedIn,
  tabTo,
} from './support/play';

/**
 * One story per provider. Each play function sets the provider up from a new data source using
 * the keyboard alone (Tab, typing, Enter), then checks what would be saved.
 */
const meta = {
  title: 'ConnectionConfig/Providers',
  component: documented,
  tags: ['autodocs'],
  render: (args) => <Host {...args} />,
  args: { options: dataSource() },
  parameters: {
    docs: {
      description: {
        component:
          "The AWS authentication section of a data source's configuration page. The panel beside each story shows the `options` Grafana would save; the **Server (grafana.ini)** controls show what each `[aws]` setting does.",
      },
    },
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AwsSdkDefault: Story = {
  name: 'AWS SDK Default',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('a new data source starts with the first allowed provider', async () => {
      await expectJsonData(canvasElement, { authType: 'default' });
      await expect(selectedIn(canvasElement, PROVIDER)).toBe('AWS SDK Default');
    });
    await step('keyboard: pick a default region', async () => {
      await tabTo(userEvent, canvas.getByRole('combobox', { name: REGION }));
      await chooseByKeyboard(userEvent, 'eu-west-1', /\beu-west-1\b/);
      await expectJsonData(canvasElement, { authType: 'default', defaultRegion: 'eu-west-1' });
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const AccessAndSecretKey: Story = {
  name: 'Access & secret key',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const accessKey = 'AKIAIOSFODNN7EXAMPLE';
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await step('keyboard: choose the provider', async () => {
      await tabTo(userEvent, canvas.getByRole('combobox', { name: PROVIDER }));
      await chooseByKeyboard(userEvent, 'Access', /^Access & secret key/);
      await expectJsonData(canvasElement, { authType: 'keys' });
    });
    await step('keyboard: type both keys', async () => {
      await tabTo(userEvent, canvas.getByLabelText(/^Access Key ID/));
      await userEvent.keyboard(accessKey);
      await tabTo(userEvent, canvas.getByLabelText(/^Secret Access Key/));
      await userEvent.keyboard(secretKey);
    });
    await step('the keys are written as secrets, never shown', async () => {
      await expect(latest(canvasElement).secureJsonData).toMatchObject({ accessKey, secretKey });
      await expect(latest(canvasElement).jsonData).not.toHaveProperty('accessKey');
      await expectNotShown(secretKey);
      await expectNotShown(accessKey);
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const CredentialsFile: Story = {
  name: 'Credentials file',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('keyboard: choose the provider', async () => {
      await tabTo(userEvent, canvas.getByRole('combobox', { name: PROVIDER }));
      await chooseByKeyboard(userEvent, 'Credentials', /^Credentials file/);
    });
    await step('keyboard: name the profile', async () => {
      await tabTo(userEvent, canvas.getByRole('textbox', { name: /^Credentials Profile Name/ }));
      await userEvent.keyboard('production');
      await expectJsonData(canvasElement, { authType: 'credentials', profile: 'production' });
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const WorkspaceIamRole: Story = {
  name: 'Workspace IAM Role',
  args: { allowed_auth_providers: ['ec2_iam_role', 'default', 'keys', 'credentials'] },
  parameters: {
    docs: {
      description: { story: 'Amazon Managed Grafana allows `ec2_iam_role`; open source Grafana does not by default.' },
    },
  },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('the server lists it first, so a new data source starts with it', async () => {
      await expectJsonData(canvasElement, { authType: 'ec2_iam_role' });
    });
    await step('keyboard: assume a role with it', async () => {
      await tabTo(userEvent, canvas.getByRole('textbox', { name: /^Assume Role ARN/ }));
      await userEvent.keyboard('arn:aws:iam::123456789012:role/grafana');
      await expectJsonData(canvasElement, {
        authType: 'ec2_iam_role',
        assumeRoleArn: 'arn:aws:iam::123456789012:role/grafana',
      });
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const GrafanaAssumeRole: Story = {
  name: 'Grafana Assume Role',
  args: {
    allowed_auth_providers: ['default', 'keys', 'credentials', 'grafana_assume_role'],
    awsDatasourcesTempCredentials: true,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Needs the `awsDatasourcesTempCredentials` feature toggle and a data source type whose backend supports temporary credentials (CloudWatch here). Where it is offered, a new data source starts with it.',
      },
    },
  },
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    await step('offered, and chosen for a new data source', async () => {
      await expectJsonData(canvasElement, { authType: 'grafana_assume_role' });
      await expect(selectedIn(canvasElement, PROVIDER)).toBe('Grafana Assume Role');
    });
    await step('keyboard: name the role Grafana assumes', async () => {
      await tabTo(userEvent, canvas.getByRole('textbox', { name: /^Assume Role ARN/ }));
      await userEvent.keyboard('arn:aws:iam::123456789012:role/grafana-cloud');
      await expectJsonData(canvasElement, { assumeRoleArn: 'arn:aws:iam::123456789012:role/grafana-cloud' });
    });
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};
