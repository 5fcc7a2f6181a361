import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ProvisioningSnippet } from '../../src/components/ProvisioningSnippet';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

describe('provisioning this data source as code', () => {
  it('shows the YAML and Terraform behind a disclosure, with copy buttons and no secret', async () => {
    const { user } = renderEditor(
      makeOptions({ name: 'prod: "eu"', jsonData: { authType: 'keys', defaultRegion: 'eu-west-1' } }),
      { extras: { Provisioning: ProvisioningSnippet } }
    );
    expect(screen.queryByRole('region', { name: /provisioning file/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Provision this data source as code/ }));
    await user.type(screen.getByLabelText(/^Secret Access Key/), 'TYPED-SECRET-VALUE');

    const yaml = screen.getByRole('region', { name: 'Grafana provisioning file (YAML)' });
    const terraform = screen.getByRole('region', { name: 'Terraform (grafana_data_source)' });
    expect(within(yaml).getByRole('button', { name: /Copy YAML/ })).toBeInTheDocument();
    expect(within(terraform).getByRole('button', { name: /Copy Terraform/ })).toBeInTheDocument();
    const yamlText = within(yaml).getByLabelText('Grafana provisioning file (YAML)').textContent ?? '';
    expect(parse(yamlText).datasources[0]).toMatchObject({
      name: 'prod: "eu"',
      jsonData: { authType: 'keys', defaultRegion: 'eu-west-1' },
      secureJsonData: { secretKey: '$AWS_SECRET_ACCESS_KEY' },
    });
    expect(document.body.textContent).not.toContain('TYPED-SECRET-VALUE');
    expect(screen.getByText('AWS_SECRET_ACCESS_KEY', { selector: 'code' })).toBeInTheDocument();
  });
});
