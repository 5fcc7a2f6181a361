import { config } from '@grafana/runtime';
import { afterEach } from 'vitest';
import { server } from 'vitest/browser';

import { recorderIn } from './recorder';

/**
 * Story runs in Chromium (Vitest only, never the built Storybook): after each story's play
 * function, what a Save would send and the server it ran under go to
 * node_modules/.cache/story-options/, where the backend contract loads them with grafana-aws-sdk.
 */
afterEach(async ({ task }) => {
  if (!document.querySelector('[data-story-host]')) {
    return;
  }
  const recorder = recorderIn(document.body);
  const name = `${task.file.name} ${task.name}`;
  const record = {
    story: name,
    options: recorder.latest(),
    server: {
      awsAllowedAuthProviders: config.awsAllowedAuthProviders,
      awsAssumeRoleEnabled: config.awsAssumeRoleEnabled,
      awsPerDatasourceHTTPProxyEnabled: config.awsPerDatasourceHTTPProxyEnabled,
      featureToggles: config.featureToggles,
      namespace: config.namespace,
    },
  };
  const file = name.replace(/[^\w-]+/g, '_').slice(0, 120);
  await server.commands.writeFile(`node_modules/.cache/story-options/${file}.json`, JSON.stringify(record));
});
