import { DataSourcePlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { loadAwsAuthTranslations } from 'grafana-aws-auth';
import { DataSource } from './datasource';
import { ConfigEditor } from './components/ConfigEditor';
import { QueryEditor } from './components/QueryEditor';
import { MyQuery, MyDataSourceOptions } from './types';
import pluginJson from './plugin.json';

// Written by scripts/test-scaffold.mjs over the scaffold's module.ts: the one line README
// "Translations" asks a plugin author for (a plugin with translations of its own lists its loader too).
await initPluginTranslations(pluginJson.id, [loadAwsAuthTranslations]);

export const plugin = new DataSourcePlugin<DataSource, MyQuery, MyDataSourceOptions>(DataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
