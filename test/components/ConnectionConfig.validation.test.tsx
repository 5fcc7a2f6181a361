import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

/**
 * The messages an input is described by, as a screen reader would announce them after the field's
 * own description (which is always there, and always first).
 */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => !id.endsWith('-description'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('validation next to each field', () => {
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

  it('checks saved values on load, without writing anything', () => {
    const { calls } = renderEditor(
      makeOptions({
        jsonData: { authType: 'default', endpoint: 'http://localhost:4566', externalId: 'x', defaultRegion: 'Ireland' },
      }),
      { extras: awsAuthExtras }
    );
    expect(description(screen.getByRole('textbox', { name: /Endpoint/ }))).toMatch(
      /Warning: This endpoint is not encrypted/
    );
    expect(description(screen.getByRole('textbox', { name: /External ID/ }))).toMatch(/2 to 1,224 characters/);
    expect(description(screen.getByRole('combobox', { name: /Default Region/ }))).toMatch(
      /Region codes look like eu-west-1/
    );
    expect(screen.getByRole('combobox', { name: /Default Region/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
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

  it('hints that an ASIA key is temporary, and never blocks the write', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras: awsAuthExtras });
    const access = screen.getByLabelText(/Access Key ID/);
    await user.type(access, 'ASIAIOSFODNN7EXAMPLE');
    expect(description(access)).toMatch(/temporary: they need a session token/);
    await user.type(screen.getByLabelText(/Secret Access Key/), 'abc');
    expect(latest().secureJsonData).toEqual({ accessKey: 'ASIAIOSFODNN7EXAMPLE', secretKey: 'abc' });
    expect(description(screen.getByLabelText(/Secret Access Key/))).toMatch(/40 characters long/);
  });

  it('trims a pasted value with spaces and line breaks, and says so', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'credentials' } }), {
      extras: awsAuthExtras,
    });
    const profile = screen.getByRole('textbox', { name: /Credentials Profile Name/ });
    await user.click(profile);
    await user.paste('  prod-eu\r\n');
    expect(latest().jsonData.profile).toBe('prod-eu');
    expect(description(profile)).toMatch(/Spaces or line breaks around the value were removed/);
    await user.type(profile, 'x');
    expect(description(profile)).toBe('');
  });

  it('trims pasted secrets too, without showing them', () => {
    const { latest } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), { extras: awsAuthExtras });
    fireEvent.change(screen.getByLabelText(/Secret Access Key/), {
      target: { value: '\twJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
    });
    expect(latest().secureJsonData).toEqual({ secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
    expect(document.body.textContent).not.toContain('wJalrXUtnFEMI');
  });
});

describe('without extras', () => {
  it('checks nothing, shows no summary and offers no key import: each is opt-in', () => {
    renderEditor(
      makeOptions({ jsonData: { authType: 'keys', assumeRoleArn: 'not-an-arn', defaultRegion: 'eu-west-1' } })
    );
    expect(screen.getByRole('textbox', { name: /Assume Role ARN/ })).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText(/Enter the role's full ARN/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What Grafana will do' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Import keys from a file/)).not.toBeInTheDocument();
    expect(screen.getByText('eu-west-1')).toBeInTheDocument();
  });
});
