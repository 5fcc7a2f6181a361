import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';

const keys = (extra: Parameters<typeof makeOptions>[0] = {}) =>
  makeOptions({ jsonData: { authType: 'keys' }, ...extra });
const ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('temporary credentials', () => {
  it('offers a masked Session Token once an ASIA key is typed, and writes it to secureJsonData', async () => {
    const { user, latest } = renderEditor(keys());
    expect(screen.queryByLabelText(/Session Token/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Access Key ID/), 'ASIAIOSFODNN7EXAMPLE');
    const token = screen.getByLabelText(/Session Token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(screen.getByText(/stops working then until you enter new ones/)).toBeInTheDocument();
    await user.type(token, 'FwoGZXIvYXdzEJr');
    expect(latest().secureJsonData).toEqual({ accessKey: 'ASIAIOSFODNN7EXAMPLE', sessionToken: 'FwoGZXIvYXdzEJr' });
    expect(JSON.stringify(latest().jsonData)).not.toContain('FwoGZXIvYXdzEJr');
  });

  it('offers it when the user says the keys are temporary', async () => {
    const { user } = renderEditor(keys());
    await user.click(screen.getByRole('checkbox', { name: /These are temporary credentials/ }));
    expect(screen.getByLabelText(/Session Token/)).toBeInTheDocument();
  });

  it('shows a stored token as configured with a reset, like the keys', async () => {
    const { user, latest } = renderEditor(
      keys({ secureJsonFields: { accessKey: true, secretKey: true, sessionToken: true } })
    );
    expect(screen.getAllByDisplayValue('configured')).toHaveLength(3);
    await user.click(screen.getAllByRole('button', { name: 'Reset' })[2]!);
    expect(latest().secureJsonFields).toEqual({ accessKey: true, secretKey: true, sessionToken: false });
    expect(latest().secureJsonData).toEqual({ sessionToken: '' });
  });

  it('does not submit a typed token once another provider is picked', async () => {
    const { user, latest } = renderEditor(keys());
    await user.type(screen.getByLabelText(/Access Key ID/), 'ASIAIOSFODNN7EXAMPLE');
    await user.type(screen.getByLabelText(/Session Token/), 'tok');
    await pick(user, /Authentication Provider/, /AWS SDK Default/);
    expect(latest().secureJsonData).toEqual({});
  });
});

describe('import keys from the AWS console file', () => {
  const file = (text: string) => new File([text], 'grafana_accessKeys.csv', { type: 'text/csv' });

  it('fills both keys from the file and changes nothing else', async () => {
    const original = keys({
      secureJsonFields: { accessKey: true, basicAuthPassword: true },
      jsonData: { authType: 'keys', logs: 1 } as never,
    });
    const { user, latest, calls } = renderEditor(original, { extras: awsAuthExtras });
    await user.upload(
      screen.getByLabelText(/Import keys from a file/),
      file(`Access key ID,Secret access key\r\n${ID},${SECRET}\r\n`)
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(latest().secureJsonData).toEqual({ accessKey: ID, secretKey: SECRET });
    expect(latest().secureJsonFields).toEqual({ accessKey: false, basicAuthPassword: true });
    expect(latest().jsonData).toBe(original.jsonData);
    expect(screen.getByRole('status')).toHaveTextContent(/Both keys were filled in/);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('refuses a malformed file with a clear message and writes nothing', async () => {
    const { user, calls } = renderEditor(keys(), { extras: awsAuthExtras });
    await user.upload(screen.getByLabelText(/Import keys from a file/), file(`name,password\nme,${SECRET}`));
    expect(await screen.findByText(/The keys were not imported/)).toBeInTheDocument();
    expect(screen.getByText(/must name the columns "Access key ID" and "Secret access key"/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });
});

describe('what Grafana will do', () => {
  it('updates the plain-language summary as the user fills the form', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'credentials', defaultRegion: 'eu-west-1' } }), {
      extras: awsAuthExtras,
    });
    const summary = screen.getByRole('region', { name: 'What Grafana will do' });
    expect(summary).toHaveTextContent(/reads profile default from the credentials file.*in region eu-west-1/);
    await user.type(screen.getByRole('textbox', { name: /Credentials Profile Name/ }), 'prod');
    await user.type(screen.getByRole('textbox', { name: /Assume Role ARN/ }), 'arn:aws:iam::123456789012:role/r');
    expect(summary).toHaveTextContent(
      /reads profile prod .*then assumes role arn:aws:iam::123456789012:role\/r, in region eu-west-1/
    );
    expect(summary).toHaveTextContent(/\/usr\/share\/grafana/);
  });

  it('can be hidden', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras, hideSummary: true });
    expect(screen.queryByRole('region', { name: 'What Grafana will do' })).not.toBeInTheDocument();
  });
});
