/**
 * An author switching from `@grafana/aws-sdk` keeps their props and saved keys (Grafana Assume Role
 * and the HTTP proxy included, with no extras): each test performs the same user action in the
 * peer's editor and in ours and compares what gets saved.
 */
import {
  ConnectionConfig as PeerConnectionConfig,
  type ConnectionConfigProps as PeerProps,
  SIGV4ConnectionConfig as PeerSigV4,
} from '@grafana/aws-sdk';
import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ConnectionConfig, type ConnectionConfigProps } from '../../src/components/ConnectionConfig';
import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { withPeerHost } from '../support/peer';
import { pick } from '../support/select';
import { serverSettings } from '../support/server';

// The peer needs a plugin context and an app event bus to render at all.
const context = withPeerHost();

type Editor = typeof ConnectionConfig | typeof PeerConnectionConfig | typeof SIGV4ConnectionConfig | typeof PeerSigV4;

/** Renders one editor, runs `act` on it, and returns what a Save would send. Cleans up after. */
async function saved(
  Component: Editor,
  options: AwsAuthDataSourceSettings,
  props: Record<string, unknown>,
  act: (user: ReturnType<typeof renderHost>['user']) => Promise<void>
) {
  const host = renderHost(Component, options, props, { context });
  await act(host.user);
  const result = host.latest();
  cleanup();
  return result;
}

describe('an aws-sdk author’s props work unchanged', () => {
  it('accepts every prop of the peer’s ConnectionConfig (checked by the type checker) and renders', () => {
    const peerProps: Omit<PeerProps, 'options' | 'onOptionsChange'> = {
      standardRegions: ['eu-west-1'],
      defaultEndpoint: 'https://monitoring.{region}.amazonaws.com',
      skipHeader: false,
      skipEndpoint: false,
      labelWidth: 28,
      inExperimentalAuthComponent: false,
      externalId: 'stack1',
      hideAssumeRoleArn: false,
      showHttpProxySettings: true,
    };
    const ours: Omit<ConnectionConfigProps, 'options' | 'onOptionsChange'> = peerProps;
    render(
      <ConnectionConfig
        {...ours}
        options={makeOptions({ jsonData: { authType: 'keys' } })}
        onOptionsChange={() => {}}
      />
    );
    expect(screen.getByRole('combobox', { name: /Authentication Provider/ })).toBeInTheDocument();
  });

  it('the peer crashes outside a plugin context; ours renders', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = makeOptions({ jsonData: { authType: 'keys' } });
    expect(() => render(<PeerConnectionConfig options={options as never} onOptionsChange={() => {}} />)).toThrow(
      /PluginContext/
    );
    cleanup();
    expect(() => render(<ConnectionConfig options={options} onOptionsChange={() => {}} />)).not.toThrow();
    vi.mocked(console.error).mockRestore();
  });
});

describe('same action, same saved keys', () => {
  it('HTTP proxy by URL: proxyType, proxyUrl, proxyUsername and the proxy password', async () => {
    serverSettings({ allowed: ['keys'], httpProxy: true });
    const options = makeOptions({ jsonData: { authType: 'keys' } });
    const fill = async (user: ReturnType<typeof renderHost>['user']) => {
      await user.type(screen.getByRole('textbox', { name: /Proxy URL/ }), 'http://proxy:3128');
      await user.type(screen.getByRole('textbox', { name: /Proxy Username/ }), 'me');
      await user.type(screen.getByLabelText(/Proxy Password/), 'pw');
    };
    const peer = await saved(PeerConnectionConfig, options, { showHttpProxySettings: true }, async (user) => {
      await pick(user, /Proxy Type/, 'URL');
      await fill(user);
    });
    const ours = await saved(ConnectionConfig, options, { showHttpProxySettings: true }, async (user) => {
      await pick(user, /Proxy Type/, 'URL');
      await fill(user);
    });
    expect(peer.jsonData).toEqual({
      authType: 'keys',
      proxyType: 'url',
      proxyUrl: 'http://proxy:3128',
      proxyUsername: 'me',
    });
    expect(ours.jsonData).toEqual(peer.jsonData);
    expect(ours.secureJsonData).toEqual(peer.secureJsonData);
  });

  it('access and secret keys', async () => {
    serverSettings({ allowed: ['default', 'keys'] });
    const options = makeOptions({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } });
    const act = async (user: ReturnType<typeof renderHost>['user']) => {
      await pick(user, /Authentication Provider/, /Access & secret key/);
      await user.type(screen.getByLabelText(/Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
      await user.type(screen.getByLabelText(/Secret Access Key/), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    };
    const peer = await saved(PeerConnectionConfig, options, {}, act);
    const ours = await saved(ConnectionConfig, options, {}, act);
    expect(ours.jsonData).toEqual(peer.jsonData);
    expect(ours.secureJsonData).toEqual(peer.secureJsonData);
  });

  it('a new Grafana Cloud data source: Grafana Assume Role in per-data-source mode (ours also fills the ID)', async () => {
    serverSettings({
      allowed: ['grafana_assume_role', 'keys'],
      toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: true },
    });
    const options = makeOptions({ uid: 'dsUid1' });
    const peer = await saved(PeerConnectionConfig, options, { externalId: 'stackABC' }, async () => {});
    const ours = await saved(ConnectionConfig, options, { externalId: 'stackABC' }, async () => {});
    expect(peer.jsonData).toEqual({ authType: 'grafana_assume_role', usePerDatasourceExternalId: true });
    expect(ours.jsonData).toEqual({ ...peer.jsonData, grafanaExternalId: 'stackABC-dsUid1' });
  });

  it('SigV4 keys: the same sigV4* keys, but ours keeps the host’s other secrets', async () => {
    serverSettings({ allowed: ['default', 'keys'] });
    const options = makeOptions({
      type: 'prometheus',
      jsonData: { sigV4Auth: true, sigV4AuthType: 'default', httpMethod: 'POST' } as object,
      secureJsonFields: { basicAuthPassword: true, tlsClientKey: true },
    });
    const act = async (user: ReturnType<typeof renderHost>['user']) => {
      await pick(user, /Authentication Provider/, /Access & secret key/);
      await user.type(screen.getByLabelText(/Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
    };
    const peer = await saved(PeerSigV4, options, {}, act);
    const ours = await saved(SIGV4ConnectionConfig, options, {}, act);

    const sigV4 = (j: object) =>
      Object.fromEntries(Object.entries(j).filter(([k, v]) => k.startsWith('sigV4') && v !== undefined));
    expect(sigV4(ours.jsonData)).toEqual(sigV4(peer.jsonData));
    expect(ours.secureJsonData).toMatchObject({ sigV4AccessKey: 'AKIAIOSFODNN7EXAMPLE' });
    expect(peer.secureJsonData).toMatchObject({ sigV4AccessKey: 'AKIAIOSFODNN7EXAMPLE' });
    // The peer replaces secureJsonFields wholesale, so Grafana would forget the stored basic auth
    // password and TLS key on save. Ours leaves them as they were.
    expect(peer.secureJsonFields).not.toHaveProperty('basicAuthPassword');
    expect(ours.secureJsonFields).toEqual(options.secureJsonFields);
    expect(ours.jsonData).toMatchObject({ sigV4Auth: true, httpMethod: 'POST' });
  });
});
