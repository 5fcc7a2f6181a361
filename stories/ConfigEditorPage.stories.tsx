import { css } from '@emotion/css';
import {
  type DataSourcePluginOptionsEditorProps,
  type GrafanaTheme2,
  onUpdateDatasourceJsonDataOption,
} from '@grafana/data';
import { ConfigSection } from '@grafana/plugin-ui';
import { Alert, Button, Divider, Field, InlineField, InlineSwitch, Input, Stack, useStyles2 } from '@grafana/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect } from 'storybook/test';

import { ConnectionConfig } from '../src/components/ConnectionConfig';
import type { AwsAuthDataSourceSettings, AwsAuthJsonData, AwsAuthSecureJsonData } from '../src/model/types';
import { dataSource } from './support/options';
import { PROVIDER, choose, expectNotShown, latest } from './support/play';
import { useRecordedOptions } from './support/recorder';
import { StoryFrame } from './support/StoryFrame';

interface CloudWatchJsonData extends AwsAuthJsonData {
  customMetricsNamespaces?: string;
}
type Props = DataSourcePluginOptionsEditorProps<CloudWatchJsonData, AwsAuthSecureJsonData>;

/** A plugin's ConfigEditor, written the way plugins write it: the AWS section, then its own settings. */
function CloudWatchConfigEditor(props: Props) {
  return (
    <>
      <ConnectionConfig {...props} />
      <Divider />
      <ConfigSection title="CloudWatch Metrics">
        <Field label="Namespaces of Custom Metrics" description="Comma-separated; the plugin's own setting.">
          <Input
            id="cloudwatch-namespaces"
            value={props.options.jsonData.customMetricsNamespaces ?? ''}
            onChange={onUpdateDatasourceJsonDataOption(props, 'customMetricsNamespaces')}
          />
        </Field>
      </ConfigSection>
    </>
  );
}

/** What Grafana does on Save: encrypts the typed secrets, answers with flags, bumps the version. */
function stored(options: AwsAuthDataSourceSettings): AwsAuthDataSourceSettings {
  const flags = { ...options.secureJsonFields };
  for (const [key, value] of Object.entries(options.secureJsonData ?? {})) {
    flags[key] = typeof value === 'string' && value !== '';
  }
  return { ...options, secureJsonData: {}, secureJsonFields: flags, version: (options.version ?? 0) + 1 };
}

/** Grafana's data source settings page, reduced to what surrounds a plugin's ConfigEditor. */
function DataSourcePage({ options: saved }: { options: AwsAuthDataSourceSettings }) {
  const styles = useStyles2(getStyles);
  const { options, onOptionsChange, recorder, hostRef } = useRecordedOptions(saved);
  const [savedOnce, setSavedOnce] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  // As in Grafana, the result of Save & test is where the person's attention goes next.
  useEffect(() => {
    if (savedOnce) {
      result.current?.focus();
    }
  }, [savedOnce]);
  return (
    <StoryFrame saved={saved} options={options} writes={recorder.writes.length} hostRef={hostRef}>
      <form
        aria-label="Data source settings"
        onSubmit={(e) => {
          e.preventDefault();
          onOptionsChange(stored(options));
          setSavedOnce(true);
        }}
      >
        <div className={styles.nameRow}>
          <InlineField label="Name" labelWidth={14} grow tooltip="The name used in panels and queries.">
            <Input
              id="datasource-name"
              value={options.name}
              onChange={(e) => onOptionsChange({ ...options, name: e.currentTarget.value })}
            />
          </InlineField>
          <InlineField label="Default" labelWidth={8}>
            <InlineSwitch
              id="datasource-default"
              value={options.isDefault}
              onChange={(e) => onOptionsChange({ ...options, isDefault: e.currentTarget.checked })}
            />
          </InlineField>
        </div>
        <CloudWatchConfigEditor
          options={options as Props['options']}
          onOptionsChange={(next) => onOptionsChange(next as AwsAuthDataSourceSettings)}
        />
        {savedOnce && (
          <Alert ref={result} tabIndex={-1} severity="success" title="Settings saved">
            Grafana would now test the connection. This page has no Grafana server behind it, so the test is skipped.
          </Alert>
        )}
        <Stack gap={2}>
          <Button type="button" variant="destructive" fill="outline">
            Delete
          </Button>
          <Button type="submit">Save &amp; test</Button>
        </Stack>
      </form>
    </StoryFrame>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  nameRow: css({ display: 'flex', gap: theme.spacing(2), marginBottom: theme.spacing(4) }),
});

/**
 * The section as a plugin embeds it: Grafana's Name field above, the plugin's own settings below,
 * and Save & test at the bottom. Saving shows what happens to secrets afterwards.
 */
const meta = {
  title: 'ConnectionConfig/In a ConfigEditor page',
  render: (args) => <DataSourcePage key={JSON.stringify(args.options)} {...args} />,
  args: { options: dataSource({ name: 'CloudWatch', jsonData: { authType: 'default', defaultRegion: 'us-east-1' } }) },
} satisfies Meta<typeof DataSourcePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SetUpAndSave: Story = {
  name: 'Set up and save',
  play: async ({ canvas, canvasElement, userEvent, step }) => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await step('name the data source', async () => {
      await userEvent.tripleClick(canvas.getByRole('textbox', { name: 'Name' }));
      await userEvent.keyboard('CloudWatch (production)');
    });
    await step('choose Access & secret key and type the keys', async () => {
      await choose(userEvent, canvasElement, PROVIDER, /^Access & secret key/);
      await userEvent.type(canvas.getByLabelText(/^Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
      await userEvent.type(canvas.getByLabelText(/^Secret Access Key/), secret);
    });
    await step("the plugin's own field still works beside it", async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: /^Namespaces of Custom Metrics/ }), ',Billing');
    });
    await step('Save & test: the keys are now stored, and only flags come back', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save & test' }));
      await expect(canvas.getByRole('status', { name: 'Settings saved' })).toBeVisible();
      await expect(canvas.getByLabelText(/^Access Key ID/)).toHaveAttribute('placeholder', 'Configured');
      await expect(canvas.getByLabelText(/^Secret Access Key/)).toHaveAttribute('placeholder', 'Configured');
      const after = latest(canvasElement);
      await expect(after).toMatchObject({
        name: 'CloudWatch (production)',
        version: 4,
        jsonData: { authType: 'keys', defaultRegion: 'us-east-1', customMetricsNamespaces: 'MyApp,Billing' },
        secureJsonData: {},
        secureJsonFields: { accessKey: true, secretKey: true },
      });
      await expectNotShown(secret);
    });
  },
};
