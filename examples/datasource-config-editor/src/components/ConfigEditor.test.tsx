import React, { useState } from 'react';
import { createRequire } from 'node:module';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataSourceSettings } from '@grafana/data';
import { ConfigEditor } from './ConfigEditor';
import { MyDataSourceOptions, MySecureJsonData } from '../types';

type Settings = DataSourceSettings<MyDataSourceOptions, MySecureJsonData>;

const saved: Settings = {
  id: 1,
  uid: 'abc',
  orgId: 1,
  name: 'My AWS data source',
  typeLogoUrl: '',
  type: 'example-aws-datasource',
  typeName: 'Example',
  access: 'proxy',
  url: '',
  user: '',
  database: '',
  basicAuth: false,
  basicAuthUser: '',
  isDefault: false,
  jsonData: { path: '/api/v1' },
  secureJsonFields: { apiKey: true },
  readOnly: false,
  withCredentials: false,
};

/** Renders the editor the way Grafana's data source page does: it owns `options` and applies every change. */
function renderPage(options: Settings) {
  const changes: Settings[] = [];
  function Page() {
    const [current, setCurrent] = useState(options);
    return (
      <ConfigEditor
        options={current}
        onOptionsChange={(next) => {
          changes.push(next);
          setCurrent(next);
        }}
      />
    );
  }
  render(<Page />);
  return { user: userEvent.setup(), latest: () => changes[changes.length - 1] ?? options };
}

describe('ConfigEditor built on the packed grafana-aws-auth', () => {
  it('imports the published build, not the source', () => {
    const entry = createRequire(import.meta.url).resolve('grafana-aws-auth');
    expect(entry).toMatch(/node_modules[\\/]grafana-aws-auth[\\/]dist[\\/]index\.c?js$/);
  });

  it('shows the AWS section next to the plugin fields and starts a new data source on a provider', async () => {
    const { latest } = renderPage(saved);
    expect(await screen.findByRole('combobox', { name: /Authentication Provider/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Path/ })).toHaveValue('/api/v1');
    expect(screen.getByRole('textbox', { name: /Endpoint/ })).toHaveAttribute(
      'placeholder',
      'https://example.{region}.amazonaws.com'
    );
    expect(latest().jsonData.authType).toBeDefined();
    expect(latest().jsonData.path).toBe('/api/v1');
  });

  it('keeps the plugin settings when AWS settings change, and the reverse', async () => {
    const { user, latest } = renderPage({ ...saved, jsonData: { ...saved.jsonData, authType: 'default' } });
    await user.type(screen.getByRole('textbox', { name: /Endpoint/ }), 'https://vpce.example');
    await user.clear(screen.getByRole('textbox', { name: /Path/ }));
    await user.type(screen.getByRole('textbox', { name: /Path/ }), '/api/v2');

    expect(latest().jsonData).toMatchObject({ authType: 'default', endpoint: 'https://vpce.example', path: '/api/v2' });
    expect(latest().secureJsonFields).toEqual({ apiKey: true });
  });
});
