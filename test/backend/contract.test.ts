import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { differences } from './support/compare';
import { type BackendVersion, backendVersions, resolveCases, sharedFiles, writeReport } from './support/resolver.mjs';
import { type Session, credentialsFile, harnessEnv, session } from './support/sessions';

/**
 * The backend contract: sessions generated from the property tests' saved settings and edits,
 * written through the real `applyChange`, then loaded by grafana-aws-sdk itself. Whatever the editor
 * says the backend will do (`resolveCredentialChain`, which the summary and notes word) must be what
 * the Go code does.
 */

const CASES = 2500;
let compared = 0;
afterAll(() => {
  // CI prints this line: how many generated sessions each backend version loaded.
  console.log(`backend contract cases: ${compared}`);
});

const sessions: Session[] = fc.sample(session, { numRuns: CASES, seed: Date.now() % 2 ** 31 });
sessions.forEach((s, i) => (s.backendCase.id = String(i)));
const env = harnessEnv(sharedFiles(credentialsFile));

function report(version: BackendVersion, list: readonly Session[]) {
  const results = resolveCases(
    list.map((s) => s.backendCase),
    { version, mode: 'record', env }
  );
  const differing = results.flatMap((r, i) => {
    const s = list[i] as Session;
    const diff = differences(s.statement, r, {
      stackIdOnly: version === 'oldest',
      stackExternalId: s.backendCase.server.externalId,
    });
    return diff.length > 0 ? [{ differences: diff, saved: s.backendCase, statement: s.statement, backend: r }] : [];
  });
  compared += results.length;
  const file = writeReport(`contract-${version}`, differing);
  const shown = differing
    .slice(0, 3)
    .map((d) => `case ${d.saved.id}:\n  ${d.differences.join('\n  ')}\n  saved: ${JSON.stringify(d.saved)}`);
  return { total: results.length, differing: differing.length, shown, file };
}

it('the trust policy the Policies extra writes requires exactly the external ID grafana-aws-sdk v1.5.2 sends with sts:AssumeRole', () => {
  const withRole = sessions.filter((s) => s.statement.assumeRole && !s.statement.refusal && !s.statement.failure);
  const results = resolveCases(
    withRole.map((s) => s.backendCase),
    { mode: 'record', env }
  );
  const sent = results.map((r) => r.assumeRole?.externalId ?? (r.assumeRole ? '' : undefined));
  const pairs = withRole
    .map((s, i) => [s.trustPolicyExternalId, sent[i]] as const)
    .filter(([, id]) => id !== undefined);
  expect(pairs.length).toBeGreaterThan(100);
  expect(pairs.filter(([policy, id]) => policy !== id)).toEqual([]);
});

describe.each(Object.keys(backendVersions) as BackendVersion[])('grafana-aws-sdk %s', (version) => {
  it(`${backendVersions[version].sdk}: ${CASES} generated editing sessions load exactly as the editor says (provider, credentials, profile, region, endpoint, FIPS, role ARN and external ID sent to STS, proxy, refusals)`, () => {
    const { total, differing, shown, file } = report(version, sessions);
    expect(total).toBe(CASES);
    expect(shown.join('\n\n'), `${differing} of ${total} sessions differ (all of them: ${file})`).toBe('');
  });
});
