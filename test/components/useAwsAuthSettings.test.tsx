import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { useAwsAuthSettings } from '../../src/components/useAwsAuthSettings';
import type { AwsAuthEdit } from '../../src/model/edit';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { makeOptions } from '../support/options';
import { serverSettings } from '../support/server';

// The hook is what a plugin author builds a custom layout on: these tests hold it to what the
// editor promises, with no component in between, against the real @grafana/runtime config.

interface PageProps {
  externalId?: string;
}

/**
 * Runs the hook the way a plugin's ConfigEditor page does: the page owns `options` and, like
 * Grafana's, applies each reported change (`apply`), or drops it (`ignore`: a page that does not
 * pass updates back, and builds a new `options` object with the same settings on every render).
 * Every `onOptionsChange` call is recorded. React's StrictMode runs each effect twice on mount, as
 * in a plugin's development build: "once" must hold there too.
 */
function renderSettings(initial: AwsAuthDataSourceSettings, host: 'apply' | 'ignore' = 'apply') {
  const calls: AwsAuthDataSourceSettings[] = [];
  function useEditorPage({ externalId }: PageProps) {
    const [options, setOptions] = useState(initial);
    return useAwsAuthSettings({
      options: host === 'apply' ? options : { ...options },
      externalId,
      onOptionsChange: (next) => {
        calls.push(next);
        if (host === 'apply') {
          setOptions(next);
        }
      },
    });
  }
  const hook = renderHook(useEditorPage, { initialProps: {}, reactStrictMode: true });
  return {
    ...hook,
    calls,
    /** What a person does in the form, as one edit. */
    edit: (change: AwsAuthEdit) => act(() => hook.result.current.edit(change)),
  };
}

const GAR = 'grafana_assume_role';
const cloud = () =>
  serverSettings({
    allowed: [GAR, 'keys', 'default'],
    toggles: { awsDatasourcesTempCredentials: true, awsAssumeRolePerDatasourceExternalId: true },
  });

describe('one way to change the settings', () => {
  it('edit keeps its identity across re-renders, and always applies to the latest options', () => {
    const { result, rerender, edit, calls } = renderSettings(makeOptions({ jsonData: { authType: 'credentials' } }));
    const first = result.current.edit;
    rerender({ externalId: 'stackABC' });
    edit({ type: 'text', setting: 'profile', value: 'prod' });
    expect(result.current.edit).toBe(first);
    edit({ type: 'text', setting: 'endpoint', value: 'https://vpce.example.com' });
    expect(result.current.edit).toBe(first);
    expect(calls[1]!.jsonData).toEqual({
      authType: 'credentials',
      profile: 'prod',
      endpoint: 'https://vpce.example.com',
    });
  });

  it('reports one edit in exactly one onOptionsChange, with the edit applied and every other key kept', () => {
    const options = makeOptions({
      jsonData: { authType: 'credentials', logsTimeout: '30m', profile: 'old' } as never,
      secureJsonFields: { basicAuthPassword: true },
      secureJsonData: { basicAuthPassword: 'typed-by-plugin' } as never,
    });
    const { result, edit, calls } = renderSettings(options);
    expect(calls).toHaveLength(0);
    edit({ type: 'text', setting: 'profile', value: 'prod' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({ ...options, jsonData: { ...options.jsonData, profile: 'prod' } });
    expect(result.current.view.profile).toBe('prod');
  });
});

describe('the provider of a new data source, and of a saved one', () => {
  it('gives a new data source the first provider the server allows, exactly once', () => {
    serverSettings({ allowed: ['credentials', 'default'] });
    const { rerender, calls } = renderSettings(makeOptions());
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: 'credentials' }]);
    rerender({});
    rerender({ externalId: 'later' });
    expect(calls).toHaveLength(1);
  });

  it('does not ask again on re-render when the page never passes the provider back', () => {
    serverSettings({ allowed: ['credentials', 'default'] });
    const { rerender, calls, result } = renderSettings(makeOptions(), 'ignore');
    rerender({});
    rerender({ externalId: 'later' });
    expect(calls).toHaveLength(1);
    expect(result.current.view.authType).toBeUndefined();
  });

  it('never rewrites a saved provider the server no longer allows', () => {
    serverSettings({ allowed: ['default', 'keys'] });
    const { rerender, calls, result } = renderSettings(makeOptions({ jsonData: { authType: 'credentials' } }));
    rerender({});
    expect(calls).toHaveLength(0);
    expect(result.current.view.authType).toBe('credentials');
  });
});

describe('a provisioned data source (readOnly: true)', () => {
  it('reports nothing on mount, even with no provider saved, and nothing for an edit', () => {
    cloud();
    const { edit, rerender, calls } = renderSettings(makeOptions({ readOnly: true, jsonData: {} }));
    rerender({ externalId: 'stackABC' });
    edit({ type: 'provider', value: 'keys' });
    edit({ type: 'secret', setting: 'accessKey', value: 'AKIAIOSFODNN7EXAMPLE' });
    expect(calls).toHaveLength(0);
  });
});

describe('keys typed for Access & secret key', () => {
  it('are set aside while another provider is chosen, and restored on return', () => {
    const { edit, calls } = renderSettings(makeOptions({ jsonData: { authType: 'keys' } }));
    edit({ type: 'secret', setting: 'accessKey', value: 'AKIAIOSFODNN7EXAMPLE' });
    edit({ type: 'secret', setting: 'secretKey', value: 'secret-value' });
    const typed = calls.length;
    edit({ type: 'provider', value: 'default' });
    edit({ type: 'text', setting: 'endpoint', value: 'https://vpce.example.com' });
    edit({ type: 'provider', value: 'credentials' });
    const between = calls.slice(typed);
    expect(between.map((c) => c.jsonData.authType)).toEqual(['default', 'default', 'credentials']);
    for (const options of between) {
      expect(JSON.stringify(options)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|secret-value/);
    }
    edit({ type: 'provider', value: 'keys' });
    expect(calls).toHaveLength(typed + 4);
    expect(calls[calls.length - 1]!.secureJsonData).toEqual({
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 'secret-value',
    });
  });
});

describe('the Grafana Assume Role external ID, when the stack ID arrives late', () => {
  it('is filled in once the stack ID is known, and a stored ID is never replaced', () => {
    cloud();
    const { rerender, calls, result } = renderSettings(makeOptions({ uid: 'dsUid1' }));
    expect(calls.map((c) => c.jsonData)).toEqual([{ authType: GAR, usePerDatasourceExternalId: true }]);
    expect(result.current.stackExternalId).toBe('');
    rerender({ externalId: 'stackABC' });
    expect(calls).toHaveLength(2);
    expect(calls[1]!.jsonData).toEqual({
      authType: GAR,
      usePerDatasourceExternalId: true,
      grafanaExternalId: 'stackABC-dsUid1',
    });
    rerender({ externalId: 'stackABC' });
    rerender({ externalId: 'stackXYZ' });
    expect(calls).toHaveLength(2);
  });

  it('is filled in once per stack ID and uid, however often the page re-renders without saving it', () => {
    cloud();
    const options = makeOptions({ uid: 'dsUid1', jsonData: { authType: GAR, usePerDatasourceExternalId: true } });
    const { rerender, calls } = renderSettings(options, 'ignore');
    expect(calls).toHaveLength(0);
    rerender({ externalId: 'stackABC' });
    rerender({ externalId: 'stackABC' });
    rerender({ externalId: 'stackABC' });
    expect(calls.map((c) => c.jsonData.grafanaExternalId)).toEqual(['stackABC-dsUid1']);
    rerender({ externalId: 'stackXYZ' });
    rerender({ externalId: 'stackXYZ' });
    expect(calls.map((c) => c.jsonData.grafanaExternalId)).toEqual(['stackABC-dsUid1', 'stackXYZ-dsUid1']);
  });
});

// Moved from the model's tests: they drive the hook without a page around it.
describe('a provisioned data source, with a bare onOptionsChange mock', () => {
  it('gets no write on mount, even with no provider saved, and none for an edit', () => {
    const onOptionsChange = vi.fn();
    const options = makeOptions({ readOnly: true, jsonData: {} });
    const { result } = renderHook(() =>
      useAwsAuthSettings({ options, onOptionsChange, allowedAuthProviders: ['default', 'keys'] })
    );
    act(() => {
      result.current.edit({ type: 'text', setting: 'defaultRegion', value: 'eu-west-1' });
      result.current.edit({ type: 'provider', value: 'keys' });
    });
    expect(result.current.view.readOnly).toBe(true);
    expect(onOptionsChange).not.toHaveBeenCalled();
  });

  it('an editable data source still gets its first provider on mount, once', () => {
    const onOptionsChange = vi.fn();
    const options = makeOptions({ jsonData: {} });
    renderHook(() => useAwsAuthSettings({ options, onOptionsChange, allowedAuthProviders: ['default', 'keys'] }));
    expect(onOptionsChange).toHaveBeenCalledTimes(1);
  });
});
