import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { openOptions, pick } from '../support/select';
import { serverSettings } from '../support/server';

const PROVIDER = /Authentication Provider/;

describe('choosing a provider', () => {
  it("offers Grafana's default providers, labelled and described, when the server sent nothing", async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    const names = await openOptions(user, PROVIDER);
    expect(names).toEqual(['AWS SDK Default', 'Access & secret key', 'Credentials file']);
    // The option's name is the label alone (as plugin authors' tests query it); what it does is its description.
    expect(screen.getByRole('option', { name: 'Credentials file' })).toHaveAccessibleDescription(
      /Reads a named profile from the AWS credentials file/
    );
  });

  it('offers only what the server allows, in its order, ignoring unknown names', async () => {
    serverSettings({ allowed: ['ec2_iam_role', 'bogus', 'keys', 'keys'] });
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }));
    expect(await openOptions(user, PROVIDER)).toEqual(['Workspace IAM Role', 'Access & secret key']);
  });

  it('lets a prop override the server list', async () => {
    serverSettings({ allowed: ['default', 'keys'] });
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'credentials' } }), {
      allowedAuthProviders: ['credentials'],
    });
    expect(await openOptions(user, PROVIDER)).toEqual(['Credentials file']);
  });

  it('explains which grafana.ini setting to change when nothing is allowed, without crashing', () => {
    const { calls } = renderEditor(makeOptions(), { allowedAuthProviders: ['nope'] });
    expect(screen.getByText(/No authentication provider is allowed/)).toBeInTheDocument();
    expect(screen.getByText('allowed_auth_providers')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: PROVIDER })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('writes the picked provider to jsonData.authType', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    await pick(user, PROVIDER, /Credentials file/);
    expect(latest().jsonData.authType).toBe('credentials');
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toBeInTheDocument();
  });
});

describe('the provider of a new data source, and of a saved one', () => {
  it('gives a new data source the first allowed provider in exactly one write', () => {
    serverSettings({ allowed: ['credentials', 'default'] });
    const { calls } = renderEditor(makeOptions());
    expect(calls).toHaveLength(1);
    expect(calls[0]!.jsonData.authType).toBe('credentials');
  });

  it('treats a saved value that names no provider as new', () => {
    const { calls } = renderEditor(makeOptions({ jsonData: { authType: 'ARN' as never } }));
    expect(calls.map((c) => c.jsonData.authType)).toEqual(['default']);
  });

  it('does not write at all on mount when the saved provider is valid', () => {
    const { calls } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }));
    expect(calls).toHaveLength(0);
  });

  it('writes once, not in a loop, when the host ignores updates', () => {
    const { calls, rerender } = renderEditor(makeOptions(), {}, { host: 'ignore' });
    rerender(<div />);
    expect(calls).toHaveLength(1);
  });

  it('shows a provider the server no longer allows as it is, with a warning, and never rewrites it', () => {
    serverSettings({ allowed: ['default', 'keys'] });
    const { calls } = renderEditor(makeOptions({ jsonData: { authType: 'credentials' } }));
    expect(calls).toHaveLength(0);
    expect(screen.getByText('Credentials file')).toBeInTheDocument();
    expect(screen.getByText(/Credentials file is not allowed on this Grafana server/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toBeInTheDocument();
  });
});

describe('provider names saved by older versions', () => {
  it('shows arn as AWS SDK Default without rewriting it', () => {
    const { calls } = renderEditor(makeOptions({ jsonData: { authType: 'arn' } }));
    expect(screen.getByText('AWS SDK Default')).toBeInTheDocument();
    expect(screen.getByText(/Saved with the older name/)).toHaveTextContent('arn');
    expect(calls).toHaveLength(0);
  });

  it('shows sharedCreds as Credentials file, with the profile the backend would use from database', () => {
    renderEditor(makeOptions({ database: 'legacy-profile', jsonData: { authType: 'sharedCreds' as never } }));
    expect(screen.getByText('Credentials file')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toHaveValue('legacy-profile');
    expect(
      screen.getByRole('textbox', { name: 'Credentials Profile Name', description: /older "database" setting/ })
    ).toBeInTheDocument();
  });
});
