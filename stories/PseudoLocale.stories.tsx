import { t } from '@grafana/i18n';
import i18n from 'i18next';
import Pseudo from 'i18next-pseudo';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';

/**
 * The editor under a pseudo-locale: every string that goes through translation comes out with
 * accented letters in [brackets]. Anything left in plain English would be a hard-coded string.
 * Values (ARNs, regions, placeholders showing an AWS format) stay as they are.
 */
const meta = {
  title: 'ConnectionConfig/Pseudo-locale',
  component: documented,
  render: (args) => <Host {...args} />,
  loaders: [
    async () => {
      // @grafana/i18n sets up its (shared) i18next instance on first use.
      t('grafana-aws-auth.section.title', 'Connection Details');
      i18n.use(new Pseudo({ languageToPseudo: 'pseudo', enabled: true, wrapped: true }));
      i18n.options.postProcess = ['pseudo'];
      await i18n.changeLanguage('pseudo');
      return {};
    },
  ],
  beforeEach: () => async () => {
    // Other stories must see English again.
    i18n.options.postProcess = [];
    await i18n.changeLanguage('en-US');
  },
  args: {
    options: dataSource({
      jsonData: { authType: 'credentials', profile: 'prod', assumeRoleArn: 'not-an-arn', defaultRegion: 'eu-west-1' },
    }),
  },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Pseudo_: Story = {
  name: 'Every string translated',
  play: async ({ canvas }) => {
    const [provider] = canvas.getAllByRole('combobox', { name: /^\[/ });
    await expect(provider).toBeInTheDocument();
    await expect(canvas.queryByText(/Authentication Provider/)).not.toBeInTheDocument();
    await expect(canvas.queryByText(/Credentials Profile Name/)).not.toBeInTheDocument();
    // Validation messages and the summary are translated too.
    await expect(canvas.queryByText(/Enter the role's full ARN/)).not.toBeInTheDocument();
    await expect(canvas.queryByText(/What Grafana will do/)).not.toBeInTheDocument();
  },
};
