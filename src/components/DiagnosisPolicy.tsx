import { config } from '@grafana/runtime';
import { useMemo } from 'react';

import type { AwsErrorDiagnosis } from '../model/diagnose';
import { stackExternalIdOf } from '../model/grafanaAssumeRole';
import { permissionPolicyOf, trustPolicyOf, trustedPrincipalOf } from '../model/rolePolicies';
import type { AwsAuthView } from '../model/settings';
import { t, translate } from './i18n';
import { Snippet } from './ProvisioningSnippet';

/**
 * The policy that would have let the refused request through, from who AWS refused and what for:
 * for sts:AssumeRole, the role's trust policy naming that principal with the form's external ID; for
 * a service action, the statement that allows it. Nothing when the message names neither.
 */
export function DiagnosisPolicy({
  diagnosis,
  view,
  uid,
}: {
  diagnosis: AwsErrorDiagnosis;
  view: AwsAuthView;
  uid?: string;
}) {
  const offered = useMemo(() => {
    const refused = diagnosis.refused;
    if (!refused) {
      return undefined;
    }
    if (diagnosis.cause === 'assume-role-denied') {
      const caller = trustedPrincipalOf(refused.principal);
      if (!caller) {
        return undefined;
      }
      // The plugin's externalId prop does not reach this extra: the stack is read from Grafana Cloud's namespace.
      const stackExternalId = stackExternalIdOf(undefined, config.namespace);
      // Named as the policy names it: with Grafana Assume Role, Grafana's account rather than its session.
      const doc = trustPolicyOf({ view, principal: caller, stackExternalId, uid }, translate);
      const principal = doc.Statement[0]?.Principal?.AWS ?? caller;
      return { kind: 'trust' as const, text: JSON.stringify(doc, null, 2), principal };
    }
    if (diagnosis.cause === 'service-permission') {
      const doc = permissionPolicyOf({
        actions: [refused.action],
        resources: refused.resource ? [refused.resource] : [],
      });
      return doc && { kind: 'permission' as const, text: JSON.stringify(doc, null, 2), principal: refused.principal };
    }
    return undefined;
  }, [diagnosis, view, uid]);

  if (!offered) {
    return null;
  }
  return offered.kind === 'trust' ? (
    <Snippet
      format="json"
      text={offered.text}
      title={translate(
        'grafana-aws-auth.diagnosis.policy.trust',
        'Trust policy that lets {{principal}} assume the role',
        {
          principal: offered.principal,
        }
      )}
      copy={t('grafana-aws-auth.diagnosis.policy.copy-trust', 'Copy trust policy')}
    />
  ) : (
    <Snippet
      format="json"
      text={offered.text}
      title={translate('grafana-aws-auth.diagnosis.policy.permission', 'Policy to attach to {{principal}}', {
        principal: offered.principal,
      })}
      copy={t('grafana-aws-auth.diagnosis.policy.copy-permission', 'Copy policy')}
    />
  );
}
