import type { SelectableValue } from '@grafana/data';
import { Field, Select } from '@grafana/ui';
import { memo, useEffect, useMemo, useState } from 'react';

export interface RegionFieldProps {
  inputId: string;
  region: string;
  /** Region codes to offer before (or instead of) `loadRegions`. */
  regions: readonly string[];
  loadRegions?: () => Promise<string[]>;
  onChange: (value: string) => void;
}

export const RegionField = memo(function RegionField(props: RegionFieldProps) {
  const { inputId, region, regions, loadRegions, onChange } = props;
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

  const list = loaded ?? regions;
  const options = useMemo<Array<SelectableValue<string>>>(() => list.map((r) => ({ value: r, label: r })), [list]);
  // A saved custom region is shown as it is, even when the list does not have it.
  const value = region ? { value: region, label: region } : null;

  return (
    <Field label="Default Region" description="Used when a query does not name a region. Type to search, or enter any region code.">
      <Select<string>
        inputId={inputId}
        options={options}
        value={value}
        allowCustomValue
        onChange={(option) => typeof option.value === 'string' && onChange(option.value)}
        placeholder="Choose a region"
        formatCreateLabel={(input) => `Use region "${input}"`}
      />
    </Field>
  );
});
