// @grafana/plugin-ui's DataSourcePicker imports these from @grafana/plugin-compat, which re-exports
// @grafana/runtime functions that only newer Grafana hosts provide. Bundlers outside Grafana reject
// the missing names, so Storybook gets these stand-ins. The AWS section never renders the picker.
function unavailable(): never {
  throw new Error('Data source lookups need a running Grafana; Storybook has none.');
}

export const useDataSourceInstanceList = unavailable;
export const useDataSourceInstanceListItem = unavailable;
