import { DataSourceTestFailed, DataSourceTestSucceeded, EventBusSrv } from '@grafana/data';
import { type EchoSrv, getAppEvents, setAppEvents, setEchoSrv } from '@grafana/runtime';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ConnectionConfig } from '../../src/components/ConnectionConfig';
import { SaveReporter } from '../../src/components/SaveReporter';
import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { pluginContext, renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { pick } from '../support/select';

let bus: EventBusSrv;
const addEvent = vi.fn();
const originalBus = getAppEvents();

beforeEach(() => {
  bus = new EventBusSrv();
  setAppEvents(bus);
  addEvent.mockReset();
  setEchoSrv({ addEvent } as unknown as EchoSrv);
});
afterEach(() => setAppEvents(originalBus));

// Save reporting is an opt-in extra: these tests pass it, one checks that nothing is reported without it.
const reporting = { extras: { SaveReporter } };
const reported = () => addEvent.mock.calls.map(([event]) => event.payload);
const publish = (event: DataSourceTestSucceeded | DataSourceTestFailed) => act(() => bus.publish(event));

describe('reporting each "Save & test" to usage analytics', () => {
  it('reports grafana_plugin_aws_save with the auth type and result through the plugin reporter', () => {
    renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
      context: pluginContext('cloudwatch', 'DS1'),
    });
    publish(new DataSourceTestSucceeded());
    publish(new DataSourceTestFailed());
    expect(reported()).toEqual([
      {
        interactionName: 'grafana_plugin_aws_save',
        properties: expect.objectContaining({
          auth_type: 'keys',
          result: 'succeeded',
          plugin_id: 'cloudwatch',
          datasource_uid: 'DS1',
        }),
      },
      expect.objectContaining({ properties: expect.objectContaining({ auth_type: 'keys', result: 'failed' }) }),
    ]);
  });

  it('reports the provider in use at the time of the test, and stops after unmount', async () => {
    const { user, unmount } = renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
      context: pluginContext(),
    });
    await pick(user, /Authentication Provider/, /Credentials file/);
    publish(new DataSourceTestSucceeded());
    expect(reported()[0].properties.auth_type).toBe('credentials');
    unmount();
    publish(new DataSourceTestSucceeded());
    expect(reported()).toHaveLength(1);
  });

  it('reports the SigV4 provider for SigV4 editors', () => {
    renderHost(
      SIGV4ConnectionConfig,
      makeOptions({ type: 'prometheus', jsonData: { sigV4AuthType: 'ec2_iam_role' } as object }),
      reporting,
      {
        context: pluginContext('prometheus'),
      }
    );
    publish(new DataSourceTestFailed());
    expect(reported()[0].properties).toMatchObject({ auth_type: 'ec2_iam_role', result: 'failed' });
  });

  it('is off unless the plugin passes the extra', () => {
    renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), {}, { context: pluginContext() });
    publish(new DataSourceTestSucceeded());
    expect(addEvent).not.toHaveBeenCalled();
  });

  it('does nothing, and renders normally, outside a plugin context', () => {
    const { getByRole } = renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting);
    publish(new DataSourceTestSucceeded());
    expect(addEvent).not.toHaveBeenCalled();
    expect(getByRole('combobox', { name: /Authentication Provider/ })).toBeInTheDocument();
  });

  it('does nothing and never throws without an app event bus or with a broken one', () => {
    setAppEvents(undefined as never);
    expect(() =>
      renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
        context: pluginContext(),
      })
    ).not.toThrow();
    setAppEvents({
      subscribe: () => {
        throw new Error('no');
      },
    } as never);
    expect(() =>
      renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
        context: pluginContext(),
      })
    ).not.toThrow();
    expect(addEvent).not.toHaveBeenCalled();
  });

  it('never lets a failing analytics service break the page', () => {
    addEvent.mockImplementation(() => {
      throw new Error('analytics down');
    });
    renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
      context: pluginContext(),
    });
    expect(() => publish(new DataSourceTestSucceeded())).not.toThrow();
    expect(addEvent).toHaveBeenCalledTimes(1);
  });

  it("skips a plugin context without plugin info instead of crashing in Grafana's reporter", () => {
    const partial = { meta: { id: 'x' } } as never;
    const { getByRole } = renderHost(ConnectionConfig, makeOptions({ jsonData: { authType: 'keys' } }), reporting, {
      context: partial,
    });
    publish(new DataSourceTestSucceeded());
    expect(addEvent).not.toHaveBeenCalled();
    expect(getByRole('combobox', { name: /Authentication Provider/ })).toBeInTheDocument();
  });
});
