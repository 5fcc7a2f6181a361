import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, spyOn, userEvent as defaultUser, within } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, REGION, expectWrites, selectedIn } from './support/play';

const ROLE = 'arn:aws:iam::123456789012:role/reader';
const STACK = '123456';
const GAR = 'grafana_assume_role';
const NOTE = /This data source is provisioned/;

/** Disabled Selects let no pointer through; the play functions still try, as a person would. */
const persistentUser = () => defaultUser.setup({ pointerEventsCheck: 0 });

/** Clicks, types, pastes and presses keys on every control of the editor. */
async function tryEverything(canvasElement: HTMLElement) {
  const user = persistentUser();
  const editor = within(canvasElement).getByTestId('connection-config');
  for (const el of editor.querySelectorAll<HTMLElement>('input, button')) {
    // Disclosures and the copy button write nothing; they stay usable and are checked on their own.
    if (el.hasAttribute('aria-expanded') || el.getAttribute('aria-label')?.startsWith('Copy')) {
      continue;
    }
    await user.click(el);
    await user.keyboard('x{ArrowDown}{Enter} ');
    await user.paste('AKIAIOSFODNN7EXAMPLE');
  }
  await expect(screen.queryAllByRole('option')).toHaveLength(0);
}

/**
 * A data source added by a provisioning file (`readOnly: true`). Grafana will not save it from its
 * page, so every control is disabled and one note says where it is changed. Values stay readable:
 * text fields are read-only, so they can still be selected and copied.
 */
const meta = {
  title: 'ConnectionConfig/Provisioned',
  component: documented,
  render: (args) => <Host {...args} />,
  args: {
    options: dataSource({
      readOnly: true,
      jsonData: {
        authType: 'keys',
        assumeRoleArn: ROLE,
        externalId: 'reader-ext-id',
        endpoint: 'https://vpce-0a1b2c3d4e5f-monitoring.us-east-1.vpce.amazonaws.com',
        defaultRegion: 'eu-west-1',
        proxyType: 'url',
        proxyUrl: 'http://proxy.example.com:3128',
        proxyUsername: 'grafana',
      },
      secureJsonFields: { accessKey: true, secretKey: true, proxyPassword: true },
    }),
    showHttpProxySettings: true,
    per_datasource_http_proxy_enabled: true,
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReadOnly: Story = {
  name: 'Provisioned (read-only)',
  play: async ({ canvas, canvasElement, step }) => {
    await step('one note says the data source is provisioned and changed in its file', async () => {
      await expect(canvas.getAllByText(NOTE)).toHaveLength(1);
      await expect(canvas.getByText(/changed there, not on this page/)).toBeVisible();
    });
    await step('every control is disabled; text stays readable in read-only fields', async () => {
      for (const name of [PROVIDER, REGION, /^Proxy Type/]) {
        await expect(canvas.getByRole('combobox', { name })).toBeDisabled();
      }
      await expect(selectedIn(canvasElement, PROVIDER)).toContain('Access & secret key');
      await expect(selectedIn(canvasElement, REGION)).toContain('eu-west-1');
      for (const name of [/^Assume Role ARN/, /^External ID/, /^Endpoint/, /^Proxy URL/, /^Proxy Username/]) {
        await expect(canvas.getByRole('textbox', { name })).toHaveAttribute('readonly');
      }
      await expect(canvas.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveValue(ROLE);
      const resets = canvas.getAllByRole('button', { name: 'Reset' });
      await expect(resets).toHaveLength(3);
      for (const reset of resets) {
        await expect(reset).toBeDisabled();
      }
      await expect(canvas.getByRole('checkbox', { name: /These are temporary credentials/ })).toBeDisabled();
      await expect(canvas.getByLabelText(/Import keys from a file/)).toBeDisabled();
    });
    await step('typing, pasting, picking, resetting and toggling write nothing', async () => {
      await tryEverything(canvasElement);
      await expectWrites(canvasElement, 0);
      await expect(canvas.getByRole('textbox', { name: /^Endpoint/ })).toHaveValue(
        'https://vpce-0a1b2c3d4e5f-monitoring.us-east-1.vpce.amazonaws.com'
      );
    });
  },
};

export const ReadOnlyGrafanaAssumeRole: Story = {
  name: 'Provisioned Grafana Assume Role: the external ID still copies',
  args: {
    options: dataSource({
      readOnly: true,
      jsonData: {
        authType: GAR,
        assumeRoleArn: ROLE,
        defaultRegion: 'us-east-1',
        usePerDatasourceExternalId: true,
        grafanaExternalId: `${STACK}-P1234ABCD`,
      },
    }),
    externalId: STACK,
    allowed_auth_providers: [GAR, 'keys', 'default'],
    awsDatasourcesTempCredentials: true,
    awsAssumeRolePerDatasourceExternalId: true,
  },
  play: async ({ canvas, canvasElement, step }) => {
    await step('the note, a read-only role ARN and a disabled switch', async () => {
      await expect(canvas.getByText(NOTE)).toBeVisible();
      await expect(canvas.getByRole('combobox', { name: PROVIDER })).toBeDisabled();
      await expect(canvas.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveAttribute('readonly');
      await expect(canvas.getByRole('switch', { name: 'Per Data Source External ID' })).toBeDisabled();
    });
    await step('the external ID can still be copied, for the role trust policy', async () => {
      // user-event's setup puts its own clipboard on navigator the first time it runs on a page, so
      // the spy goes on after it: spied first, it watched a clipboard nothing called any more when
      // this story opened on a fresh page (a direct link), and only passed after another story.
      const user = persistentUser();
      const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
      try {
        const copy = canvas.getByRole('button', { name: /Copy the external ID/ });
        await expect(copy).toBeEnabled();
        await user.click(copy);
        await expect(writeText).toHaveBeenCalledWith(`${STACK}-P1234ABCD`);
      } finally {
        writeText.mockRestore();
      }
    });
    await step('nothing is written, whatever is tried', async () => {
      await tryEverything(canvasElement);
      await expectWrites(canvasElement, 0);
    });
  },
};
