import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ConnectionConfig, type ConnectionConfigProps } from '../../src/components/ConnectionConfig';
import { renderEditor, renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { provisioned, tryEverything } from '../support/provisioned';
import { pick } from '../support/select';
import { grafanaCloud, serverSettings } from '../support/server';

// Grafana Assume Role is built into ConnectionConfig, as in @grafana/aws-sdk (LeanConnectionConfig
// takes it as an extra: LeanConnectionConfig.test.tsx).
const Editor = (props: ConnectionConfigProps) => <ConnectionConfig {...props} />;

const GAR = 'grafana_assume_role';
const ARN = 'arn:aws:iam::123456789012:role/grafana';
const cloud = grafanaCloud;
const externalIdBox = () => screen.getByRole('textbox', { name: /^External ID/ });
const perDatasourceSwitch = () => screen.getByRole('switch', { name: 'Per Data Source External ID' });

describe('choosing Grafana Assume Role', () => {
  it('is the default for a new data source, in per-data-source mode with its ID, in one write', () => {
    cloud();
    const { calls } = renderEditor(makeOptions({ uid: 'dsUid1' }), { externalId: 'stackABC' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.jsonData).toEqual({
      authType: GAR,
      usePerDatasourceExternalId: true,
      grafanaExternalId: 'stackABC-dsUid1',
    });
  });

  it('waits for a late stack ID, then writes the ID once', () => {
    cloud();
    const { calls, setProps } = renderHost(Editor, makeOptions({ uid: 'dsUid1' }));
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: GAR, usePerDatasourceExternalId: true }]);
    // @grafana/aws-sdk's words, as the box's value: saving lets Grafana's server mint the ID.
    expect(externalIdBox()).toHaveValue('Save the data source to generate an external ID');
    expect(screen.getByRole('button', { name: /Copy the external ID/ })).toBeDisabled();
    setProps({ externalId: 'stackABC' });
    expect(calls).toHaveLength(2);
    expect(calls[1]!.jsonData.grafanaExternalId).toBe('stackABC-dsUid1');
    expect(externalIdBox()).toHaveValue('stackABC-dsUid1');
  });

  it('never invents a uid: without one it only records the mode', () => {
    cloud();
    const { calls } = renderEditor(makeOptions({ uid: '' }), { externalId: 'stackABC' });
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: GAR, usePerDatasourceExternalId: true }]);
    expect(externalIdBox()).toHaveValue('Save the data source to generate an external ID');
  });

  it('without the per-data-source toggle, offers no switch and shows the stack ID', () => {
    cloud(false);
    const { calls } = renderEditor(makeOptions(), { externalId: 'stackABC' });
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: GAR }]);
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(externalIdBox()).toHaveValue('stackABC');
  });

  it('in stack mode without a stack ID (its fetch failed), shows no ID box and says the ID is unavailable, as @grafana/aws-sdk does', async () => {
    cloud(false);
    const { user } = renderEditor(makeOptions({ jsonData: { authType: GAR, assumeRoleArn: ARN } }));
    expect(screen.queryByRole('textbox', { name: /^External ID/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy the external ID/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /How to create an IAM role/ }));
    expect(screen.getByText('External Id is currently unavailable')).toBeInTheDocument();
  });

  it('takes the stack ID from a Grafana Cloud namespace when the plugin passes none', () => {
    cloud(false);
    serverSettings({ namespace: 'stacks-777' });
    renderEditor(makeOptions());
    expect(externalIdBox()).toHaveValue('777');
  });

  it('switching an existing data source to Grafana Assume Role picks per-data-source mode', async () => {
    cloud();
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys', custom: 'kept' } as object }), {
      externalId: 's',
    });
    await pick(user, /Authentication Provider/, /Grafana Assume Role/);
    expect(latest().jsonData).toEqual({
      authType: GAR,
      custom: 'kept',
      usePerDatasourceExternalId: true,
      grafanaExternalId: 's-P1234ABCD',
    });
  });
});

describe('setting up the role', () => {
  it('shows numbered steps to create the role, with Grafana account and external ID, on demand', async () => {
    cloud(false);
    const { user } = renderEditor(makeOptions({ jsonData: { authType: GAR } }), { externalId: 'stackABC' });
    expect(screen.queryByText('008923505280')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /How to create an IAM role for Grafana to assume/ }));
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps[0]).toHaveTextContent('Another AWS account');
    expect(steps[1]).toHaveTextContent('008923505280');
    expect(steps[1]).toHaveTextContent('Require external ID');
    expect(steps[2]).toHaveTextContent('stackABC');
  });

  it('shows the external ID read-only with a working copy button, and a docs link', async () => {
    cloud(false);
    const { user, calls } = renderEditor(makeOptions({ jsonData: { authType: GAR } }), { externalId: 'stackABC' });
    expect(externalIdBox()).toHaveAttribute('readonly');
    await user.type(externalIdBox(), 'x');
    expect(calls).toHaveLength(0);
    // jsdom is not a secure context, so the Clipboard API would be skipped; a served page is one.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    await user.click(screen.getByRole('button', { name: /Copy the external ID/ }));
    await expect(navigator.clipboard.readText()).resolves.toBe('stackABC');
    expect(screen.getByRole('link', { name: 'Grafana Assume Role' })).toHaveAttribute(
      'href',
      expect.stringContaining('grafana.com/docs')
    );
  });

  it('has no endpoint field and no editable external ID, but a role ARN even when the plugin hides assume role', async () => {
    cloud(false);
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: GAR } }), { hideAssumeRoleArn: true });
    expect(screen.queryByRole('textbox', { name: /Endpoint/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Assume Role ARN/ }), ARN);
    expect(latest().jsonData).toEqual({ authType: GAR, assumeRoleArn: ARN });
  });
});

describe('the per-data-source external ID switch', () => {
  it('keeps a legacy data source on the stack ID until the user switches', () => {
    cloud();
    const { calls } = renderEditor(makeOptions({ jsonData: { authType: GAR, assumeRoleArn: ARN } }), {
      externalId: 's',
    });
    expect(calls).toHaveLength(0);
    expect(perDatasourceSwitch()).not.toBeChecked();
    expect(externalIdBox()).toHaveValue('s');
  });

  it('switching writes the ID, warns that the trust policy must change, and switching back keeps the ID dormant', async () => {
    cloud();
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: GAR, assumeRoleArn: ARN } }), {
      externalId: 's',
    });
    await user.click(perDatasourceSwitch());
    expect(latest().jsonData).toEqual({
      authType: GAR,
      assumeRoleArn: ARN,
      usePerDatasourceExternalId: true,
      grafanaExternalId: 's-P1234ABCD',
    });
    expect(externalIdBox()).toHaveValue('s-P1234ABCD');
    expect(screen.getByText(/The external ID changes when you save/)).toBeInTheDocument();

    await user.click(perDatasourceSwitch());
    expect(latest().jsonData).toEqual({
      authType: GAR,
      assumeRoleArn: ARN,
      usePerDatasourceExternalId: false,
      grafanaExternalId: 's-P1234ABCD',
    });
    expect(externalIdBox()).toHaveValue('s');
    expect(screen.queryByText(/The external ID changes when you save/)).not.toBeInTheDocument();
  });

  it('drops the warning once the change is saved (Grafana hands over a new version)', () => {
    cloud();
    const legacy = makeOptions({ version: 3, jsonData: { authType: GAR, assumeRoleArn: ARN } });
    const switched = {
      ...legacy,
      jsonData: { ...legacy.jsonData, usePerDatasourceExternalId: true, grafanaExternalId: 's-P1234ABCD' },
    };
    const { rerender } = render(<Editor options={legacy} onOptionsChange={() => {}} externalId="s" />);
    rerender(<Editor options={switched} onOptionsChange={() => {}} externalId="s" />);
    expect(screen.getByText(/The external ID changes when you save/)).toBeInTheDocument();
    rerender(<Editor options={{ ...switched, version: 4 }} onOptionsChange={() => {}} externalId="s" />);
    expect(screen.queryByText(/The external ID changes when you save/)).not.toBeInTheDocument();
  });

  it('does not warn when no role is set yet', async () => {
    cloud();
    const { user } = renderEditor(makeOptions({ jsonData: { authType: GAR } }), { externalId: 's' });
    await user.click(perDatasourceSwitch());
    expect(screen.queryByText(/The external ID changes when you save/)).not.toBeInTheDocument();
  });

  it('shows a stored per-data-source ID even when the toggle is off, as the backend still uses it', () => {
    cloud(false);
    renderEditor(
      makeOptions({ jsonData: { authType: GAR, usePerDatasourceExternalId: true, grafanaExternalId: 's-P1234ABCD' } }),
      {
        externalId: 's',
      }
    );
    expect(externalIdBox()).toHaveValue('s-P1234ABCD');
  });
});

describe('saved where it cannot work', () => {
  const saved = (type = 'cloudwatch') =>
    makeOptions({ type, jsonData: { authType: GAR, assumeRoleArn: ARN, grafanaExternalId: 's-1' } });

  it('says the feature toggle is off, not that the admin forbids it, and writes nothing', () => {
    serverSettings({ allowed: [GAR, 'keys'], toggles: { awsDatasourcesTempCredentials: false } });
    const { calls } = renderEditor(saved(), { externalId: 's' });
    expect(calls).toHaveLength(0);
    const alert = screen.getByRole('alert', { name: 'Grafana Assume Role cannot work for this data source' });
    expect(alert).toHaveTextContent('The awsDatasourcesTempCredentials feature toggle is off');
    expect(screen.queryByText(/is not allowed on this Grafana server/)).not.toBeInTheDocument();
    expect(screen.queryByText(/allowed_auth_providers/)).not.toBeInTheDocument();
    // The saved role stays visible and editable, so the user can see what is configured.
    expect(screen.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveValue(ARN);
  });

  it('says the data source type cannot use it', () => {
    cloud();
    renderEditor(saved('my-company-datasource'), { externalId: 's' });
    const alert = screen.getByRole('alert', { name: 'Grafana Assume Role cannot work for this data source' });
    expect(alert).toHaveTextContent(/This type of data source cannot use the temporary credentials/);
    expect(screen.queryByText(/feature toggle/)).not.toBeInTheDocument();
    expect(screen.queryByText(/is not allowed on this Grafana server/)).not.toBeInTheDocument();
  });

  it('still says the server does not allow it when the admin did not list it', () => {
    serverSettings({ allowed: ['keys'], toggles: { awsDatasourcesTempCredentials: true } });
    renderEditor(saved(), { externalId: 's' });
    expect(screen.getByText('Grafana Assume Role is not allowed on this Grafana server')).toBeInTheDocument();
    expect(screen.queryByText('Grafana Assume Role cannot work for this data source')).not.toBeInTheDocument();
  });
});

describe('a provisioned data source (readOnly: true)', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/reader';

  it('Grafana Assume Role: ARN read-only, switch disabled, the external ID still copies, nothing is written', async () => {
    serverSettings({
      allowed: ['grafana_assume_role', 'keys', 'default'],
      toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: true },
    });
    // Per-data-source mode with no ID saved: an editable data source would get its ID on mount.
    const options = provisioned({
      authType: 'grafana_assume_role',
      assumeRoleArn: ROLE,
      usePerDatasourceExternalId: true,
    });
    const { user, calls } = renderEditor(options, { externalId: 'stackABC' });
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Assume Role ARN/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('switch', { name: 'Per Data Source External ID' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /^External ID/ })).toHaveValue('stackABC-P1234ABCD');

    // jsdom is not a secure context, so the Clipboard API would be skipped; a served page is one.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    const copy = screen.getByRole('button', { name: /Copy the external ID/ });
    expect(copy).toBeEnabled();
    await user.click(copy);
    await expect(navigator.clipboard.readText()).resolves.toBe('stackABC-P1234ABCD');

    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });
});
