import type { SelectableValue } from '@grafana/data';
import { Select } from '@grafana/ui';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { validateAwsAuth } from '../model/validate';
import { type DescribedBy, SettingField, useTrimmedChange } from './SettingField';

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

  const { notice, onChange: onPicked } = useTrimmedChange(onChange);
  const findings = useMemo(() => validateAwsAuth({ defaultRegion: region }), [region]);
  const list = loaded ?? regions;
  const options = useMemo<Array<SelectableValue<string>>>(() => list.map((r) => ({ value: r, label: r })), [list]);
  // A saved custom region is shown as it is, even when the list does not have it.
  const value = region ? { value: region, label: region } : null;

  return (
    <SettingField
      label="Default Region"
      description="Used when a query does not name a region. Type to search, or enter any region code."
      findings={findings}
      notice={notice}
    >
      {(aria) => (
        <DescribedSelect inputId={inputId} aria={aria}>
          <Select<string>
            inputId={inputId}
            options={options}
            value={value}
            allowCustomValue
            onChange={(option) => typeof option.value === 'string' && onPicked(option.value)}
            placeholder="Choose a region"
            formatCreateLabel={(input) => `Use region "${input}"`}
            invalid={aria['aria-invalid']}
          />
        </DescribedSelect>
      )}
    </SettingField>
  );
});

/**
 * @grafana/ui's Select does not pass aria-describedby or aria-invalid to its input, so they are set
 * on the element after each render, next to the ids react-select manages itself.
 */
function DescribedSelect({
  inputId,
  aria,
  children,
}: {
  inputId: string;
  aria: DescribedBy;
  children: React.ReactNode;
}) {
  const added = useRef<string[]>([]);
  useLayoutEffect(() => {
    const input = document.getElementById(inputId);
    if (!input) {
      return;
    }
    const ours = aria['aria-describedby']?.split(' ') ?? [];
    const theirs = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((t) => t && !added.current.includes(t));
    added.current = ours;
    const all = [...theirs, ...ours];
    if (all.length > 0) {
      input.setAttribute('aria-describedby', all.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
    input.setAttribute('aria-invalid', String(aria['aria-invalid']));
  });
  return <>{children}</>;
}
