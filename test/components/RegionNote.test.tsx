import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import type { AwsAuthJsonData } from '../../src/model/types';
import { renderEditor, renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { pick, selectedText } from '../support/select';

// Grafana's AWS settings loader (settings.go) reads `region` first and falls back to the deprecated
// `defaultRegion` only when `region` is empty or the literal "default":
//   if s.Region == defaultRegion || s.Region == "" { s.Region = s.DefaultRegion }
const RULE = 'settings.go: `if s.Region == defaultRegion || s.Region == "" { s.Region = s.DefaultRegion }`';

const REGION = /^Default Region/;
const NOTE = /ignores "defaultRegion"/;

const saved = (jsonData: Record<string, unknown>, readOnly = false) =>
  makeOptions({ readOnly, jsonData: { authType: 'default', ...jsonData } as AwsAuthJsonData });

const regionBox = () => screen.getByRole('combobox', { name: REGION });

/** The ids the region select is described by. */
const describedBy = () => (regionBox().getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

describe(`${RULE}: the region the backend uses, and a note when the other is ignored`, () => {
  it('region and defaultRegion saved and different: shows region, and one line under Default Region says defaultRegion is ignored', () => {
    renderEditor(saved({ region: 'eu-west-1', defaultRegion: 'us-east-1' }));
    expect(selectedText(REGION)).toBe('eu-west-1');
    const note = screen.getByText(NOTE);
    expect(note).toHaveTextContent(
      'Grafana uses eu-west-1 from "region" and ignores "defaultRegion" (us-east-1). Picking a region here sets both.'
    );
    // An info message (announced as a note), tied to the select.
    expect(note).toHaveTextContent(/^Note: /);
    expect(describedBy()).toContain(note.id);
    // Under the field: after the select in the page.
    expect(regionBox().compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('picking a region writes both keys in one change, and the note goes away', async () => {
    const { user, calls } = renderEditor(saved({ region: 'eu-west-1', defaultRegion: 'us-east-1' }));
    await pick(user, REGION, 'eu-central-1');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.jsonData).toMatchObject({ region: 'eu-central-1', defaultRegion: 'eu-central-1' });
    expect(selectedText(REGION)).toBe('eu-central-1');
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
    expect(describedBy().some((id) => document.getElementById(id)?.textContent?.includes('ignores'))).toBe(false);
  });

  it.each([
    ['region is the literal "default"', { region: 'default', defaultRegion: 'us-east-1' }, 'us-east-1'],
    ['region is empty', { region: '', defaultRegion: 'us-east-1' }, 'us-east-1'],
    ['only defaultRegion is saved', { defaultRegion: 'us-east-1' }, 'us-east-1'],
    ['only region is saved', { region: 'eu-west-1' }, 'eu-west-1'],
    ['both are saved and equal', { region: 'eu-west-1', defaultRegion: 'eu-west-1' }, 'eu-west-1'],
  ])('%s: shows the region used, with no note', (_, jsonData, shown) => {
    renderEditor(saved(jsonData));
    expect(selectedText(REGION)).toBe(shown);
    expect(screen.queryByText(/ignores/)).not.toBeInTheDocument();
  });

  it('sits beside the checks of the validate extra, each with its own description id', () => {
    renderEditor(saved({ region: 'eu-west-1', defaultRegion: 'us-east-1' }), { extras: awsAuthExtras });
    const note = screen.getByText(NOTE);
    expect(describedBy()).toContain(note.id);
    expect(new Set(describedBy()).size).toBe(describedBy().length);
  });

  it('a provisioned data source (readOnly: true) shows the note too, on a disabled select, and writes nothing', async () => {
    const { user, calls } = renderEditor(saved({ region: 'eu-west-1', defaultRegion: 'us-east-1' }, true));
    expect(regionBox()).toBeDisabled();
    expect(selectedText(REGION)).toBe('eu-west-1');
    expect(describedBy()).toContain(screen.getByText(NOTE).id);
    await user.click(regionBox());
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(calls).toHaveLength(0);
  });

  it('SigV4 reads sigV4Region alone: a jsonData.region of the host is not its concern, no note', () => {
    renderHost(
      SIGV4ConnectionConfig,
      makeOptions({ jsonData: { sigV4AuthType: 'default', sigV4Region: 'us-east-2', region: 'eu-west-1' } as never })
    );
    expect(selectedText(REGION)).toBe('us-east-2');
    expect(screen.queryByText(/ignores/)).not.toBeInTheDocument();
  });
});
