import { type SettingName, type SettingRow, rowOf, settingsTable } from '../../src/model/settingsTable';
import type { AwsAuthDataSourceSettings, AwsAuthJsonData } from '../../src/model/types';
import { makeOptions } from '../../test/support/options';

/**
 * A data source as Grafana hands it to a plugin's ConfigEditor. `uid` and the plugin's own jsonData
 * key (`customMetricsNamespaces`) are there so that a story shows they survive every edit.
 */
export function dataSource(overrides: Partial<AwsAuthDataSourceSettings> = {}): AwsAuthDataSourceSettings {
  return makeOptions({
    url: '',
    ...overrides,
    // A plugin's own key, which AwsAuthJsonData does not name.
    jsonData: { customMetricsNamespaces: 'MyApp', ...overrides.jsonData } as AwsAuthJsonData,
  });
}

const names = Object.keys(settingsTable) as SettingName[];
const stored = (store: SettingRow['store']) => names.filter((name) => rowOf(name).store === store);

/** Keys the AWS section may write (the settings table's). Anything else in `options` belongs to the plugin or to Grafana. */
export const ownedKeys = {
  jsonData: stored('jsonData'),
  secureJsonData: stored('secureJsonData'),
  secureJsonFields: stored('secureJsonData'),
};

export type OptionsPart = keyof typeof ownedKeys;
