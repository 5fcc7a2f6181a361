import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

describe('the endpoint', () => {
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
});
