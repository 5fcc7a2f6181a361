import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { pick, selectedText } from '../support/select';

/** A Prometheus data source with its own secrets and settings next to SigV4's. */
function prometheus(jsonData: Record<string, unknown> = {}, secureJsonFields: Record<string, boolean> = {}) {
  return makeOptions({
    type: 'prometheus',
    basicAuth: true,
    basicAuthUser: 'admin',
    jsonData: { httpMethod: 'POST', sigV4Auth: true, tlsAuth: true, ...jsonData } as object,
    secureJsonFields: { basicAuthPassword: true, tlsClientKey: true, tlsClientCert: true, ...secureJsonFields },
    secureJsonData: { basicAuthPassword: 'typed-but-unsaved' } as object,
  });
}

describe('signing settings under the sigV4* keys', () => {
  it('reads the sigV4* keys', () => {
    renderHost(
      SIGV4ConnectionConfig,
      prometheus({ sigV4AuthType: 'credentials', sigV4Profile: 'signing', sigV4Region: 'eu-west-1' })
    );
    expect(screen.getByRole('group', { name: /SigV4 Auth Details/ })).toBeInTheDocument();
    expect(screen.getByText('Credentials file')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toHaveValue('signing');
    expect(selectedText(/Default Region/)).toBe('eu-west-1');
  });

  it('gives a new signer the first allowed provider under sigV4AuthType only', () => {
    const before = prometheus();
    const { calls } = renderHost(SIGV4ConnectionConfig, before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.jsonData).toEqual({ ...before.jsonData, sigV4AuthType: 'default' });
    expect(calls[0]!.secureJsonFields).toBe(before.secureJsonFields);
    expect(calls[0]!.secureJsonData).toBe(before.secureJsonData);
  });

  it('writes keys as sigV4AccessKey/sigV4SecretKey and keeps every secret it does not own', async () => {
    const before = prometheus({ sigV4AuthType: 'default' });
    const { user, latest } = renderHost(SIGV4ConnectionConfig, before);
    await pick(user, /Authentication Provider/, /Access & secret key/);
    await user.type(screen.getByLabelText(/Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
    await user.type(screen.getByLabelText(/Secret Access Key/), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');

    const saved = latest();
    expect(saved.jsonData).toEqual({ ...before.jsonData, sigV4AuthType: 'keys' });
    expect(saved.secureJsonData).toEqual({
      basicAuthPassword: 'typed-but-unsaved',
      sigV4AccessKey: 'AKIAIOSFODNN7EXAMPLE',
      sigV4SecretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(saved.secureJsonFields).toEqual(before.secureJsonFields);
    expect(saved.basicAuthUser).toBe('admin');
  });

  it('resets a stored sigV4 secret without touching the host secrets', async () => {
    const before = prometheus({ sigV4AuthType: 'keys' }, { sigV4AccessKey: true, sigV4SecretKey: true });
    const { user, latest } = renderHost(SIGV4ConnectionConfig, before);
    const resets = screen.getAllByRole('button', { name: 'Reset' });
    await user.click(resets[1]!);
    expect(latest().secureJsonFields).toEqual({ ...before.secureJsonFields, sigV4SecretKey: false });
    expect(latest().secureJsonData).toEqual({ basicAuthPassword: 'typed-but-unsaved', sigV4SecretKey: '' });
  });

  it('writes the role and region under sigV4 names, and hides the endpoint unless asked', async () => {
    const before = prometheus({ sigV4AuthType: 'default' });
    const { user, latest, unmount } = renderHost(SIGV4ConnectionConfig, before);
    expect(screen.queryByRole('textbox', { name: /Endpoint/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Assume Role ARN/ }), 'arn:aws:iam::123456789012:role/sign');
    await user.type(screen.getByRole('textbox', { name: /^External ID/ }), 'ext-1');
    await pick(user, /Default Region/, 'us-east-2');
    expect(latest().jsonData).toEqual({
      ...before.jsonData,
      sigV4AssumeRoleArn: 'arn:aws:iam::123456789012:role/sign',
      sigV4ExternalId: 'ext-1',
      sigV4Region: 'us-east-2',
    });
    unmount();

    const shown = renderHost(SIGV4ConnectionConfig, before, { skipEndpoint: false });
    await shown.user.type(screen.getByRole('textbox', { name: /Endpoint/ }), 'https://aps.example.com');
    expect((shown.latest().jsonData as Record<string, unknown>).sigV4Endpoint).toBe('https://aps.example.com');
    expect(shown.latest().jsonData).not.toHaveProperty('endpoint');
  });
});
