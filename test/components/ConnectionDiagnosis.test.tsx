import { DataSourceTestFailed, DataSourceTestSucceeded, EventBusSrv } from '@grafana/data';
import { type BackendSrv, getAppEvents, getBackendSrv, setAppEvents, setBackendSrv } from '@grafana/runtime';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ConnectionDiagnosis } from '../../src/components/ConnectionDiagnosis';
import { readSettings } from '../../src/model/settings';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

let bus: EventBusSrv;
const get = vi.fn();
const originalBus = getAppEvents();
const originalSrv = getBackendSrv();

beforeEach(() => {
  bus = new EventBusSrv();
  setAppEvents(bus);
  get.mockReset();
  setBackendSrv({ get } as unknown as BackendSrv);
});
afterEach(() => {
  setAppEvents(originalBus);
  setBackendSrv(originalSrv);
});

const extras = { extras: { Diagnosis: ConnectionDiagnosis } };
const failed = () => act(() => bus.publish(new DataSourceTestFailed()));
/** How Grafana's request fails for a health check that did not pass: HTTP 400 with the result in `data`. */
const healthError = (message: string) => ({ status: 400, data: { status: 'ERROR', message } });

describe('explaining a failed "Save & test"', () => {
  it('offers an explanation only after Grafana announces a failed test, and withdraws it after a passing one', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), extras);
    expect(screen.queryByRole('button', { name: /Explain this error/ })).not.toBeInTheDocument();
    failed();
    expect(screen.getByRole('button', { name: /Explain this error/ })).toBeInTheDocument();
    act(() => bus.publish(new DataSourceTestSucceeded()));
    expect(screen.queryByRole('button', { name: /Explain this error/ })).not.toBeInTheDocument();
  });

  it("reads the data source's health check, explains it and moves focus to the setting to change", async () => {
    get.mockRejectedValue(
      healthError(
        'operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:iam::111111111111:user/g is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r'
      )
    );
    const { user } = renderEditor(
      makeOptions({
        uid: 'ds/1',
        jsonData: { authType: 'keys', assumeRoleArn: 'arn:aws:iam::222222222222:role/r', externalId: 'ext-1' },
      }),
      extras
    );
    failed();
    await user.click(screen.getByRole('button', { name: /Explain this error/ }));
    expect(await screen.findByText(/does not match the one in the role's trust policy/)).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('/api/datasources/uid/ds%2F1/health', undefined, undefined, {
      showErrorAlert: false,
      showSuccessAlert: false,
    });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^External ID/ })).toHaveFocus());
    expect(screen.getByRole('link', { name: /Grafana documentation/ })).toHaveAttribute(
      'href',
      expect.stringContaining('#external-id')
    );
  });

  it('finds the field by its stable id', async () => {
    const view = readSettings(makeOptions({ jsonData: { authType: 'default' } }));
    const user = userEvent.setup();
    render(
      <>
        <input id="defaultRegion" aria-label="region" />
        <ConnectionDiagnosis view={view} message="MissingRegion: could not find region configuration" />
      </>
    );
    await user.click(screen.getByRole('button', { name: /Explain this error/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'region' })).toHaveFocus());
    expect(get).not.toHaveBeenCalled();
  });

  it('says so when the test passes by now, and makes no guess for a message it does not know', async () => {
    get.mockResolvedValueOnce({ status: 'OK', message: 'Data source is working' });
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), extras);
    failed();
    await user.click(screen.getByRole('button', { name: /Explain this error/ }));
    expect(await screen.findByText(/test passes now/)).toBeInTheDocument();

    get.mockRejectedValueOnce(healthError('Metric request error'));
    failed();
    await user.click(screen.getByRole('button', { name: /Explain this error/ }));
    expect(await screen.findByText(/offers no guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('Message from the test')).toHaveTextContent('Metric request error');
  });

  it('renders nothing and never throws outside Grafana', () => {
    setAppEvents(undefined as never);
    setBackendSrv(undefined as never);
    expect(() => renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), extras)).not.toThrow();
    expect(screen.queryByRole('button', { name: /Explain this error/ })).not.toBeInTheDocument();
    setAppEvents({
      subscribe: () => {
        throw new Error('no');
      },
    } as never);
    expect(() => renderEditor(makeOptions({ jsonData: { authType: 'keys' } }), extras)).not.toThrow();
  });

  it('renders nothing for a data source that was never saved (no uid to check)', () => {
    renderEditor(makeOptions({ uid: '', jsonData: { authType: 'keys' } }), extras);
    failed();
    expect(screen.queryByRole('button', { name: /Explain this error/ })).not.toBeInTheDocument();
  });

  it('is not part of the editor unless the plugin passes the extra', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'keys' } }));
    failed();
    expect(screen.queryByRole('button', { name: /Explain this error/ })).not.toBeInTheDocument();
  });
});
