import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { awsAuthExtras } from '../src/extras';
import { loadAwsAuthTranslations } from '../src/locales/load';
import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';

/**
 * The editor in each of Grafana's languages, as `loadAwsAuthTranslations` loads them, with its
 * extras and with alerts showing: the server refuses the provider and assume role, and the values
 * are wrong. Every story checks that no key shows instead of a text, that the texts are the
 * language's own, and that long words (German) do not push the page wider than its frame. The
 * toolbar's **Language** switches any other story too.
 */
const meta = {
  title: 'ConnectionConfig/Languages',
  component: documented,
  render: (args) => <Host {...args} />,
  args: {
    allowed_auth_providers: ['default', 'credentials'],
    assume_role_enabled: false,
    per_datasource_http_proxy_enabled: true,
    extras: awsAuthExtras,
    showHttpProxySettings: true,
    options: dataSource({
      jsonData: {
        authType: 'keys',
        assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
        endpoint: 'http://sts.amazonaws.com',
        defaultRegion: 'eu',
      },
    }),
  },
  play: async ({ canvas, canvasElement, globals }) => {
    const own = await loadAwsAuthTranslations(String(globals.locale));
    await expect(canvas.getByRole('heading', { name: own['grafana-aws-auth.section.title'] })).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('grafana-aws-auth.');
    // The provider the server refuses: an alert with markup, in the language.
    await expect(canvasElement.textContent).not.toContain('Requests from this data source will fail');
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth);
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Czech: Story = { globals: { locale: 'cs-CZ' } };
export const German: Story = { globals: { locale: 'de-DE' } };
export const Spanish: Story = { globals: { locale: 'es-ES' } };
export const French: Story = { globals: { locale: 'fr-FR' } };
export const Hungarian: Story = { globals: { locale: 'hu-HU' } };
export const Indonesian: Story = { globals: { locale: 'id-ID' } };
export const Italian: Story = { globals: { locale: 'it-IT' } };
export const Japanese: Story = { globals: { locale: 'ja-JP' } };
export const Korean: Story = { globals: { locale: 'ko-KR' } };
export const Dutch: Story = { globals: { locale: 'nl-NL' } };
export const Polish: Story = { globals: { locale: 'pl-PL' } };
export const BrazilianPortuguese: Story = { name: 'Portuguese (Brazil)', globals: { locale: 'pt-BR' } };
export const Portuguese: Story = { name: 'Portuguese (Portugal)', globals: { locale: 'pt-PT' } };
export const Russian: Story = { globals: { locale: 'ru-RU' } };
export const Swedish: Story = { globals: { locale: 'sv-SE' } };
export const Turkish: Story = { globals: { locale: 'tr-TR' } };
export const ChineseSimplified: Story = { name: 'Chinese (Simplified)', globals: { locale: 'zh-Hans' } };
export const ChineseTraditional: Story = { name: 'Chinese (Traditional)', globals: { locale: 'zh-Hant' } };
