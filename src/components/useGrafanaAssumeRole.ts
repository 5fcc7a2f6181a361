import { useMemo, useState } from 'react';

import { externalIdChangesOnSave, grafanaExternalIdState } from '../model/grafanaAssumeRole';
import type { AwsAuthView } from '../model/settings';

/**
 * Grafana Assume Role's external ID as the backend will use it, and whether saving now changes the
 * ID a role was set up to trust. "Saved" is what the page had when it loaded or last saved: Grafana
 * hands the editor a new `version` after each save.
 */
export function useGrafanaAssumeRole(view: AwsAuthView, stackExternalId: string, uid: unknown, version: unknown) {
  const { usePerDatasourceExternalId, grafanaExternalId } = view;
  const externalId = useMemo(
    () => grafanaExternalIdState({ usePerDatasourceExternalId, grafanaExternalId }, stackExternalId, uid),
    [usePerDatasourceExternalId, grafanaExternalId, stackExternalId, uid]
  );

  // Stored during render (React's "state from previous renders" pattern), so no extra commit is needed.
  const [saved, setSaved] = useState({ version, authType: view.authType, externalId });
  if (saved.version !== version) {
    setSaved({ version, authType: view.authType, externalId });
  } else if (saved.externalId.value === '' && externalId.value !== '' && saved.externalId.mode === externalId.mode) {
    // An ID that was still loading when the page opened is the one the role trusts.
    setSaved({ ...saved, externalId });
  }

  const changesOnSave = externalIdChangesOnSave(saved, {
    authType: view.authType,
    assumeRoleArn: view.assumeRoleArn,
    externalId,
  });
  return { externalId, changesOnSave };
}
