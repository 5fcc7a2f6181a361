import { describe, expect, it } from 'vitest';

import { applyEdit } from '../../src/model/edit';
import {
  buildGrafanaExternalId,
  externalIdChangesOnSave,
  grafanaExternalIdState,
  missingGrafanaExternalId,
  perDatasourceDefault,
  stackExternalIdOf,
} from '../../src/model/grafanaAssumeRole';
import { TEMPORARY_CREDENTIALS_DATASOURCE_TYPES, resolvePolicy } from '../../src/model/server';
import { readSettings } from '../../src/model/settings';
import { sigV4SettingKeys } from '../../src/model/types';
import { makeOptions } from '../support/options';

const GAR = 'grafana_assume_role';
const on = { awsDatasourcesTempCredentials: true };
const cloud = { awsAllowedAuthProviders: [GAR, 'keys'], featureToggles: on };

describe('when Grafana Assume Role is offered (resolvePolicy)', () => {
  it('offers it and makes it the default only with server permission, the toggle and a supporting type', () => {
    const policy = resolvePolicy(cloud, { dataSourceType: 'cloudwatch' });
    expect(policy.providers.map((p) => p.value)).toEqual([GAR, 'keys']);
    expect(policy.initialProvider).toBe(GAR);
  });

  it.each([
    ['the server does not allow it', { awsAllowedAuthProviders: ['keys'], featureToggles: on }, 'cloudwatch'],
    ['the toggle is off', { awsAllowedAuthProviders: [GAR, 'keys'], featureToggles: {} }, 'cloudwatch'],
    [
      'the toggle is not strictly true',
      { awsAllowedAuthProviders: [GAR, 'keys'], featureToggles: { awsDatasourcesTempCredentials: 'true' } },
      'cloudwatch',
    ],
    ['the type cannot use temporary credentials', cloud, 'prometheus'],
  ])('does not offer it when %s', (_, config, type) => {
    const policy = resolvePolicy(config, { dataSourceType: type });
    expect(policy.providers.map((p) => p.value)).not.toContain(GAR);
    expect(policy.initialProvider).toBe('keys');
  });

  it('covers every listed type, and lets a prop force the type check either way', () => {
    for (const type of TEMPORARY_CREDENTIALS_DATASOURCE_TYPES) {
      expect(resolvePolicy(cloud, { dataSourceType: type }).initialProvider).toBe(GAR);
    }
    expect(
      resolvePolicy(cloud, { dataSourceType: 'prometheus', supportsTemporaryCredentials: true }).initialProvider
    ).toBe(GAR);
    expect(
      resolvePolicy(cloud, { dataSourceType: 'cloudwatch', supportsTemporaryCredentials: false }).initialProvider
    ).toBe('keys');
  });

  it('reads the per-data-source toggle and the HTTP proxy server setting strictly', () => {
    expect(
      resolvePolicy({ featureToggles: { awsAssumeRolePerDatasourceExternalId: true } }).perDatasourceExternalId
    ).toBe(true);
    expect(resolvePolicy({ featureToggles: {} }).perDatasourceExternalId).toBe(false);
    expect(resolvePolicy({ awsPerDatasourceHTTPProxyEnabled: true }).httpProxyEnabled).toBe(true);
    expect(resolvePolicy({ awsPerDatasourceHTTPProxyEnabled: 'true' }).httpProxyEnabled).toBe(false);
  });
});

describe('why a listed Grafana Assume Role is not offered (resolvePolicy)', () => {
  const reason = (config: Parameters<typeof resolvePolicy>[0], overrides: Parameters<typeof resolvePolicy>[1]) =>
    resolvePolicy(config, overrides).grafanaAssumeRoleUnavailable;

  it('names the feature toggle when the admin lists it but the toggle is off', () => {
    expect(reason({ awsAllowedAuthProviders: [GAR, 'keys'] }, { dataSourceType: 'cloudwatch' })).toBe('featureToggle');
  });

  it('names the data source type when the type cannot use temporary credentials, toggle or not', () => {
    expect(reason(cloud, { dataSourceType: 'prometheus' })).toBe('dataSourceType');
    expect(reason({ awsAllowedAuthProviders: [GAR] }, { dataSourceType: 'prometheus' })).toBe('dataSourceType');
    expect(reason(cloud, { dataSourceType: 'cloudwatch', supportsTemporaryCredentials: false })).toBe('dataSourceType');
  });

  it('gives no reason when it is offered, not listed, or the editor has no fields for it', () => {
    expect(reason(cloud, { dataSourceType: 'cloudwatch' })).toBeUndefined();
    expect(reason({ awsAllowedAuthProviders: ['keys'] }, { dataSourceType: 'prometheus' })).toBeUndefined();
    expect(reason({}, { dataSourceType: 'prometheus' })).toBeUndefined();
    expect(reason(cloud, { dataSourceType: 'prometheus', grafanaAssumeRole: false })).toBeUndefined();
    // The plugin's own provider list counts as the admin's.
    expect(reason({}, { allowedAuthProviders: [GAR], dataSourceType: 'cloudwatch' })).toBe('featureToggle');
  });
});

describe('external IDs', () => {
  it('takes the stack ID from the prop, else from a stacks-<id> namespace, else nothing', () => {
    expect(stackExternalIdOf(' 12345 ', 'stacks-999')).toBe('12345');
    expect(stackExternalIdOf(undefined, 'stacks-999')).toBe('999');
    expect(stackExternalIdOf('', 'default')).toBe('');
    expect(stackExternalIdOf(undefined, 'stacks-')).toBe('');
  });

  it('builds {stack}-{uid} only when both are known, never guessing a uid', () => {
    expect(buildGrafanaExternalId('12345', 'P1234ABCD')).toBe('12345-P1234ABCD');
    expect(buildGrafanaExternalId('12345', '')).toBeUndefined();
    expect(buildGrafanaExternalId('12345', undefined)).toBeUndefined();
    expect(buildGrafanaExternalId('', 'P1')).toBeUndefined();
  });

  it('external_id.go: "When usePerDatasourceExternalID is explicitly true and grafanaExternalID is set, that value is used; otherwise the stack-level ID is returned ... even if a dormant grafanaExternalID" is stored', () => {
    const state = (jsonData: object, stack = '12345', uid: unknown = 'U1') =>
      grafanaExternalIdState(readSettings(makeOptions({ jsonData: { authType: GAR, ...jsonData } })), stack, uid);
    expect(state({})).toEqual({ mode: 'stack', value: '12345' });
    expect(state({}, '')).toEqual({ mode: 'stack', value: '', missing: 'stackId' });
    // Unset is legacy stack mode, whatever is stored.
    expect(state({ grafanaExternalId: '12345-U1' })).toEqual({ mode: 'stack', value: '12345' });
    expect(state({ usePerDatasourceExternalId: false, grafanaExternalId: '12345-U1' })).toEqual({
      mode: 'stack',
      value: '12345',
    });
    expect(state({ usePerDatasourceExternalId: true }, '12345', '')).toEqual({
      mode: 'perDatasource',
      value: '',
      missing: 'uid',
    });
    expect(state({ usePerDatasourceExternalId: true }, '')).toEqual({
      mode: 'perDatasource',
      value: '',
      missing: 'stackId',
    });
    // The stored ID is the one sent, as it is, even when it does not name this stack and uid.
    expect(state({ usePerDatasourceExternalId: true, grafanaExternalId: '12345-OTHER' })).toEqual({
      mode: 'perDatasource',
      value: '12345-OTHER',
    });
    // Without a stored ID, the one this editor writes next.
    expect(state({ usePerDatasourceExternalId: true })).toEqual({ mode: 'perDatasource', value: '12345-U1' });
  });
});

describe('per-data-source edits', () => {
  const ctx = { featureEnabled: true, stackExternalId: '12345', uid: 'U1' };
  const gar = (jsonData: object = {}) => makeOptions({ uid: 'U1', jsonData: { authType: GAR, ...jsonData } });

  it('switching on writes the flag and the ID; switching off keeps the ID dormant; nothing else changes', () => {
    const before = gar({ assumeRoleArn: 'arn:aws:iam::123456789012:role/g', custom: 1 } as object);
    const onOpts = applyEdit(before, {
      type: 'perDatasourceExternalId',
      enabled: true,
      stackExternalId: '12345',
      uid: 'U1',
    });
    expect(onOpts.jsonData).toEqual({
      ...before.jsonData,
      usePerDatasourceExternalId: true,
      grafanaExternalId: '12345-U1',
    });
    const offOpts = applyEdit(onOpts, {
      type: 'perDatasourceExternalId',
      enabled: false,
      stackExternalId: '12345',
      uid: 'U1',
    });
    expect(offOpts.jsonData).toEqual({ ...onOpts.jsonData, usePerDatasourceExternalId: false });
    expect(offOpts.secureJsonFields).toBe(before.secureJsonFields);
  });

  it('writes only the flag while the uid or the stack ID is unknown', () => {
    const next = applyEdit(gar(), {
      type: 'perDatasourceExternalId',
      enabled: true,
      stackExternalId: '12345',
      uid: undefined,
    });
    expect(next.jsonData.usePerDatasourceExternalId).toBe(true);
    expect('grafanaExternalId' in next.jsonData).toBe(false);
  });

  it('uses the sigV4 names with SigV4 keys', () => {
    const next = applyEdit(
      gar(),
      { type: 'perDatasourceExternalId', enabled: true, stackExternalId: 's', uid: 'U1' },
      sigV4SettingKeys
    );
    expect(next.jsonData).toMatchObject({ sigV4UsePerDatasourceExternalId: true, sigV4GrafanaExternalId: 's-U1' });
    expect(next.jsonData).not.toHaveProperty('grafanaExternalId');
  });

  it('defaults a data source that never chose to per-data-source mode, but keeps an explicit stack choice', () => {
    expect(perDatasourceDefault(readSettings(gar()), ctx)).toMatchObject({
      enabled: true,
      stackExternalId: '12345',
      uid: 'U1',
    });
    expect(perDatasourceDefault(readSettings(gar({ usePerDatasourceExternalId: false })), ctx)).toBeUndefined();
    expect(perDatasourceDefault(readSettings(gar()), { ...ctx, featureEnabled: false })).toBeUndefined();
    expect(perDatasourceDefault(readSettings(makeOptions({ jsonData: { authType: 'keys' } })), ctx)).toBeUndefined();
    const done = gar({ usePerDatasourceExternalId: true, grafanaExternalId: '12345-U1' });
    expect(perDatasourceDefault(readSettings(done), ctx)).toBeUndefined();
  });

  it('fills a missing ID only for a data source already in per-data-source mode', () => {
    expect(missingGrafanaExternalId(readSettings(gar({ usePerDatasourceExternalId: true })), ctx)).toBeDefined();
    expect(missingGrafanaExternalId(readSettings(gar()), ctx)).toBeUndefined();
    expect(
      missingGrafanaExternalId(readSettings(gar({ usePerDatasourceExternalId: true })), { ...ctx, uid: '' })
    ).toBeUndefined();
  });

  it('warns about a trust policy change only for a saved Grafana Assume Role data source with a role', () => {
    const stack = { mode: 'stack' as const, value: '12345' };
    const own = { mode: 'perDatasource' as const, value: '12345-U1' };
    const arn = 'arn:aws:iam::123456789012:role/g';
    expect(
      externalIdChangesOnSave(
        { authType: GAR, externalId: stack },
        { authType: GAR, assumeRoleArn: arn, externalId: own }
      )
    ).toBe(true);
    expect(
      externalIdChangesOnSave(
        { authType: GAR, externalId: stack },
        { authType: GAR, assumeRoleArn: ' ', externalId: own }
      )
    ).toBe(false);
    expect(
      externalIdChangesOnSave(
        { authType: 'keys', externalId: stack },
        { authType: GAR, assumeRoleArn: arn, externalId: own }
      )
    ).toBe(false);
    expect(
      externalIdChangesOnSave(
        { authType: GAR, externalId: own },
        { authType: GAR, assumeRoleArn: arn, externalId: own }
      )
    ).toBe(false);
  });
});
