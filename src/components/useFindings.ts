import { useMemo } from 'react';

import type { Finding, ValidationInput, Validator } from '../model/validate';
import { translate } from './i18n';

/** Findings by the setting they are about; a setting without any has no entry. */
export type FindingsBySetting = Readonly<Partial<Record<Finding['setting'], readonly Finding[]>>>;

/** The findings of a page given no validator (stable, so memoised sections stay put). */
export const NO_FINDINGS_BY_SETTING: FindingsBySetting = {};

function group(findings: readonly Finding[]): FindingsBySetting {
  const grouped: Partial<Record<Finding['setting'], Finding[]>> = {};
  for (const finding of findings) {
    (grouped[finding.setting] ??= []).push(finding);
  }
  return grouped;
}

/**
 * Runs the validator once per change over everything the page shows (so a check across settings,
 * such as a role's partition against the region, sees both) and hands each section the findings by
 * setting. The result keeps its identity while no message changes, so memoised sections re-render
 * only when what they show changes.
 */
export function useFindings(validate: Validator | undefined, input: ValidationInput): FindingsBySetting {
  // Findings are plain data: their text is the key, so equal findings give the same object back.
  const text = useMemo(() => (validate ? JSON.stringify(validate(input, translate)) : ''), [validate, input]);
  return useMemo(() => (text ? group(JSON.parse(text) as Finding[]) : NO_FINDINGS_BY_SETTING), [text]);
}

/** One setting's findings, or the shared empty list. */
export const findingsOf = (findings: FindingsBySetting, setting: Finding['setting']): readonly Finding[] =>
  findings[setting] ?? NO_FINDINGS;

const NO_FINDINGS: readonly Finding[] = [];
