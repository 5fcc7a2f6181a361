import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { standardRegions } from '../../src/model/regions';
import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { openOptions, pick, selectedText, shownGroups, shownOptions } from '../support/select';
import { serverSettings } from '../support/server';

describe('credentials file (4)', () => {
  it('writes the typed profile to jsonData.profile, with "default" as placeholder', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'credentials' } }));
    const input = screen.getByRole('textbox', { name: /Credentials Profile Name/ });
    expect(input).toHaveAttribute('placeholder', 'default');
    await user.type(input, 'prod');
    expect(latest().jsonData.profile).toBe('prod');
    expect(latest().database).toBe('');
  });
});

describe('access and secret key (5)', () => {
  const keys = () => makeOptions({ jsonData: { authType: 'keys' } });

  it('writes both keys to secureJsonData only, in masked inputs that browsers do not autofill', async () => {
    const { user, latest } = renderEditor(keys());
    const access = screen.getByLabelText(/Access Key ID/);
    const secret = screen.getByLabelText(/Secret Access Key/);
    for (const input of [access, secret]) {
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
    }
    await user.type(access, 'AKIAIOSFODNN7EXAMPLE');
    await user.type(secret, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(latest().secureJsonData).toEqual({
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(JSON.stringify(latest().jsonData)).not.toContain('EXAMPLE');
  });

  it('shows stored keys as configured and resets one the way Grafana does', async () => {
    const { user, latest } = renderEditor(
      makeOptions({
        jsonData: { authType: 'keys' },
        secureJsonFields: { accessKey: true, secretKey: true, basicAuthPassword: true },
      })
    );
    expect(screen.getAllByDisplayValue('configured')).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Reset' })[1]!);
    expect(latest().secureJsonFields).toEqual({ accessKey: true, secretKey: false, basicAuthPassword: true });
    expect(latest().secureJsonData).toEqual({ secretKey: '' });
    expect(screen.getByLabelText(/Secret Access Key/)).toHaveValue('');
  });

  it('does not submit typed keys once another provider is picked, and restores them on return', async () => {
    const { user, latest } = renderEditor(keys());
    await user.type(screen.getByLabelText(/Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
    await user.type(screen.getByLabelText(/Secret Access Key/), 'secret-value');
    await pick(user, /Authentication Provider/, /AWS SDK Default/);
    expect(latest().jsonData.authType).toBe('default');
    expect(latest().secureJsonData).toEqual({});
    await pick(user, /Authentication Provider/, /Access & secret key/);
    expect(latest().secureJsonData).toEqual({ accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'secret-value' });
  });
});

describe('assume role (6)', () => {
  it('writes Assume Role ARN and External ID to jsonData', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    await user.type(screen.getByRole('textbox', { name: /Assume Role ARN/ }), 'arn:aws:iam::123456789012:role/r');
    await user.type(screen.getByRole('textbox', { name: /External ID/ }), 'ext-1');
    expect(latest().jsonData).toMatchObject({ assumeRoleArn: 'arn:aws:iam::123456789012:role/r', externalId: 'ext-1' });
  });

  it('reads a role saved under another spelling of the key and replaces it on edit', async () => {
    const { user, latest } = renderEditor(
      makeOptions({ jsonData: { authType: 'default', assumeRoleARN: 'arn:aws:iam::1:role/a' } as never })
    );
    const input = screen.getByRole('textbox', { name: /Assume Role ARN/ });
    expect(input).toHaveValue('arn:aws:iam::1:role/a');
    await user.type(input, 'b');
    expect(latest().jsonData).toEqual({ authType: 'default', assumeRoleArn: 'arn:aws:iam::1:role/ab' });
  });

  it('hides both fields when the server disables assume role, warns about a stored role and clears it', async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false });
    const { user, latest } = renderEditor(
      makeOptions({
        jsonData: { authType: 'default', assumeRoleArn: 'arn:aws:iam::1:role/x', externalId: 'e', custom: 1 } as never,
      })
    );
    expect(screen.queryByRole('textbox', { name: /Assume Role ARN/ })).not.toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Grafana will refuse its requests/);
    expect(alert).toHaveTextContent('assume_role_enabled');
    await user.click(within(alert).getByRole('button', { name: /Clear the stored role/ }));
    expect(latest().jsonData).toEqual({ authType: 'default', custom: 1 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('hides both fields silently when the server disables assume role and nothing is stored', () => {
    serverSettings({ allowed: ['default'], assumeRoleEnabled: false });
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    expect(screen.queryByRole('textbox', { name: /Assume Role ARN|External ID/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('hides both fields with hideAssumeRoleArn', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { hideAssumeRoleArn: true });
    expect(screen.queryByRole('textbox', { name: /Assume Role ARN/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /External ID/ })).not.toBeInTheDocument();
  });

  it('treats the placeholder config outside Grafana as "assume role enabled", and the prop as an override', () => {
    const { unmount } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    expect(screen.getByRole('textbox', { name: /Assume Role ARN/ })).toBeInTheDocument();
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { assumeRoleEnabled: false });
    expect(screen.queryByRole('textbox', { name: /Assume Role ARN/ })).not.toBeInTheDocument();
  });
});

describe('endpoint and region (7)', () => {
  it("writes the endpoint, with the plugin's default as placeholder", async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      defaultEndpoint: 'https://monitoring.{region}.amazonaws.com',
    });
    const input = screen.getByRole('textbox', { name: /Endpoint/ });
    expect(input).toHaveAttribute('placeholder', 'https://monitoring.{region}.amazonaws.com');
    await user.type(input, 'https://vpce.example');
    expect(latest().jsonData.endpoint).toBe('https://vpce.example');
  });

  it('hides the endpoint with skipEndpoint', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras, skipEndpoint: true });
    expect(screen.queryByRole('textbox', { name: /Endpoint/ })).not.toBeInTheDocument();
  });

  it('offers every current AWS region by name and code, and writes the picked code to defaultRegion', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    const offered = await openOptions(user, /Default Region/);
    expect(offered).toEqual(
      expect.arrayContaining([
        'US East (N. Virginia) us-east-1',
        'Europe (Ireland) eu-west-1',
        'Asia Pacific (Thailand) ap-southeast-7',
        'Asia Pacific (Taipei) ap-east-2',
        'Mexico (Central) mx-central-1',
        'AWS European Sovereign Cloud (Germany) eusc-de-east-1',
      ])
    );
    expect(offered).toHaveLength(standardRegions.length);
    await user.click(screen.getByRole('option', { name: 'Europe (Ireland) eu-west-1' }));
    expect(latest().jsonData.defaultRegion).toBe('eu-west-1');
    expect(selectedText(/Default Region/)).toBe('Europe (Ireland) eu-west-1');
  });

  it('groups the regions by partition, under named headings', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras });
    await openOptions(user, /Default Region/);
    const groups = shownGroups();
    expect(groups.map((g) => g.name)).toEqual([
      'Commercial',
      'China',
      'AWS GovCloud (US)',
      'ISO',
      'European Sovereign Cloud',
    ]);
    expect(groups[1]!.options).toEqual(['China (Beijing) cn-north-1', 'China (Ningxia) cn-northwest-1']);
    expect(groups[3]!.options).toContain('US ISOB East (Ohio) us-isob-east-1');
    expect(screen.getByRole('group', { name: 'AWS GovCloud (US)' })).toContainElement(
      screen.getByRole('option', { name: 'AWS GovCloud (US-West) us-gov-west-1' })
    );
  });

  it('finds a region by its name or its code, ignoring case and accents', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    const input = screen.getByRole('combobox', { name: /Default Region/ });
    const regions = () => shownOptions().filter((o) => !o.startsWith('Use region'));
    await user.type(input, 'ireland');
    expect(regions()).toEqual(['Europe (Ireland) eu-west-1']);
    await user.keyboard('{Enter}');
    expect(latest().jsonData.defaultRegion).toBe('eu-west-1');

    await user.type(input, 'sao paulo');
    expect(regions()).toEqual(['South America (São Paulo) sa-east-1']);
    await user.clear(input);
    await user.type(input, 'ap-southeast-7');
    expect(shownOptions()).toEqual(['Asia Pacific (Thailand) ap-southeast-7']);
    await user.clear(input);
    await user.type(input, 'GovCloud');
    expect(regions()).toEqual(['AWS GovCloud (US-East) us-gov-east-1', 'AWS GovCloud (US-West) us-gov-west-1']);
  });

  it('accepts a custom region code', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    await user.type(screen.getByRole('combobox', { name: /Default Region/ }), 'xx-test-9');
    expect(shownOptions()).toEqual(['Use region "xx-test-9"']);
    await user.keyboard('{Enter}');
    expect(latest().jsonData.defaultRegion).toBe('xx-test-9');
    expect(selectedText(/Default Region/)).toBe('xx-test-9');
  });

  it('replaces the list with what loadRegions returns, naming the codes it knows', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      loadRegions: () => Promise.resolve(['eu-west-1', 'region-from-plugin-1']),
    });
    await openOptions(user, /Default Region/);
    await waitFor(() => expect(shownOptions()).toEqual(['Europe (Ireland) eu-west-1', 'region-from-plugin-1']));
    // One partition needs no heading.
    expect(shownGroups()).toEqual([]);
  });

  it('uses standardRegions when given', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      standardRegions: ['only-1'],
    });
    expect(await openOptions(user, /Default Region/)).toEqual(['only-1']);
  });

  it('lists bare codes with regionNames={}', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }), {
      extras: awsAuthExtras,
      regionNames: {},
      standardRegions: ['eu-west-1', 'cn-north-1'],
    });
    expect(selectedText(/Default Region/)).toBe('eu-west-1');
    expect(await openOptions(user, /Default Region/)).toEqual(['eu-west-1', 'cn-north-1']);
  });

  it('shows a saved region that is not in the list, by name when the code is known', () => {
    const { unmount } = renderEditor(
      makeOptions({ jsonData: { authType: 'default', defaultRegion: 'custom-region-7' } }),
      { extras: awsAuthExtras }
    );
    expect(selectedText(/Default Region/)).toBe('custom-region-7');
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'default', defaultRegion: 'ap-southeast-6' } }), {
      extras: awsAuthExtras,
      standardRegions: ['us-east-1'],
    });
    expect(selectedText(/Default Region/)).toBe('Asia Pacific (New Zealand) ap-southeast-6');
  });
});

describe('layout (8)', () => {
  it('has a section title unless skipHeader, and renders children at the end', () => {
    const { unmount } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      children: <button type="button">Plugin field</button>,
    });
    expect(screen.getByRole('heading', { name: /Connection Details/ })).toBeInTheDocument();
    const region = screen.getByRole('combobox', { name: /Default Region/ });
    const child = screen.getByRole('button', { name: 'Plugin field' });
    expect(region.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras, skipHeader: true });
    expect(screen.queryByRole('heading', { name: /Connection Details/ })).not.toBeInTheDocument();
  });
});
