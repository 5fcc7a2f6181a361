import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { awsAuthExtras } from '../../src/extras';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

const keys = (extra: Parameters<typeof makeOptions>[0] = {}) =>
  makeOptions({ jsonData: { authType: 'keys' }, ...extra });
const ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('import keys from the AWS console file', () => {
  const file = (text: string) => new File([text], 'grafana_accessKeys.csv', { type: 'text/csv' });

  it('fills both keys from the file and changes nothing else', async () => {
    const original = keys({
      secureJsonFields: { accessKey: true, basicAuthPassword: true },
      jsonData: { authType: 'keys', logs: 1 } as never,
    });
    const { user, latest, calls } = renderEditor(original, { extras: awsAuthExtras });
    await user.upload(
      screen.getByLabelText(/Import keys from a file/),
      file(`Access key ID,Secret access key\r\n${ID},${SECRET}\r\n`)
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(latest().secureJsonData).toEqual({ accessKey: ID, secretKey: SECRET });
    expect(latest().secureJsonFields).toEqual({ accessKey: false, basicAuthPassword: true });
    expect(latest().jsonData).toBe(original.jsonData);
    expect(screen.getByRole('status')).toHaveTextContent(/Both keys were filled in/);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('refuses a malformed file with a clear message and writes nothing', async () => {
    const { user, calls } = renderEditor(keys(), { extras: awsAuthExtras });
    await user.upload(screen.getByLabelText(/Import keys from a file/), file(`name,password\nme,${SECRET}`));
    expect(await screen.findByText(/The keys were not imported/)).toBeInTheDocument();
    expect(screen.getByText(/must name the columns "Access key ID" and "Secret access key"/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('refuses a multi-gigabyte file by its size, without reading it', async () => {
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    const huge = file('Access key ID,Secret access key\n');
    // A real 5 GB file cannot be made in a test; its reported size is what the import must look at.
    Object.defineProperty(huge, 'size', { value: 5 * 1024 ** 3 });
    const { user, calls } = renderEditor(keys(), { extras: awsAuthExtras });
    await user.upload(screen.getByLabelText(/Import keys from a file/), huge);
    expect(await screen.findByText(/This file is too large to be an AWS access key file/)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
    read.mockRestore();
  });

  it('still reads a small key file (the size check lets the real one through)', async () => {
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    const { user, calls } = renderEditor(keys(), { extras: awsAuthExtras });
    await user.upload(
      screen.getByLabelText(/Import keys from a file/),
      file(`Access key ID,Secret access key\n${ID},${SECRET}\n`)
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
  });
});
