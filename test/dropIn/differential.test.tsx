/**
 * Drop-in, checked side by side: each situation is rendered with `@grafana/aws-sdk`'s editor and
 * with ours, with no extras (an author changes only the import), and queried the way plugin
 * authors' unit and e2e tests query: test id, label text, role and name, id, display value, option
 * text. The answers, and the keys written, must be the same.
 */
import { PluginContext } from '@grafana/data';
import {
  ConnectionConfig as PeerConnectionConfig,
  SIGV4ConnectionConfig as PeerSigV4,
  standardRegions as peerRegions,
} from '@grafana/aws-sdk';
import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ConnectionConfig } from '../../src/components/ConnectionConfig';
import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import type { AwsAuthDataSourceSettings, AwsAuthJsonData, ProxyType } from '../../src/model/types';
import { renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { PEER_IDS, withPeerHost } from '../support/peer';
import { pick, selectedText, shownOptions } from '../support/select';
import { serverSettings } from '../support/server';

// The peer needs a plugin context and an app event bus to render at all.
const context = withPeerHost();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editor = React.ComponentType<any>;
const editors: Array<[string, Editor]> = [
  ['@grafana/aws-sdk', PeerConnectionConfig],
  ['grafana-aws-auth', ConnectionConfig],
];

/** The field names plugin authors' tests look for as text. */
const NAMES = [
  'Authentication Provider',
  'Credentials Profile Name',
  'Access Key ID',
  'Secret Access Key',
  'Assume Role ARN',
  'External ID',
  'Per Data Source External ID',
  'Endpoint',
  'Default Region',
  'Proxy Type',
  'Proxy URL',
  'Proxy Username',
  'Proxy Password',
  'Connection Details',
];

/** What a plugin author's queries find on the page now, as plain data to compare. */
function probe(displayValues: string[] = []) {
  const root = screen.queryByTestId('connection-config');
  const byId = (id: string) => {
    const el = document.getElementById(id);
    return el ? `${el.tagName.toLowerCase()}${el.hasAttribute('readonly') ? ' readonly' : ''}` : null;
  };
  return {
    testId: root !== null,
    provider: screen.queryByLabelText('Authentication Provider')?.id ?? null,
    ids: Object.fromEntries(PEER_IDS.map((id) => [id, byId(id)])),
    names: Object.fromEntries(NAMES.map((name) => [name, screen.queryAllByText(name).length > 0])),
    // Which input a label names: one of the peer's stable ids, 'other' for a generated one, or null.
    labelled: Object.fromEntries(
      NAMES.slice(1, -1).map((name) => {
        const id = screen.queryAllByLabelText(new RegExp(`^${name}`))[0]?.id;
        return [name, id === undefined ? null : PEER_IDS.includes(id) ? id : 'other'];
      })
    ),
    displayValues: Object.fromEntries(displayValues.map((v) => [v, screen.queryByDisplayValue(v)?.id ?? null])),
    perDatasourceToggle: screen.queryByTestId('per-ds-external-id-toggle') !== null,
    changeWarning: screen.queryByTestId('grafana-external-id-change-warning') !== null,
    garLink: screen.queryByRole('link', { name: 'Grafana Assume Role' }) !== null,
  };
}

/** Renders `Component` alone, probes it, and cleans up. */
function probeOf(Component: Editor, options: AwsAuthDataSourceSettings, props = {}, values: string[] = []) {
  const host = renderHost(Component, options, props, { context });
  const result = { ...probe(values), written: host.calls.map((c) => c.jsonData) };
  cleanup();
  return result;
}

function sideBySide(options: AwsAuthDataSourceSettings, props: Record<string, unknown> = {}, values: string[] = []) {
  const [peer, ours] = editors.map(([, Component]) => probeOf(Component, options, props, values));
  return { peer: peer!, ours: ours! };
}

describe('the same page for the same saved settings', () => {
  it.each([
    ['AWS SDK Default', { authType: 'default' }],
    ['Access & secret key, nothing stored', { authType: 'keys' }],
    ['Credentials file with a profile', { authType: 'credentials', profile: 'prod' }],
    ['Workspace IAM Role', { authType: 'ec2_iam_role' }],
    ['a role and an external ID', { authType: 'default', assumeRoleArn: 'arn:aws:iam::1:role/r', externalId: 'x-1' }],
    ['an endpoint and a region', { authType: 'keys', endpoint: 'https://vpce.example', defaultRegion: 'eu-west-1' }],
  ] as Array<[string, AwsAuthJsonData]>)('%s', (_, jsonData) => {
    serverSettings({ allowed: ['default', 'keys', 'credentials', 'ec2_iam_role'], assumeRoleEnabled: true });
    const values = ['prod', 'arn:aws:iam::1:role/r', 'x-1', 'https://vpce.example'];
    const { peer, ours } = sideBySide(makeOptions({ jsonData }), {}, values);
    expect(peer.testId).toBe(true);
    expect(ours).toEqual(peer);
  });

  it.each([
    ['skipHeader', { skipHeader: true }],
    ['skipEndpoint', { skipEndpoint: true }],
    ['hideAssumeRoleArn', { hideAssumeRoleArn: true }],
  ])('with %s', (_, props) => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    const { peer, ours } = sideBySide(makeOptions({ jsonData: { authType: 'keys' } }), props);
    expect(ours).toEqual(peer);
  });

  it('settings.go reads assume_role_enabled: with it false, neither page shows Assume Role ARN or External ID', () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: false });
    const { peer, ours } = sideBySide(makeOptions({ jsonData: { authType: 'default' } }));
    expect(peer.ids.assumeRoleArn).toBeNull();
    expect(ours).toEqual(peer);
  });

  it('a new data source gets the first provider grafana.ini allows, written the same way', () => {
    serverSettings({ allowed: ['ec2_iam_role', 'keys', 'credentials'], assumeRoleEnabled: true });
    const { peer, ours } = sideBySide(makeOptions());
    expect(peer.written).toEqual([{ authType: 'ec2_iam_role' }]);
    expect(ours).toEqual(peer);
  });
});

describe('Grafana Assume Role with only the import changed', () => {
  const cloud = () =>
    serverSettings({
      allowed: ['grafana_assume_role', 'keys'],
      toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: true },
      assumeRoleEnabled: true,
    });

  // A data source in per-data-source mode, with its own ID stored.
  const perDatasourceMode = () =>
    makeOptions({
      uid: 'dsUid1',
      jsonData: {
        authType: 'grafana_assume_role',
        assumeRoleArn: 'arn:aws:iam::1:role/g',
        usePerDatasourceExternalId: true,
        grafanaExternalId: 'stackABC-dsUid1',
      },
    });

  it('external_id.go: a data source in per-data-source mode with its ID stored shows that ID read-only, the switch and the docs link', () => {
    cloud();
    const options = perDatasourceMode();
    const { peer, ours } = sideBySide(options, { externalId: 'stackABC' }, ['stackABC-dsUid1', 'stackABC']);
    expect(peer.displayValues['stackABC-dsUid1']).toBe('grafanaExternalId');
    expect(peer.ids.grafanaExternalId).toBe('input readonly');
    expect(ours).toEqual(peer);
  });

  it('external_id.go: a legacy data source (no usePerDatasourceExternalId) uses the stack ID, even with a dormant ID stored', () => {
    cloud();
    const options = makeOptions({
      uid: 'dsUid1',
      jsonData: { authType: 'grafana_assume_role', grafanaExternalId: 'stackABC-dsUid1' },
    });
    const { peer, ours } = sideBySide(options, { externalId: 'stackABC' }, ['stackABC-dsUid1', 'stackABC']);
    expect(peer.displayValues.stackABC).toBe('grafanaExternalId');
    expect(ours).toEqual(peer);
  });

  it('switching to the stack ID warns under the same test id, whether or not the host re-renders', async () => {
    cloud();
    const options = perDatasourceMode();
    for (const [, Component] of editors) {
      // A bare mock, as in most plugin tests: the page never receives the change.
      render(
        <PluginContext.Provider value={context}>
          <Component options={options} onOptionsChange={vi.fn()} externalId="stackABC" />
        </PluginContext.Provider>
      );
      screen.getByTestId('per-ds-external-id-toggle').click();
      expect(await screen.findByTestId('grafana-external-id-change-warning')).toBeInTheDocument();
      cleanup();
    }
  });
});

describe('the HTTP proxy with only the import changed', () => {
  it.each<[ProxyType]>([['env'], ['none'], ['url']])('proxyType %s shows the same fields', (proxyType) => {
    serverSettings({ allowed: ['default', 'keys'], httpProxy: true, assumeRoleEnabled: true });
    const options = makeOptions({ jsonData: { authType: 'keys', proxyType, proxyUrl: 'http://p:3128' } });
    const { peer, ours } = sideBySide(options, { showHttpProxySettings: true }, ['http://p:3128']);
    expect(ours).toEqual(peer);
  });

  it('per_datasource_http_proxy_enabled off: neither shows it', () => {
    serverSettings({ allowed: ['default', 'keys'], httpProxy: false, assumeRoleEnabled: true });
    const { peer, ours } = sideBySide(makeOptions({ jsonData: { authType: 'keys' } }), { showHttpProxySettings: true });
    expect(peer.ids.proxyType).toBeNull();
    expect(ours).toEqual(peer);
  });
});

describe('selects answer the same queries', () => {
  it('the provider select offers the same choices, picked by option text', async () => {
    serverSettings({ allowed: ['default', 'keys', 'credentials'], assumeRoleEnabled: true });
    const offered: string[][] = [];
    const written: unknown[] = [];
    for (const [, Component] of editors) {
      const host = renderHost(Component, makeOptions({ jsonData: { authType: 'default' } }), {}, { context });
      await host.user.click(screen.getByLabelText('Authentication Provider'));
      offered.push(shownOptions().sort());
      await host.user.click(within(document.body).getByText('Credentials file'));
      written.push(host.latest().jsonData);
      cleanup();
    }
    expect(offered[1]).toEqual(offered[0]);
    expect(written[1]).toEqual(written[0]);
  });

  it("keeps the order of a plugin's own region list, and its non-AWS value (IoT SiteWise's Edge) is a plain choice", async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    // GovCloud and China in between: grouped by partition, they would move to the end.
    const regions = ['Edge', 'us-gov-west-1', 'eu-central-1', 'cn-north-1', 'ap-southeast-2'];
    const seen: string[][] = [];
    const written: unknown[] = [];
    for (const [, Component] of editors) {
      const host = renderHost(
        Component,
        makeOptions({ jsonData: { authType: 'default' } }),
        { standardRegions: regions },
        { context }
      );
      await host.user.click(screen.getByRole('combobox', { name: /Default Region/ }));
      seen.push(shownOptions());
      await host.user.click(screen.getByRole('option', { name: 'Edge' }));
      written.push(host.latest().jsonData);
      cleanup();
    }
    expect(seen[0]).toEqual(regions);
    expect(seen[1]).toEqual(seen[0]);
    expect(written[1]).toEqual(written[0]);
  });

  it('with every extra too, a plugin region stays in its place, with no name and no error', async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    const regions = ['Edge', 'us-gov-west-1', 'us-west-2'];
    const host = renderHost(
      ConnectionConfig,
      makeOptions({ jsonData: { authType: 'default', defaultRegion: 'Edge' } }),
      { standardRegions: regions, extras: awsAuthExtras },
      { context }
    );
    const region = screen.getByRole('combobox', { name: 'Default Region' });
    expect(region).toHaveAttribute('aria-invalid', 'false');
    await host.user.click(region);
    expect(shownOptions()).toEqual(['Edge', 'AWS GovCloud (US-West) us-gov-west-1', 'US West (Oregon) us-west-2']);
    expect(host.calls).toHaveLength(0);
  });

  it('shows a data source saved with any region the peer offers, even one newer than our list', () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    for (const region of peerRegions) {
      const options = makeOptions({ jsonData: { authType: 'default', defaultRegion: region } });
      render(<ConnectionConfig options={options} onOptionsChange={vi.fn()} />);
      expect(selectedText(/^Default Region/)).toBe(region);
      cleanup();
    }
  });
});

describe('ids: stable with one editor, unique with two', () => {
  it('the SigV4 editor alone has the same ids and names as the peer’s', () => {
    serverSettings({ allowed: ['credentials', 'keys'], assumeRoleEnabled: true });
    const options = makeOptions({
      type: 'prometheus',
      jsonData: { sigV4Auth: true, sigV4AuthType: 'keys', sigV4AssumeRoleArn: 'arn:test' } as object,
    });
    const [peer, ours] = [PeerSigV4, SIGV4ConnectionConfig].map((C) => probeOf(C, options, {}, ['arn:test']));
    expect({ ...ours, testId: true }).toEqual({ ...peer, testId: true });
  });

  it('a SigV4 editor beside the main one gets ids of its own, so every label still names one input', () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    const main = makeOptions({ jsonData: { authType: 'keys', sigV4AuthType: 'keys' } as object });
    render(
      <>
        <ConnectionConfig options={main} onOptionsChange={vi.fn()} />
        <SIGV4ConnectionConfig options={main} onOptionsChange={vi.fn()} />
      </>
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The first editor keeps the plain ids authors' tests use.
    expect(document.getElementById('accessKeyId')).toBeInTheDocument();
    expect(screen.getAllByRole('combobox', { name: 'Authentication Provider' })).toHaveLength(2);
    expect(screen.getAllByLabelText('Access Key ID')).toHaveLength(2);
  });

  it('after the first editor unmounts, the next one takes the plain ids', () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    const options = makeOptions({ jsonData: { authType: 'keys' } });
    const first = render(<ConnectionConfig options={options} onOptionsChange={vi.fn()} />);
    first.unmount();
    render(<ConnectionConfig options={options} onOptionsChange={vi.fn()} />);
    expect(document.getElementById('accessKeyId')).toBeInTheDocument();
  });
});

describe('exact names, where ours is stricter than the peer', () => {
  it('every field’s accessible name is its label alone; the description is its accessible description', () => {
    serverSettings({ allowed: ['default', 'keys', 'credentials'], assumeRoleEnabled: true });
    render(<ConnectionConfig options={makeOptions({ jsonData: { authType: 'keys' } })} onOptionsChange={vi.fn()} />);
    for (const name of ['Access Key ID', 'Secret Access Key', 'Assume Role ARN', 'External ID', 'Endpoint']) {
      const input = screen.getByLabelText(name);
      expect(input).toHaveAccessibleName(name);
      expect(input).toHaveAccessibleDescription(/\w/);
    }
    expect(screen.getByRole('combobox', { name: 'Default Region' })).toHaveAccessibleDescription(/region/);
    expect(screen.getByRole('combobox', { name: 'Authentication Provider' })).toBeInTheDocument();
  });

  it('keys typed in the peer’s way are written to the same secureJsonData keys', async () => {
    serverSettings({ allowed: ['default', 'keys'], assumeRoleEnabled: true });
    const saved: unknown[] = [];
    for (const [, Component] of editors) {
      const host = renderHost(Component, makeOptions({ jsonData: { authType: 'default' } }), {}, { context });
      await pick(host.user, /Authentication Provider/, /Access & secret key/);
      await host.user.type(screen.getByLabelText(/^Access Key ID/), 'AKIAIOSFODNN7EXAMPLE');
      await host.user.type(screen.getByLabelText(/^Secret Access Key/), 'wJalrXUtnFEMI');
      saved.push({ jsonData: host.latest().jsonData, secureJsonData: host.latest().secureJsonData });
      cleanup();
    }
    expect(saved[1]).toEqual(saved[0]);
  });
});
