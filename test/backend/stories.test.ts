import { describe, expect, it } from 'vitest';

import { resolveCredentialChain } from '../../src/model/credentialChain';
import { resolvePolicy } from '../../src/model/server';
import { readSettings } from '../../src/model/settings';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { differences } from './support/compare';
import { type BackendCase, readStoryOptions, resolveCases, sharedFiles } from './support/resolver.mjs';
import { credentialsFile, harnessEnv, storedSecrets } from './support/sessions';

/**
 * Every story's final options (written by the story run in Chromium, stories/support/captureForBackend.ts),
 * loaded by grafana-aws-sdk under the server the story ran with, and compared with what the editor says.
 */

const stories = readStoryOptions();
const env = harnessEnv(sharedFiles(credentialsFile));

function toCase(
  id: string,
  options: AwsAuthDataSourceSettings,
  allowed: string[],
  assumeRoleEnabled: boolean,
  httpProxy: boolean,
  stackExternalId: string
): BackendCase {
  const secureJsonData = storedSecrets(options);
  return {
    id,
    jsonData: JSON.parse(JSON.stringify(options.jsonData ?? {})) as Record<string, unknown>,
    secureJsonData,
    database: typeof options.database === 'string' ? options.database : '',
    server: {
      allowedAuthProviders: allowed,
      assumeRoleEnabled,
      externalId: stackExternalId,
      httpProxyEnabled: httpProxy,
    },
  };
}

describe('the final options of every story', () => {
  it('were written by the story run (npm test runs the stories before the backend)', () => {
    expect(stories.length, 'run the stories in Chromium first: npx vitest run --project storybook').toBeGreaterThan(30);
  });

  it('load in grafana-aws-sdk v1.5.2 exactly as the editor says', () => {
    const prepared = stories.map((story, i) => {
      const policy = resolvePolicy(story.server);
      const list = story.server.awsAllowedAuthProviders;
      // What grafana.ini sends the backend: the admin's list, or its default when there is none.
      const allowed = Array.isArray(list) && list.length > 0 ? (list as string[]) : ['default', 'keys', 'credentials'];
      const namespace = typeof story.server.namespace === 'string' ? story.server.namespace : '';
      const stack = namespace.startsWith('stacks-') ? namespace.slice('stacks-'.length) : '';
      const backendCase = toCase(
        String(i),
        story.options,
        allowed,
        policy.assumeRoleEnabled,
        policy.httpProxyEnabled,
        stack
      );
      const statement = resolveCredentialChain(readSettings(story.options), {
        allowedAuthProviders: allowed,
        assumeRoleEnabled: policy.assumeRoleEnabled,
        stackExternalId: stack,
        httpProxyEnabled: policy.httpProxyEnabled,
      });
      return { story: story.story, backendCase, statement };
    });
    const results = resolveCases(
      prepared.map((p) => p.backendCase),
      { mode: 'record', env }
    );
    const differing = results.flatMap((r, i) => {
      const diff = differences(prepared[i]!.statement, r, {
        stackExternalId: prepared[i]!.backendCase.server.externalId,
      });
      return diff.length ? [`${prepared[i]!.story}:\n  ${diff.join('\n  ')}`] : [];
    });
    expect(differing.join('\n')).toBe('');
  });
});
