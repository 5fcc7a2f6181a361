import { AwsAuthType } from './types';

export interface AwsAuthProvider {
  value: AwsAuthType;
  /** The name Grafana's documentation uses. */
  label: string;
  /** One line on what the provider does, for someone who may not know AWS well. */
  description: string;
}

// The tables below name providers by their stored strings rather than `AwsAuthType.X`: a property
// read at module level would keep them (descriptions included) in every bundle that imports any
// part of this package, even one using only `applyEdit`.

/** Every provider a user can pick, in the order Grafana's documentation lists them. */
export const awsAuthProviders: readonly AwsAuthProvider[] = [
  {
    value: 'default',
    label: 'AWS SDK Default',
    description:
      'Uses whatever credentials the Grafana server already has: environment, shared files, or an EC2, ECS or EKS role.',
  },
  {
    value: 'keys',
    label: 'Access & secret key',
    description: 'Uses an access key ID and secret access key that you enter here, with no fallback.',
  },
  {
    value: 'credentials',
    label: 'Credentials file',
    description: 'Reads a named profile from the AWS credentials file of the user running grafana-server.',
  },
  {
    value: 'ec2_iam_role',
    label: 'Workspace IAM Role',
    // auth.go: "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here".
    description:
      "Uses the server's own credentials, as AWS SDK Default does: the workspace's IAM role in Amazon Managed Grafana.",
  },
  {
    value: 'grafana_assume_role',
    label: 'Grafana Assume Role',
    description: "Grafana Cloud assumes a role in your account through Grafana's own AWS account.",
  },
];

/** What open source Grafana allows when grafana.ini says nothing (`[aws] allowed_auth_providers`). */
export const DEFAULT_ALLOWED_AUTH_PROVIDERS: readonly AwsAuthType[] = ['default', 'keys', 'credentials'];

export function findProvider(value: unknown): AwsAuthProvider | undefined {
  return awsAuthProviders.find((p) => p.value === value);
}

/** Saved values older Grafana versions wrote, and the provider the backend reads them as. */
const legacyAuthTypes: Readonly<Record<string, AwsAuthType>> = {
  arn: 'default',
  sharedCreds: 'credentials',
};

/**
 * The provider a saved `authType` means, or undefined when it names none (a new data source, or
 * junk). Legacy names map to the provider the backend reads them as.
 */
export function providerOfSaved(saved: unknown): AwsAuthType | undefined {
  if (typeof saved !== 'string') {
    return undefined;
  }
  if (Object.prototype.hasOwnProperty.call(legacyAuthTypes, saved)) {
    return legacyAuthTypes[saved];
  }
  return findProvider(saved)?.value;
}

/**
 * The providers to offer, in the server's order: known names only, each once. `configured` is the
 * admin's list when there is one; undefined means "no server value", so Grafana's defaults apply.
 * Grafana Assume Role needs more than the admin's list (a feature toggle and a data source type
 * that supports temporary credentials), so the caller says whether it is available.
 */
export function allowedProviders(
  configured: readonly unknown[] | undefined,
  grafanaAssumeRoleAvailable = false
): AwsAuthProvider[] {
  const names = configured ?? DEFAULT_ALLOWED_AUTH_PROVIDERS;
  const seen = new Set<string>();
  const result: AwsAuthProvider[] = [];
  for (const name of names) {
    const provider = findProvider(name);
    if (provider?.value === AwsAuthType.GrafanaAssumeRole && !grafanaAssumeRoleAvailable) {
      continue;
    }
    if (provider && !seen.has(provider.value)) {
      seen.add(provider.value);
      result.push(provider);
    }
  }
  return result;
}
