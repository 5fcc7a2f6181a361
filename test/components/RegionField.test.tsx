import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SIGV4ConnectionConfig } from '../../src/components/SIGV4ConnectionConfig';
import { awsAuthExtras } from '../../src/extras';
import { standardRegions } from '../../src/model/regions';
import type { AwsAuthJsonData } from '../../src/model/types';
import { renderEditor, renderHost } from '../support/host';
import { makeOptions } from '../support/options';
import { openOptions, pick, selectedText, shownGroups, shownOptions } from '../support/select';

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

describe('choosing a region', () => {
  it('offers every current AWS region by name and code, and writes the picked code to defaultRegion', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    const offered = await openOptions(user, /Default Region/);
    expect(offered).toEqual(
      expect.arrayContaining([
        'US East (N. Virginia) us-east-1',
        'Europe (Ireland) eu-west-1',
        'Asia Pacific (Thailand) ap-southeast-7',
        'Asia Pacific (Taipei) ap-east-2',
        'Mexico (Central) mx-central-1',
        'AWS European Sovereign Cloud (Germany) eusc-de-east-1',
      ])
    );
    expect(offered).toHaveLength(standardRegions.length);
    await user.click(screen.getByRole('option', { name: 'Europe (Ireland) eu-west-1' }));
    expect(latest().jsonData.defaultRegion).toBe('eu-west-1');
    expect(selectedText(/Default Region/)).toBe('Europe (Ireland) eu-west-1');
  });

  it('groups the regions by partition, under named headings', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), { extras: awsAuthExtras });
    await openOptions(user, /Default Region/);
    const groups = shownGroups();
    expect(groups.map((g) => g.name)).toEqual([
      'Commercial',
      'China',
      'AWS GovCloud (US)',
      'ISO',
      'European Sovereign Cloud',
    ]);
    expect(groups[1]!.options).toEqual(['China (Beijing) cn-north-1', 'China (Ningxia) cn-northwest-1']);
    expect(groups[3]!.options).toContain('US ISOB East (Ohio) us-isob-east-1');
    expect(screen.getByRole('group', { name: 'AWS GovCloud (US)' })).toContainElement(
      screen.getByRole('option', { name: 'AWS GovCloud (US-West) us-gov-west-1' })
    );
  });

  it('finds a region by its name or its code, ignoring case and accents', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    const input = screen.getByRole('combobox', { name: /Default Region/ });
    const regions = () => shownOptions().filter((o) => !o.startsWith('Use region'));
    await user.type(input, 'ireland');
    expect(regions()).toEqual(['Europe (Ireland) eu-west-1']);
    await user.keyboard('{Enter}');
    expect(latest().jsonData.defaultRegion).toBe('eu-west-1');

    await user.type(input, 'sao paulo');
    expect(regions()).toEqual(['South America (São Paulo) sa-east-1']);
    await user.clear(input);
    await user.type(input, 'ap-southeast-7');
    expect(shownOptions()).toEqual(['Asia Pacific (Thailand) ap-southeast-7']);
    await user.clear(input);
    await user.type(input, 'GovCloud');
    expect(regions()).toEqual(['AWS GovCloud (US-East) us-gov-east-1', 'AWS GovCloud (US-West) us-gov-west-1']);
  });

  it('accepts a custom region code', async () => {
    const { user, latest } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
    });
    await user.type(screen.getByRole('combobox', { name: /Default Region/ }), 'xx-test-9');
    expect(shownOptions()).toEqual(['Use region "xx-test-9"']);
    await user.keyboard('{Enter}');
    expect(latest().jsonData.defaultRegion).toBe('xx-test-9');
    expect(selectedText(/Default Region/)).toBe('xx-test-9');
  });
});

describe('the regions a plugin offers', () => {
  it('replaces the list with what loadRegions returns, naming the codes it knows', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      loadRegions: () => Promise.resolve(['eu-west-1', 'region-from-plugin-1']),
    });
    await openOptions(user, /Default Region/);
    await waitFor(() => expect(shownOptions()).toEqual(['Europe (Ireland) eu-west-1', 'region-from-plugin-1']));
    // One partition needs no heading.
    expect(shownGroups()).toEqual([]);
  });

  it('uses standardRegions when given', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default' } }), {
      extras: awsAuthExtras,
      standardRegions: ['only-1'],
    });
    expect(await openOptions(user, /Default Region/)).toEqual(['only-1']);
  });

  it('lists bare codes with regionNames={}', async () => {
    const { user } = renderEditor(makeOptions({ jsonData: { authType: 'default', defaultRegion: 'eu-west-1' } }), {
      extras: awsAuthExtras,
      regionNames: {},
      standardRegions: ['eu-west-1', 'cn-north-1'],
    });
    expect(selectedText(/Default Region/)).toBe('eu-west-1');
    expect(await openOptions(user, /Default Region/)).toEqual(['eu-west-1', 'cn-north-1']);
  });

  it('shows a saved region that is not in the list, by name when the code is known', () => {
    const { unmount } = renderEditor(
      makeOptions({ jsonData: { authType: 'default', defaultRegion: 'custom-region-7' } }),
      { extras: awsAuthExtras }
    );
    expect(selectedText(/Default Region/)).toBe('custom-region-7');
    unmount();
    renderEditor(makeOptions({ jsonData: { authType: 'default', defaultRegion: 'ap-southeast-6' } }), {
      extras: awsAuthExtras,
      standardRegions: ['us-east-1'],
    });
    expect(selectedText(/Default Region/)).toBe('Asia Pacific (New Zealand) ap-southeast-6');
  });
});

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
