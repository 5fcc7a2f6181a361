import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { description } from '../support/description';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { provisioned, tryEverything } from '../support/provisioned';
import { serverSettings } from '../support/server';

const ROLE = 'arn:aws:iam::123456789012:role/reader';

describe('the role and its external ID', () => {
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
});

describe('checking the role', () => {
  it('explains a malformed role ARN as the user types, marks it invalid, and clears when fixed', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras });
    const input = screen.getByRole('textbox', { name: /Assume Role ARN/ });
    await user.type(input, 'grafana-reader');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(description(input)).toMatch(/^Error: Enter the role's full ARN/);
    await user.clear(input);
    await user.type(input, 'arn:aws:iam::123456789012:role/grafana-reader');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(description(input)).toBe('');
  });

  it('warns when the role partition cannot work in the chosen region', () => {
    renderEditor(
      makeOptions({
        jsonData: {
          authType: 'default',
          assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r',
          defaultRegion: 'us-east-1',
        },
      }),
      { extras: awsAuthExtras }
    );
    expect(description(screen.getByRole('textbox', { name: /Assume Role ARN/ }))).toMatch(
      /partition aws-cn cannot be assumed from region us-east-1/
    );
  });
});

describe('when assume role is not offered', () => {
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

describe('a provisioned data source (readOnly: true)', () => {
  it('assume role disabled in grafana.ini with a stored role: "Clear the stored role" is disabled', async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false });
    const { user, calls } = renderEditor(provisioned({ authType: 'default', assumeRoleArn: ROLE }));
    const clear = screen.getByRole('button', { name: /Clear the stored role/ });
    expect(clear).toBeDisabled();
    await user.click(clear);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });
});
