import { css } from '@emotion/css';
import type { GrafanaTheme2, SelectableValue } from '@grafana/data';
import { Select, useStyles2 } from '@grafana/ui';
import { type ComponentType, type ReactNode, memo, useCallback, useEffect, useId, useMemo, useState } from 'react';

import { type RegionNames, isNewRegion, matchesRegion, regionOption, regionOptions } from '../model/regionOptions';
import { standardRegions as allRegions } from '../model/regions';
import { t, translate } from './i18n';
import { DescribedSelect, type FieldMessage, SettingField, useTrimmedChange } from './SettingField';
import { type FindingsBySetting, findingsOf } from './useFindings';
import type { AwsAuthEdit } from '../model/edit';

export interface RegionFieldProps {
  /** This section's findings, from the page's one validation run (empty without the validate extra). */
  findings: FindingsBySetting;
  inputId: string;
  region: string;
  /** Region codes to offer (see `useRegionList`). */
  regions: readonly string[];
  /** `regions` is the plugin's own list: its order and its values (even non-AWS ones like `Edge`) stand. */
  pluginRegions: boolean;
  /** Names shown beside the codes; without them the picker lists bare codes. */
  regionNames?: RegionNames;
  /**
   * One line about the region, shown under the field as a note: which saved key the backend uses
   * when two disagree (`regionNote`).
   */
  note?: string;
  /** A provisioned data source: the region is shown but cannot be changed. */
  readOnly?: boolean;
  /** The editor's single write path (stable), as every section gets it. */
  onEdit: (edit: AwsAuthEdit) => void;
}

export const RegionField = /* @__PURE__ */ memo(function RegionField(props: RegionFieldProps) {
  const { inputId, region, regions, pluginRegions, regionNames, onEdit, findings } = props;
  const onChange = useCallback((value: string) => onEdit({ type: 'text', setting: 'defaultRegion', value }), [onEdit]);
  const { note, readOnly } = props;
  const { notice, onChange: onPicked } = useTrimmedChange(onChange);
  const messages = useMemo<readonly FieldMessage[]>(() => {
    const checked = findingsOf(findings, 'defaultRegion');
    return note ? [...checked, { severity: 'info', code: 'region-ignored', message: note }] : checked;
  }, [findings, note]);
  const options = useMemo(
    () => regionOptions(regions, regionNames, translate, { keepOrder: pluginRegions }),
    [regions, regionNames, pluginRegions]
  );
  // A saved custom region is shown as it is (with its name, if known), even when the list does not have it.
  const value = useMemo(() => (region ? regionOption(region, regionNames, translate) : null), [region, regionNames]);
  const styles = useStyles2(getStyles);

  return (
    <SettingField
      inputId={inputId}
      label={t('grafana-aws-auth.region.label', 'Default Region')}
      description={t(
        'grafana-aws-auth.region.description',
        'Used when a query does not name a region. Type to search, or enter any region code.'
      )}
      findings={messages}
      notice={notice}
    >
      {(aria) => (
        <DescribedSelect inputId={inputId} aria={aria} disabled={readOnly}>
          <Select<string>
            inputId={inputId}
            options={options}
            value={value}
            disabled={readOnly}
            allowCustomValue
            filterOption={filterRegion}
            isValidNewOption={(input) => isNewRegion(input, options)}
            formatOptionLabel={(option) => <RegionLabel option={option} codeClass={styles.code} />}
            components={groupComponents}
            onChange={(option) => typeof option.value === 'string' && onPicked(option.value)}
            placeholder={t('grafana-aws-auth.region.placeholder', 'Choose')}
            formatCreateLabel={(input) =>
              t('grafana-aws-auth.region.custom', 'Use region "{{region}}"', {
                region: input,
                interpolation: { escapeValue: false },
              })
            }
            invalid={aria['aria-invalid']}
          />
        </DescribedSelect>
      )}
    </SettingField>
  );
});

// react-select hands filterOption a wrapper with the option under `data`; the "Use region" entry always stays.
const filterRegion = (option: SelectableValue<string>, query: string) =>
  Boolean(option.data?.__isNew__) || matchesRegion(option.data ?? option, query);

/** Name, then the code in a quieter colour; the space between keeps "Europe (Ireland) eu-west-1" as the accessible text. */
function RegionLabel({ option, codeClass }: { option: SelectableValue<string>; codeClass: string }) {
  if (typeof option.name !== 'string') {
    return <>{option.label}</>;
  }
  return (
    <>
      {option.name} <span className={codeClass}>{option.value}</span>
    </>
  );
}

interface GroupProps {
  label?: ReactNode;
  children?: ReactNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Heading: ComponentType<any>;
  headingProps?: object;
}

/**
 * @grafana/ui draws group headings as plain text; this makes each partition a named group in the
 * listbox, so a screen reader says which partition an option is in.
 */
function RegionGroup({ label, children, Heading, headingProps }: GroupProps) {
  const styles = useStyles2(getStyles);
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <div id={id}>
        <Heading {...headingProps}>{label}</Heading>
      </div>
      {children}
    </div>
  );
}

const groupComponents = { Group: RegionGroup };

const getStyles = (theme: GrafanaTheme2) => ({
  code: css({ color: theme.colors.text.secondary }),
  group: css({ '&:not(:first-child)': { borderTop: `1px solid ${theme.colors.border.weak}` } }),
});

/**
 * The regions to offer: the plugin's `standardRegions`, replaced by what `loadRegions` returns when
 * it resolves, or every AWS region. `pluginRegions` says the list is the plugin's own.
 */
export function useRegionList(standardRegions: readonly string[] | undefined, loadRegions?: () => Promise<string[]>) {
  const [loaded, setLoaded] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    if (!loadRegions) {
      return;
    }
    let current = true;
    loadRegions().then(
      (list) => current && Array.isArray(list) && setLoaded(list.filter((r) => typeof r === 'string')),
      // A failed lookup keeps the standard list; the person can still type any region.
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [loadRegions]);
  return {
    regions: loaded ?? standardRegions ?? allRegions,
    pluginRegions: loaded !== undefined || standardRegions !== undefined,
  };
}
