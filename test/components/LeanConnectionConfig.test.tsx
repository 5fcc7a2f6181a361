import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { GrafanaAssumeRoleFields } from '../../src/components/GrafanaAssumeRoleFields';
import { HttpProxySettings } from '../../src/components/HttpProxySettings';
import { LeanConnectionConfig } from '../../src/components/LeanConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';
import { editable, provisioned, tryEverything } from '../support/provisioned';
import { openOptions } from '../support/select';
import { grafanaCloud, serverSettings } from '../support/server';

// LeanConnectionConfig is ConnectionConfig without Grafana Assume Role and the HTTP proxy built in:
// a plugin passes each as an extra. These tests render it with and without them.
const lean = { editor: LeanConnectionConfig };

const GAR = 'grafana_assume_role';
const ARN = 'arn:aws:iam::123456789012:role/grafana';
const cloud = grafanaCloud;

const keys = { authType: 'keys' as const, defaultRegion: 'eu-west-1' };
const proxyType = () => screen.queryByRole('combobox', { name: 'Proxy Type' });

const NOTE = /This data source is provisioned/;

describe('Grafana Assume Role, given its extra', () => {
  it('is offered and written given the extra, as by ConnectionConfig', () => {
    cloud();
    const extras = { GrafanaAssumeRole: GrafanaAssumeRoleFields };
    const { calls } = renderEditor(makeOptions({ uid: 'dsUid1' }), { externalId: 'stackABC', extras }, lean);
    expect(calls.map((c) => c.jsonData)).toEqual([
      { authType: GAR, usePerDatasourceExternalId: true, grafanaExternalId: 'stackABC-dsUid1' },
    ]);
    expect(screen.getByRole('textbox', { name: 'External ID' })).toHaveValue('stackABC-dsUid1');
  });
});

describe('Grafana Assume Role without its extra', () => {
  it('is not offered, so a new data source starts with the first provider the server lists after it', async () => {
    cloud();
    const { calls, user } = renderEditor(makeOptions({ uid: 'dsUid1' }), { externalId: 'stackABC' }, lean);
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: 'keys' }]);
    expect(await openOptions(user, /Authentication Provider/)).toEqual(['Access & secret key', 'AWS SDK Default']);
  });

  it('keeps a saved Grafana Assume Role untouched and says this page cannot edit it', () => {
    cloud();
    const saved = makeOptions({ jsonData: { authType: GAR, assumeRoleArn: ARN, grafanaExternalId: 's-1' } });
    const { calls } = renderEditor(saved, { externalId: 's' }, lean);
    expect(calls).toHaveLength(0);
    expect(screen.getByText('This page cannot edit Grafana Assume Role')).toBeInTheDocument();
    expect(screen.queryByText(/is not allowed on this Grafana server/)).not.toBeInTheDocument();
    // Neither its own fields nor the ordinary assume-role fields, which would edit other keys.
    expect(screen.queryByRole('textbox', { name: /Role ARN/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /External ID/ })).not.toBeInTheDocument();
  });
});

describe('the HTTP proxy, given its extra or not', () => {
  it('is shown by LeanConnectionConfig given the HttpProxy extra', () => {
    serverSettings({ httpProxy: true });
    renderEditor(
      makeOptions({ jsonData: keys }),
      { showHttpProxySettings: true, extras: { HttpProxy: HttpProxySettings } },
      lean
    );
    expect(proxyType()).not.toBeNull();
  });

  it('is not shown by LeanConnectionConfig without the HttpProxy extra, and the plugin author is told once why', () => {
    serverSettings({ httpProxy: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { calls } = renderEditor(makeOptions({ jsonData: keys }), { showHttpProxySettings: true }, lean);
      renderEditor(makeOptions({ jsonData: keys }), { showHttpProxySettings: true }, lean);
      expect(proxyType()).toBeNull();
      expect(calls).toHaveLength(0);
      const proxyWarnings = warn.mock.calls.filter((args) => String(args[0]).includes('showHttpProxySettings'));
      // Two editors, one warning: it is said once per page.
      expect(proxyWarnings).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('a provisioned data source (readOnly: true)', () => {
  it('LeanConnectionConfig threads readOnly to its sections the same way', async () => {
    const { user, calls } = renderEditor(
      provisioned(
        { authType: 'keys', endpoint: 'https://vpce.example.com' },
        { secureJsonFields: { secretKey: true } }
      ),
      { extras: awsAuthExtras },
      { editor: LeanConnectionConfig }
    );
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(editable()).toEqual([]);
    await tryEverything(user);
    expect(calls).toHaveLength(0);
  });
});
