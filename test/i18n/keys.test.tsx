import { t as grafanaT } from '@grafana/i18n';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n, { type PostProcessorModule } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { extract } from '../../scripts/i18n-extract.mjs';
import { ConnectionDiagnosis } from '../../src/components/ConnectionDiagnosis';
import { translate } from '../../src/components/i18n';
import { ProvisioningSnippet } from '../../src/components/ProvisioningSnippet';
import { awsAuthExtras } from '../../src/extras';
import { diagnoseAwsError } from '../../src/model/diagnose';
import { parseAccessKeyFile } from '../../src/model/keyFile';
import { awsRegionNames } from '../../src/model/regionNames';
import { regionOptions } from '../../src/model/regionOptions';
import { readSettings } from '../../src/model/settings';
import type { AwsAuthJsonData } from '../../src/model/types';
import errors from '../fixtures/aws-errors.json';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { grafanaCloud, serverSettings } from '../support/server';

/**
 * The other half of scripts/i18n-extract.mjs: every (key, English text) pair that really passes
 * through i18next while the editor renders in many situations and the model words its findings,
 * diagnoses and key-file errors must be one the script found, with the same text. A key built in
 * a way the script misses, or a <Trans> whose text the script writes differently, fails here.
 */
const seen = new Map<string, Set<string>>();
const recorder: PostProcessorModule = {
  type: 'postProcessor',
  name: 'record-keys',
  process(value: string, key: string | string[], options: { defaultValue?: unknown }) {
    for (const k of Array.isArray(key) ? key : [key]) {
      if (typeof options?.defaultValue === 'string') {
        const texts = seen.get(k) ?? new Set<string>();
        texts.add(options.defaultValue);
        seen.set(k, texts);
      }
    }
    return value;
  },
};

const { messages, problems } = extract();

beforeAll(() => {
  grafanaT('grafana-aws-auth.warm-up', 'warm up'); // initialises Grafana's default instance
  i18n.use(recorder);
  i18n.options.postProcess = ['record-keys'];
  seen.clear();
});
afterAll(() => {
  i18n.options.postProcess = [];
});

const situations: Array<[string, Partial<AwsAuthJsonData>, Record<string, boolean>?]> = [
  ['no provider', {}],
  ['default chain', { authType: 'default', defaultRegion: 'eu-west-1' }],
  ['keys', { authType: 'keys', defaultRegion: 'us-east-1' }, { accessKey: true, secretKey: true }],
  ['keys, nothing stored', { authType: 'keys' }],
  [
    'credentials file with a role',
    {
      authType: 'credentials',
      profile: 'profile prod',
      assumeRoleArn: 'arn:aws:iam::123456789012:role/reader',
      externalId: 'x',
      endpoint: 'http://user:pw@sts.amazonaws.com',
      defaultRegion: 'eu',
    },
  ],
  ['workspace role', { authType: 'ec2_iam_role', assumeRoleArn: 'reader', endpoint: 'default' }],
  ['legacy', { authType: 'arn' } as Partial<AwsAuthJsonData>],
  ['fips', { authType: 'default', endpoint: 'https://monitoring-fips.us-east-1.amazonaws.com' }],
  ['proxy url', { authType: 'default', proxyType: 'url', proxyUrl: 'ftp://x' } as Partial<AwsAuthJsonData>],
  ['proxy env', { authType: 'default', proxyType: 'env' } as Partial<AwsAuthJsonData>],
  [
    'opt-in region',
    { authType: 'keys', assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/r', defaultRegion: 'af-south-1' },
  ],
];

describe('every key the code translates at run time is one the extraction script lists', () => {
  it('the script resolves every site', () => {
    expect(problems).toEqual([]);
  });

  it('the editor in many situations, its extras, the model', async () => {
    for (const allowed of [['default', 'keys', 'credentials', 'ec2_iam_role'], ['default']]) {
      for (const assumeRoleEnabled of [true, false]) {
        serverSettings({ allowed, assumeRoleEnabled, httpProxy: true });
        for (const [, jsonData, secureJsonFields] of situations) {
          const view = renderEditor(
            makeOptions({ jsonData: jsonData as AwsAuthJsonData, secureJsonFields: secureJsonFields ?? {} }),
            { extras: awsAuthExtras, showHttpProxySettings: true }
          );
          view.unmount();
        }
      }
    }
    grafanaCloud();
    renderEditor(makeOptions({ jsonData: { authType: 'grafana_assume_role' } as AwsAuthJsonData }), {
      extras: awsAuthExtras,
    }).unmount();

    const user = userEvent.setup();
    for (const entry of (errors as { entries: Array<{ message: string; settings?: object }> }).entries) {
      diagnoseAwsError(entry.message, entry.settings ?? {}, translate);
    }
    const options = makeOptions({ jsonData: { authType: 'keys' }, secureJsonFields: { secretKey: true } });
    const shown = render(
      <>
        <ConnectionDiagnosis view={readSettings(options)} message="trying to use non-allowed auth method keys" />
        <ProvisioningSnippet options={options} />
      </>
    );
    for (const button of shown.getAllByRole('button')) {
      await user.click(button);
    }
    shown.unmount();
    for (const text of [
      '',
      'a,b\n1,2',
      'Access key ID,Secret access key\n',
      'Access key ID,Secret access key\nx,y',
      'x'.repeat(100000),
    ]) {
      parseAccessKeyFile(text, translate);
    }
    regionOptions(Object.keys(awsRegionNames), awsRegionNames, translate);

    const ours = [...seen].filter(([key]) => key.startsWith('grafana-aws-auth.') && key !== 'grafana-aws-auth.warm-up');
    expect(ours.length).toBeGreaterThan(150);
    const wrong = ours.flatMap(([key, texts]) =>
      [...texts]
        .filter((text) => messages.get(key)?.text !== text)
        .map((text) => ({ key, runtime: text, script: messages.get(key)?.text }))
    );
    expect(wrong).toEqual([]);
  });
});
