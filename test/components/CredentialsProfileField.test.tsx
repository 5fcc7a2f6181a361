import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { description } from '../support/description';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { editable, provisioned, tryEverything } from '../support/provisioned';

describe('the profile name', () => {
  it('writes the typed profile to jsonData.profile, with "default" as placeholder', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'credentials' } }));
    const input = screen.getByRole('textbox', { name: /Credentials Profile Name/ });
    expect(input).toHaveAttribute('placeholder', 'default');
    await user.type(input, 'prod');
    expect(latest().jsonData.profile).toBe('prod');
    expect(latest().database).toBe('');
  });

  it('prefers jsonData.profile over database', () => {
    renderEditor(makeOptions({ database: 'old', jsonData: { authType: 'credentials', profile: 'prod' } }));
    expect(screen.getByRole('textbox', { name: /Credentials Profile Name/ })).toHaveValue('prod');
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
});

describe('a provisioned data source (readOnly: true)', () => {
  it('Credentials file: the profile is read-only, nothing is written', async () => {
    const { user, calls } = renderEditor(provisioned({ authType: 'credentials', profile: 'prod' }), {
      extras: awsAuthExtras,
    });
    expect(screen.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveAttribute('readonly');
    expect(editable()).toEqual([]);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Credentials Profile Name/ })).toHaveValue('prod');
  });
});
