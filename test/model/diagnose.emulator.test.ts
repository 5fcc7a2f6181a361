import { describe, expect, it } from 'vitest';

import {
  type AwsErrorCause,
  type DiagnosisInput,
  type DiagnosisSetting,
  diagnoseAwsError,
} from '../../src/model/diagnose';
import corpus from '../fixtures/aws-errors.emulator.json';

// The messages grafana-aws-sdk returned against the AWS emulator, as test/backend/e2eFailures.test.tsx
// last wrote them: checked here on every unit run, without Go or the emulator.

interface Entry {
  cause: AwsErrorCause;
  source: string;
  message: string;
  settings: DiagnosisInput;
  setting: DiagnosisSetting;
}

const entries = corpus.entries as Entry[];

describe('the emulator corpus', () => {
  it('has every failure the end-to-end run produces, each from the emulator through grafana-aws-sdk', () => {
    expect(entries).toHaveLength(9);
    expect(new Set(entries.map((e) => e.cause))).toEqual(
      new Set([
        'invalid-access-key',
        'signature-mismatch',
        'credentials-file',
        'assume-role-denied',
        'endpoint-unreachable',
        'provider-not-allowed',
        'assume-role-disabled',
      ])
    );
    for (const e of entries) {
      expect(e.source).toMatch(/^moto [\d.]+ \(server mode\) through grafana-aws-sdk v[\d.]+: /);
    }
  });

  it.each(entries.map((e) => [e.cause, e.setting, e.message.slice(0, 80), e] as const))(
    '%s, pointing at %s: %s',
    (_, __, ___, entry) => {
      const found = diagnoseAwsError(entry.message, entry.settings);
      expect(found, entry.source).toMatchObject({ cause: entry.cause, setting: entry.setting });
      expect(found?.summary).toBeTruthy();
      expect(found?.fix).toBeTruthy();
    }
  );
});
