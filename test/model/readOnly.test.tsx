import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useAwsAuthSettings } from '../../src/components/useAwsAuthSettings';
import { applyEdit } from '../../src/model/edit';
import { readSettings } from '../../src/model/settings';
import { makeOptions } from '../support/options';

// settings contract: "readOnly: true marks a data source added by provisioning ... Grafana shows a
// notice and refuses to save it from the page. An editor should not invite edits it cannot save."

describe('a provisioned data source (readOnly: true)', () => {
  it('is flagged in the view, and applyEdit returns it as it is', () => {
    const provisioned = makeOptions({ readOnly: true, jsonData: { authType: 'keys' } });
    expect(readSettings(provisioned).readOnly).toBe(true);
    expect(readSettings(makeOptions()).readOnly).toBe(false);
    expect(applyEdit(provisioned, { type: 'provider', value: 'default' })).toBe(provisioned);
  });

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
