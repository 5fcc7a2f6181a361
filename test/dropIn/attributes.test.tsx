/**
 * Drop-in, attribute by attribute: in every state of `STATES`, each editor is rendered alone (no
 * extras: an author changes only the import) and every control a test can query is described (role,
 * accessible name and description, value, placeholder, disabled, read-only, checked, type, visible
 * text). Ours must answer as `@grafana/aws-sdk` does, except for the differences in
 * `allowedDifferences.ts`, each with its rule and our actual value.
 */
import { ConnectionConfig as PeerConnectionConfig, SIGV4ConnectionConfig as PeerSigV4 } from '@grafana/aws-sdk';
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ConnectionConfig } from '../../src/components/ConnectionConfig';
import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { type Described, type Difference, describeSection, differences } from '../support/describeSection';
import { renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { PEER_IDS, withPeerHost } from '../support/peer';
import { grafanaCloud } from '../support/server';
import { ALLOWED, type AllowedDifference, covers, holds } from './allowedDifferences';
import { STATES, type State } from './states';

// The peer needs a plugin context and an app event bus to render at all.
const context = withPeerHost();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editor = React.ComponentType<any>;

function describeEditor(Component: Editor, state: State): Described[] {
  state.server();
  renderHost(Component, state.options, state.props ?? {}, { context });
  // The first section: SigV4's own editor is the only one on its page.
  const described = describeSection(screen.getAllByTestId('connection-config')[0]!, PEER_IDS);
  cleanup();
  return described;
}

const used = new Set<AllowedDifference>();
let statesRun = 0;

describe('every queryable attribute of every control, as @grafana/aws-sdk has it', () => {
  it.each(STATES.map((s) => [s.name, s] as const))(
    '%s',
    (_, state) => {
      const peer = describeEditor(state.sigV4 ? PeerSigV4 : PeerConnectionConfig, state);
      const ours = describeEditor(state.sigV4 ? SIGV4ConnectionConfig : ConnectionConfig, state);
      expect(peer.length).toBeGreaterThan(2);

      const unexplained: Difference[] = [];
      const brokenAllowances: Array<Difference & { why: string }> = [];
      for (const d of differences(peer, ours)) {
        const entry = ALLOWED.find((a) => covers(a, d, state.name));
        if (!entry) {
          unexplained.push(d);
        } else {
          used.add(entry);
          if (!holds(entry, d)) {
            brokenAllowances.push({ ...d, why: entry.why });
          }
        }
      }
      expect(unexplained).toEqual([]);
      expect(brokenAllowances).toEqual([]);
      statesRun++;
    },
    60000
  );

  it('every allowed difference still occurs somewhere (the list stays minimal)', () => {
    // Only meaningful after every state ran (not under a `-t` filter).
    if (statesRun === STATES.length) {
      expect(ALLOWED.filter((a) => !used.has(a)).map((a) => `${String(a.key)} ${a.attribute}`)).toEqual([]);
    }
  });
});

describe('Grafana Assume Role when the stack ID cannot be fetched, read the way the peer’s tests read it', () => {
  it.each([
    ['@grafana/aws-sdk', PeerConnectionConfig],
    ['grafana-aws-auth', ConnectionConfig],
  ] as Array<[string, Editor]>)(
    '%s: no external ID box, "External Id is currently unavailable" in the steps, "Learn more about" the docs link',
    async (_, Component) => {
      grafanaCloud(false);
      const options = makeOptions({ jsonData: { authType: 'grafana_assume_role' } });
      const { user } = renderHost(Component, options, {}, { context });
      expect(screen.queryByRole('textbox', { name: /^External ID/ })).not.toBeInTheDocument();
      expect(screen.getByText(/Learn more about/i)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Grafana Assume Role' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: /How to create an IAM role for grafana to assume/i }));
      expect(screen.getByText('External Id is currently unavailable')).toBeInTheDocument();
    },
    60000
  );
});

describe('the comparison itself', () => {
  it('finds a changed attribute, a missing control and an extra one, so a real difference cannot pass', () => {
    const field = (over: Partial<Described>): Described => ({
      key: '#endpoint',
      role: 'textbox',
      name: 'Endpoint',
      description: '',
      disabled: false,
      readOnly: false,
      value: '',
      placeholder: 'x',
      ...over,
    });
    expect(
      differences(
        [field({}), field({ key: 'button "A"', role: 'button' })],
        [field({ placeholder: 'y' }), field({ key: '#b' })]
      )
    ).toEqual([
      { key: '#endpoint', attribute: 'placeholder', peer: 'x', ours: 'y' },
      { key: 'button "A"', attribute: 'present', peer: true, ours: false },
      { key: '#b', attribute: 'present', peer: false, ours: true },
    ]);
  });
});
