import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ConnectionDiagnosis } from '../../src/components/ConnectionDiagnosis';
import { RolePolicies } from '../../src/components/RolePolicies';
import { readSettings } from '../../src/model/settings';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

const CLOUDWATCH = { actions: ['cloudwatch:GetMetricData', 'cloudwatch:ListMetrics'] };
const extras = { Policies: RolePolicies };

/** The JSON a user copies out of a snippet. */
function policyIn(name: string) {
  const region = screen.getByRole('region', { name });
  return JSON.parse(within(region).getByLabelText(name).textContent ?? '') as {
    Statement: Array<Record<string, unknown>>;
  };
}

describe('the IAM role as policies and code', () => {
  it('shows nothing until opened, then the trust policy with External ID as typed, and never a secret', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), {
      extras,
      iamPermissions: CLOUDWATCH,
    });
    expect(screen.queryByRole('region', { name: 'Trust policy' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Secret Access Key/), 'TYPED-SECRET-VALUE');
    await user.type(screen.getByLabelText('External ID'), 'ext-7');
    await user.click(screen.getByRole('button', { name: /The IAM role and permissions, as policies and code/ }));

    const trust = policyIn('Trust policy').Statement[0]!;
    expect(trust.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'ext-7' } });
    expect(JSON.stringify(trust.Principal)).toContain('REPLACE-ME');
    expect(policyIn('Permission policy').Statement[0]!.Action).toEqual(CLOUDWATCH.actions);
    for (const name of ['Trust policy', 'Permission policy', 'AWS CLI', 'Terraform (aws_iam_role)']) {
      expect(within(screen.getByRole('region', { name })).getByRole('button', { name: /^Copy/ })).toBeInTheDocument();
    }
    expect(document.body.textContent).not.toContain('TYPED-SECRET-VALUE');
  });

  it('Grafana Assume Role: trusts account 008923505280 with the external ID the External ID field shows', async () => {
    const { user } = renderEditor(makeOptions({ uid: 'ds1', jsonData: { authType: 'grafana_assume_role' } }), {
      extras,
      externalId: 'stack-9',
      allowedAuthProviders: ['grafana_assume_role'],
      supportsTemporaryCredentials: true,
    });
    await user.click(screen.getByRole('button', { name: /The IAM role for Grafana to assume/ }));
    const trust = policyIn('Trust policy').Statement[0]!;
    expect(trust.Principal).toEqual({ AWS: 'arn:aws:iam::008923505280:root' });
    expect(trust.Condition).toEqual({
      StringEquals: { 'sts:ExternalId': (screen.getByLabelText('External ID') as HTMLInputElement).value },
    });
  });

  it('without iamPermissions no permission policy is shown; with assume role hidden, nothing at all', async () => {
    const { user, unmount } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras });
    await user.click(screen.getByRole('button', { name: /as policies and code/ }));
    expect(screen.getByRole('region', { name: 'Trust policy' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Permission policy' })).not.toBeInTheDocument();
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras, hideAssumeRoleArn: true });
    expect(screen.queryByRole('button', { name: /as policies and code/ })).not.toBeInTheDocument();
  });
});

describe('the diagnosis offers the policy that allows what was refused', () => {
  it("AccessDenied on sts:AssumeRole: a trust policy for the calling role with the form's external ID", async () => {
    const message =
      'operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:sts::111111111111:assumed-role/grafana-node/i-0abc is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r';
    const view = readSettings(
      makeOptions({
        jsonData: { authType: 'default', assumeRoleArn: 'arn:aws:iam::222222222222:role/r', externalId: 'ext-1' },
      })
    );
    render(<ConnectionDiagnosis view={view} message={message} />);
    await userEvent.click(screen.getByRole('button', { name: /Explain this error/ }));
    const name = 'Trust policy that lets arn:aws:iam::111111111111:role/grafana-node assume the role';
    expect(policyIn(name).Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:role/grafana-node' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } },
    });
  });

  it("Grafana Assume Role refused: the policy trusts Grafana's account, and its title says so", async () => {
    const message =
      'operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:sts::008923505280:assumed-role/grafana-cloud/s1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r';
    const view = readSettings(
      makeOptions({
        uid: 'ds1',
        jsonData: {
          authType: 'grafana_assume_role',
          usePerDatasourceExternalId: true,
          grafanaExternalId: 'stack-1-ds1',
        },
      })
    );
    render(<ConnectionDiagnosis view={view} message={message} />);
    await userEvent.click(screen.getByRole('button', { name: /Explain this error/ }));
    const doc = policyIn('Trust policy that lets arn:aws:iam::008923505280:root assume the role');
    expect(doc.Statement[0]).toMatchObject({
      Principal: { AWS: 'arn:aws:iam::008923505280:root' },
      Condition: { StringEquals: { 'sts:ExternalId': 'stack-1-ds1' } },
    });
  });

  it('AccessDenied on a service action: the statement that allows it', async () => {
    const message =
      'AccessDeniedException: User: arn:aws:iam::111111111111:user/g is not authorized to perform: athena:StartQueryExecution on resource: arn:aws:athena:eu-west-1:111111111111:workgroup/primary';
    render(
      <ConnectionDiagnosis view={readSettings(makeOptions({ jsonData: { authType: 'keys' } }))} message={message} />
    );
    await userEvent.click(screen.getByRole('button', { name: /Explain this error/ }));
    expect(policyIn('Policy to attach to arn:aws:iam::111111111111:user/g').Statement[0]).toEqual({
      Effect: 'Allow',
      Action: 'athena:StartQueryExecution',
      Resource: 'arn:aws:athena:eu-west-1:111111111111:workgroup/primary',
    });
  });

  it('offers no policy when the message names no one', async () => {
    render(
      <ConnectionDiagnosis
        view={readSettings(makeOptions())}
        message="AccessDeniedException: not authorized to perform this operation"
      />
    );
    await userEvent.click(screen.getByRole('button', { name: /Explain this error/ }));
    expect(screen.getByText(/lacks a permission/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy/ })).not.toBeInTheDocument();
  });
});
