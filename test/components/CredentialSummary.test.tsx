import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

describe('what Grafana will do', () => {
  it('updates the plain-language summary as the user fills the form', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'credentials', defaultRegion: 'eu-west-1' } }), {
      extras: awsAuthExtras,
    });
    const summary = screen.getByRole('region', { name: 'What Grafana will do' });
    // No profile: the AWS SDK chooses, environment keys first (checked against grafana-aws-sdk).
    expect(summary).toHaveTextContent(
      /default profile: keys in the server's environment .*Queries that name no region run in eu-west-1\./
    );
    await user.type(screen.getByRole('textbox', { name: /Credentials Profile Name/ }), 'prod');
    await user.type(screen.getByRole('textbox', { name: /Assume Role ARN/ }), 'arn:aws:iam::123456789012:role/r');
    expect(summary).toHaveTextContent(
      /reads profile prod .*With them, it assumes role arn:aws:iam::123456789012:role\/r\. Queries that name no region run in eu-west-1\./
    );
    expect(summary).toHaveTextContent(/\/usr\/share\/grafana/);
  });

  it('can be hidden', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras, hideSummary: true });
    expect(screen.queryByRole('region', { name: 'What Grafana will do' })).not.toBeInTheDocument();
  });
});
