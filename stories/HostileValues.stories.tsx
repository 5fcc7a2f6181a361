import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import type { AwsAuthDataSourceSettings } from '../src/model/types';
import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { PROVIDER, expectOnlyOwnedKeysChanged, latest, selectedIn, expectWrites } from './support/play';

/**
 * Saved settings are whatever JSON reached the database: written by older versions, other tools,
 * the HTTP API, or someone with bad intentions. The page must show them as text, keep working, and
 * never let them reach code.
 */
const meta = {
  title: 'ConnectionConfig/Hostile saved values',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource() },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const MARKUP = '<img src=x onerror="window.__hostileRan=true"><script>window.__hostileRan=true</script>';

declare global {
  interface Window {
    __hostileRan?: boolean;
  }
}

export const MarkupInText: Story = {
  name: 'Markup and script in saved text',
  args: {
    options: dataSource({
      database: MARKUP,
      jsonData: { authType: 'credentials', profile: MARKUP, endpoint: 'javascript:alert(1)', defaultRegion: MARKUP },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveValue(MARKUP);
    await expect(canvas.getByRole('textbox', { name: /^Endpoint/ })).toHaveValue('javascript:alert(1)');
    // Shown as text; no element was made from it and nothing ran.
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(window.__hostileRan).toBeUndefined();
    await expectWrites(canvasElement, 0);
  },
};

export const WrongTypes: Story = {
  name: 'Wrong types everywhere',
  args: {
    options: dataSource({
      jsonData: { authType: 42, profile: { nested: true }, defaultRegion: ['us-east-1'], assumeRoleArn: null } as never,
      secureJsonFields: { accessKey: 'yes' } as never,
    }),
  },
  play: async ({ canvasElement }) => {
    // A provider that names nothing is a new data source: it gets the first allowed one.
    await expectWrites(canvasElement, 1);
    await expect(latest(canvasElement).jsonData.authType).toBe('default');
    await expect(selectedIn(canvasElement, PROVIDER)).toBe('AWS SDK Default');
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const NoJsonDataAtAll: Story = {
  name: 'jsonData and secureJsonFields missing',
  args: {
    options: { ...dataSource(), jsonData: null, secureJsonFields: undefined } as unknown as AwsAuthDataSourceSettings,
  },
  play: async ({ canvasElement }) => {
    await expectWrites(canvasElement, 1);
    await expect(latest(canvasElement).jsonData).toEqual({ authType: 'default' });
  },
};

export const PrototypeKeys: Story = {
  name: '__proto__ and constructor keys',
  args: {
    options: dataSource({
      jsonData: JSON.parse(
        '{"authType":"default","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'
      ),
    }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: /^External ID/ }), 'abc');
    const jsonData = latest(canvasElement).jsonData as Record<string, unknown>;
    await expect(jsonData.externalId).toBe('abc');
    // The odd keys are kept as plain data, and no object anywhere gained a property.
    await expect(Object.hasOwn(jsonData, '__proto__')).toBe(true);
    await expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectOnlyOwnedKeysChanged(canvasElement);
  },
};

export const Oversized: Story = {
  name: 'Oversized values',
  args: {
    options: dataSource({
      jsonData: {
        authType: 'default',
        assumeRoleArn: `arn:aws:iam::123456789012:role/${'a'.repeat(4000)}`,
        externalId: 'x'.repeat(2000),
      },
    }),
  },
  play: async ({ canvas }) => {
    const arn = canvas.getByRole('textbox', { name: /^Assume Role ARN/ });
    await expect((arn as HTMLInputElement).value).toHaveLength(4000 + 'arn:aws:iam::123456789012:role/'.length);
    // The field keeps the section's width (at most 600px) instead of stretching the page.
    await expect(arn.getBoundingClientRect().width).toBeLessThanOrEqual(600);
  },
};
