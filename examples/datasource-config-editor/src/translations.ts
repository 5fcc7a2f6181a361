import { initPluginTranslations } from '@grafana/i18n';
import { loadAwsAuthTranslations } from 'grafana-aws-auth';

// What the plugin's module.ts awaits before it exports the plugin: its own loaders (none here)
// and the AWS section's, in the namespace Grafana gives the plugin.
export const initTranslations = () => initPluginTranslations('example-aws-datasource', [loadAwsAuthTranslations]);
