import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { ConnectionConfig } from '../../src/components/ConnectionConfig';
import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { hostileString, savedOptions } from '../support/arbitraries';
import { type HostOptions, renderHost } from '../support/host';
import { sameData } from '../support/sameData';

let cases = 0;
afterAll(() => console.log(`property cases (editor): ${cases}`));

type HostMode = NonNullable<HostOptions['host']>;

function mount(options: AwsAuthDataSourceSettings, host: HostMode) {
  return renderHost(ConnectionConfig, options, {}, { host }).calls;
}

const TEXT_FIELDS = /Credentials Profile Name|Assume Role ARN|External ID|Endpoint/;

/** One thing a person does: change a text field (by index among those shown) or reset a stored secret. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), field: fc.nat(), text: hostileString }),
  fc.record({ kind: fc.constant('reset' as const), field: fc.nat() })
);

async function perform(a: { kind: 'type' | 'reset'; field: number; text?: string }): Promise<boolean> {
  if (a.kind === 'type') {
    // Read-only fields (the Grafana Assume Role external ID) are not something a person can type in.
    const inputs = screen
      .queryAllByRole('textbox', { name: TEXT_FIELDS })
      .filter((el) => !(el as HTMLInputElement).readOnly && !(el as HTMLInputElement).disabled);
    const input = inputs[a.field % Math.max(inputs.length, 1)] as HTMLInputElement | undefined;
    // The value always differs from what is shown, so the browser fires a change.
    const value = `${input?.value ?? ''}${a.text ?? ''}z`;
    if (!input) {
      return false;
    }
    await act(async () => {
      fireEvent.change(input, { target: { value } });
    });
    return true;
  }
  const resets = screen.queryAllByRole('button', { name: 'Reset' });
  const button = resets[a.field % Math.max(resets.length, 1)];
  if (!button) {
    return false;
  }
  await act(async () => {
    fireEvent.click(button);
  });
  return true;
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('the editor over generated settings and user actions', () => {
  it('writes exactly once per edit, never on mount for a complete configuration, and keeps what it does not own', async () => {
    await fc.assert(
      fc.asyncProperty(savedOptions, fc.array(action, { maxLength: 5 }), async (start, actions) => {
        cases++;
        const calls = mount(start, 'apply');
        // Any provider name, even one this server does not offer, is a saved choice that is never
        // rewritten. The backend decodes every spelling of authType (Go's encoding/json, keys in Go's
        // order, the last text or null wins; other values make Load fail), so that is the saved choice.
        const jsonData = (start.jsonData ?? {}) as Record<string, unknown>;
        const spellings = Object.keys(jsonData)
          .filter(
            (k) =>
              k
                .replace(/\u212a/g, 'K')
                .replace(/\u017f/g, 'S')
                .toUpperCase() === 'AUTHTYPE'
          )
          .sort()
          .filter((k) => typeof jsonData[k] === 'string' || jsonData[k] === null);
        const saved = spellings.length ? jsonData[spellings[spellings.length - 1]!] : undefined;
        const complete = [
          'default',
          'keys',
          'credentials',
          'ec2_iam_role',
          'grafana_assume_role',
          'arn',
          'sharedCreds',
        ].includes(saved as string);
        expect(calls).toHaveLength(complete ? 0 : 1);
        for (const a of actions) {
          const before = calls.length;
          const acted = await perform(a);
          expect(calls.length - before).toBe(acted ? 1 : 0);
        }
        const last = calls[calls.length - 1] ?? start;
        const { jsonData: _j, secureJsonData: _s, secureJsonFields: _f, ...top } = last;
        const { jsonData: _j0, secureJsonData: _s0, secureJsonFields: _f0, ...top0 } = start;
        expect(sameData(top, top0)).toBe(true);
        cleanup();
      }),
      { numRuns: 50, endOnFailure: true }
    );
  }, 240_000);

  it('stays bounded when the host ignores or delays updates: no render loop', async () => {
    await fc.assert(
      fc.asyncProperty(
        savedOptions,
        fc.constantFrom<HostMode>('ignore', 'delay'),
        fc.array(action, { maxLength: 4 }),
        async (start, mode, actions) => {
          cases++;
          const calls = mount(start, mode);
          let acted = 0;
          for (const a of actions) {
            acted += (await perform(a)) ? 1 : 0;
            await flush();
          }
          await flush();
          // At most the one mount write for a new data source, plus one per action.
          expect(calls.length).toBeLessThanOrEqual(acted + 1);
          cleanup();
        }
      ),
      { numRuns: 30, endOnFailure: true }
    );
  }, 240_000);
});
