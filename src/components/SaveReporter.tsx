import { PluginContext, type PluginContextType, isDataSourcePluginContext } from '@grafana/data';
import { usePluginInteractionReporter } from '@grafana/runtime';
import { Component, type ReactNode, useContext } from 'react';

import { useSaveReporter } from './useSaveReporter';

export interface SaveReporterProps {
  /** The saved provider, reported as `auth_type`. */
  authType: unknown;
}

/** Grafana's reporter reads the plugin's metadata and throws when parts are missing: check first. */
function hasPluginInfo(context: PluginContextType | undefined): context is PluginContextType {
  if (!context) {
    return false;
  }
  const meta = isDataSourcePluginContext(context) ? context.instanceSettings?.meta : context.meta;
  return typeof meta === 'object' && meta !== null && typeof meta.info === 'object' && meta.info !== null;
}

/**
 * Reports save results through Grafana's plugin interaction reporter. That reporter only exists
 * inside a plugin, so outside one (Storybook, tests, a custom page) this renders nothing at all.
 */
export function SaveReporter({ authType }: SaveReporterProps) {
  const context = useContext(PluginContext);
  if (!hasPluginInfo(context)) {
    return null;
  }
  return (
    <Silent>
      <WithReporter authType={authType} />
    </Silent>
  );
}

function WithReporter({ authType }: SaveReporterProps) {
  const report = usePluginInteractionReporter();
  useSaveReporter(authType, report);
  return null;
}

/** Analytics must never take the configuration page down with it. */
class Silent extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
