import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DataSourceSettings } from '@grafana/data';
import { ConfigEditor } from './ConfigEditor';
import { MyDataSourceOptions, MySecureJsonData } from '../types';

// Written by scripts/test-scaffold.mjs into the scaffolded plugin: a test of the plugin's ConfigEditor
// as a plugin author writes it, run by the scaffold's own Jest.
const options: DataSourceSettings<MyDataSourceOptions, MySecureJsonData> = {
  id: 1,
  uid: 'abc',
  orgId: 1,
  name: 'My AWS data source',
  typeLogoUrl: '',
  type: 'example-awsauth-datasource',
  typeName: 'AWS auth check',
  access: 'proxy',
  url: '',
  user: '',
  database: '',
  basicAuth: false,
  basicAuthUser: '',
  isDefault: false,
  jsonData: { path: '/api/v1', authType: 'default', defaultRegion: 'us-east-1' },
  secureJsonFields: { apiKey: true },
  readOnly: false,
  withCredentials: false,
};

describe('ConfigEditor with grafana-aws-auth', () => {
  it('renders the AWS section with its provider select', () => {
    render(<ConfigEditor options={options} onOptionsChange={jest.fn()} />);

    expect(screen.getByTestId('connection-config')).toBeInTheDocument();
    expect(screen.getByLabelText('Authentication Provider')).toBeInTheDocument();
    expect(screen.getByLabelText('Path')).toHaveValue('/api/v1');
  });

  it('writes an AWS setting and keeps the plugin settings', () => {
    const onOptionsChange = jest.fn();
    render(<ConfigEditor options={options} onOptionsChange={onOptionsChange} />);

    fireEvent.change(screen.getByRole('textbox', { name: /^Endpoint/ }), {
      target: { value: 'https://vpce.example.com' },
    });

    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        jsonData: expect.objectContaining({
          endpoint: 'https://vpce.example.com',
          authType: 'default',
          defaultRegion: 'us-east-1',
          path: '/api/v1',
        }),
        secureJsonFields: { apiKey: true },
      })
    );
  });
});
