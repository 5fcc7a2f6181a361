import React from 'react';
import { LANGUAGES } from '@grafana/i18n';
import { render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { DataSourceSettings } from '@grafana/data';
import { ConfigEditor } from './ConfigEditor';
import { initTranslations } from '../translations';
import { MyDataSourceOptions, MySecureJsonData } from '../types';

const saved = {
  id: 1,
  uid: 'abc',
  orgId: 1,
  name: 'My AWS data source',
  type: 'example-aws-datasource',
  access: 'proxy',
  jsonData: { path: '/api/v1', authType: 'default' },
  secureJsonFields: {},
} as unknown as DataSourceSettings<MyDataSourceOptions, MySecureJsonData>;

// Grafana in Japanese: Grafana has set up the shared i18next instance with its own texts before the
// plugin loads; the plugin's module then runs initTranslations (the packed package's locale chunk).
beforeAll(async () => {
  await i18n.init({
    lng: 'ja-JP',
    fallbackLng: 'en-US',
    resources: { 'ja-JP': { grafana: { 'common.save': '保存' } } },
    supportedLngs: LANGUAGES.map((l) => l.code),
  });
  await initTranslations();
});

it('shows the AWS section in the language Grafana runs in', () => {
  render(<ConfigEditor options={saved} onOptionsChange={() => {}} />);
  expect(screen.getByRole('heading', { name: '接続の詳細' })).toBeInTheDocument();
  expect(document.body.textContent).not.toContain('Authentication Provider');
});
