import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field, Input, RadioButtonGroup, Stack } from '@grafana/ui';
import { useState } from 'react';
import { expect } from 'storybook/test';

import { useAwsAuthSettings } from '../src/components/useAwsAuthSettings';
import type { AwsAuthDataSourceSettings } from '../src/model/types';
import { validateAwsAuth } from '../src/model/validate';
import { dataSource } from './support/options';

/**
 * A compact layout a plugin might want instead of `ConnectionConfig`, built on the headless API:
 * `useAwsAuthSettings` gives what the server allows, the saved settings as the backend reads them,
 * and the one write path; `validateAwsAuth` gives the same checks.
 */
function CompactAwsAuth({
  options,
  onOptionsChange,
}: {
  options: AwsAuthDataSourceSettings;
  onOptionsChange: (o: AwsAuthDataSourceSettings) => void;
}) {
  const { view, policy, edit } = useAwsAuthSettings({ options, onOptionsChange });
  const problems = validateAwsAuth({ profile: view.profile, assumeRoleArn: view.assumeRoleArn });
  const problem = (setting: string) => problems.find((p) => p.setting === setting)?.message;
  return (
    <Stack direction="column" gap={2}>
      <Field label="Provider">
        <RadioButtonGroup
          options={policy.providers.map((p) => ({ value: p.value, label: p.label, description: p.description }))}
          value={view.authType}
          onChange={(value) => edit({ type: 'provider', value })}
        />
      </Field>
      {view.authType === 'credentials' && (
        <Field label="Profile" invalid={Boolean(problem('profile'))} error={problem('profile')}>
          <Input
            value={view.profile}
            onChange={(e) => edit({ type: 'text', setting: 'profile', value: e.currentTarget.value })}
          />
        </Field>
      )}
      <Field label="Role" invalid={Boolean(problem('assumeRoleArn'))} error={problem('assumeRoleArn')}>
        <Input
          value={view.assumeRoleArn}
          onChange={(e) => edit({ type: 'text', setting: 'assumeRoleArn', value: e.currentTarget.value })}
        />
      </Field>
    </Stack>
  );
}

function Page({ saved }: { saved: AwsAuthDataSourceSettings }) {
  const [options, setOptions] = useState(saved);
  return (
    <Stack direction="row" gap={4} alignItems="flex-start">
      <CompactAwsAuth options={options} onOptionsChange={setOptions} />
      <pre aria-label="Saved jsonData">{JSON.stringify(options.jsonData, null, 2)}</pre>
    </Stack>
  );
}

const meta = {
  title: 'Headless API/Custom layout',
  component: Page,
  args: { saved: dataSource({ jsonData: { authType: 'default', logsTimeout: '30m' } as never }) },
} satisfies Meta<typeof Page>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CompactLayout: Story = {
  name: 'A compact layout on useAwsAuthSettings',
  play: async ({ canvas, userEvent, step }) => {
    const saved = () => JSON.parse(canvas.getByLabelText('Saved jsonData').textContent ?? '{}');
    await step('picking a provider writes it, keeping the plugin’s own settings', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Credentials file' }));
      await expect(saved()).toMatchObject({ authType: 'credentials', logsTimeout: '30m' });
    });
    await step('the same checks explain a mistake', async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Profile' }), 'profile prod');
      await expect(canvas.getByText(/Leave out "profile "/)).toBeVisible();
      await expect(saved().profile).toBe('profile prod');
    });
  },
};
