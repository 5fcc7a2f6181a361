import { type CredentialChain, resolveCredentialChain } from './credentialChain';
import type { AwsAuthView } from './settings';
import { type Translate, english } from './translate';
import { AwsAuthType } from './types';

/** A piece of a sentence: plain words, or a value shown as code. */
export type SummarySegment = string | { code: string };

/** What `summarizeCredentialChain` returns: the credential chain as one sentence, and hints. */
export interface CredentialChainSummary {
  /** What the backend will do with these settings: a few whole statements, in segments (values as code). */
  sentence: SummarySegment[];
  /** Practical advice from Grafana's documentation that applies to these settings. */
  hints: string[];
}

/** What the summary needs beyond the saved settings: the server's policy and the plugin's defaults. */
export interface SummaryContext {
  assumeRoleEnabled: boolean;
  /** The endpoint the plugin would use when none is set, when it says. */
  defaultEndpoint?: string;
  /** Grafana Assume Role: the external ID sent with sts:AssumeRole. */
  grafanaExternalId?: string;
}

// Long saved values (or hostile ones) must not turn the summary into a wall of text.
const shorten = (value: string) => (value.length > 120 ? `${value.slice(0, 117)}…` : value);
const MARK = '\u0000';

/**
 * Translates one clause as a whole (word order is the translator's) and turns its placeholders
 * into code segments, so values are shown as values and never interpreted by the translation.
 */
function clause(tr: Translate, id: string, template: string, values: Record<string, string> = {}): SummarySegment[] {
  const markers = Object.fromEntries(Object.keys(values).map((k) => [k, `${MARK}${k}${MARK}`]));
  return tr(`grafana-aws-auth.summary.${id}`, template, markers)
    .split(MARK)
    .map((part, i) => (i % 2 === 1 ? { code: shorten(values[part] ?? '') } : part))
    .filter((s) => s !== '');
}

/** Temporary credentials: an ASIA key typed here, or a session token stored or typed. */
export function usesTemporaryKeys(view: AwsAuthView): boolean {
  const { accessKey, sessionToken } = view.secrets;
  return accessKey.value.startsWith('ASIA') || sessionToken.configured || sessionToken.value !== '';
}

/** The first statement: where the credentials come from, one whole message per case. */
function credentialsStatement(view: AwsAuthView, chain: CredentialChain, tr: Translate): SummarySegment[] {
  const c = chain.credentials;
  switch (c.from) {
    case 'environment':
      return view.authType === AwsAuthType.EC2IAMRole
        ? // auth.go: "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here".
          clause(
            tr,
            'workspace-role',
            "Grafana uses the AWS SDK's default credential chain on the server, as AWS SDK Default does: in Amazon Managed Grafana, that is the workspace's IAM role."
          )
        : clause(
            tr,
            'default',
            "Grafana uses the AWS SDK's default credential chain on the server: environment variables, the shared credentials file, then the role of the EC2 instance, ECS task or EKS pod it runs in."
          );
    case 'profile':
      if (c.profile === '') {
        // config.LoadOptions: an empty profile is no choice, so keys in the environment come first.
        return clause(
          tr,
          'credentials-no-profile',
          'Grafana uses the AWS SDK\'s default profile: keys in the server\'s environment (AWS_ACCESS_KEY_ID) if there are any, otherwise profile "default" (or AWS_PROFILE) of the credentials file of the user running grafana-server.'
        );
      }
      return view.profileFromDatabase
        ? clause(
            tr,
            'credentials-database',
            'Grafana reads profile {{profile}} (from the older "database" setting) from the credentials file of the user running grafana-server.',
            { profile: c.profile }
          )
        : clause(
            tr,
            'credentials',
            'Grafana reads profile {{profile}} from the credentials file of the user running grafana-server.',
            { profile: c.profile }
          );
    case 'keys':
      if (!c.complete) {
        return clause(
          tr,
          'keys-missing',
          'Grafana will sign requests with an access key and secret key, but both are not entered yet.'
        );
      }
      return usesTemporaryKeys(view)
        ? clause(
            tr,
            'keys-temporary',
            'Grafana signs requests with the temporary access key and session token you entered.'
          )
        : clause(tr, 'keys', 'Grafana signs requests with the access key you entered.');
    case 'grafana':
      return clause(tr, 'grafana-assume-role', "Grafana uses its own AWS account's credentials.");
  }
}

/** The role statement: who assumes which role, with which external ID, and where the call goes. */
function roleStatement(chain: CredentialChain, ctx: SummaryContext, tr: Translate): SummarySegment[] {
  const role = chain.assumeRole;
  if (!role) {
    return [];
  }
  if (chain.credentials.from === 'grafana') {
    return ctx.grafanaExternalId
      ? clause(
          tr,
          'grafana-role-external-id',
          "Grafana's AWS account assumes your role {{arn}} with external ID {{externalId}}.",
          {
            arn: role.arn,
            externalId: ctx.grafanaExternalId,
          }
        )
      : clause(tr, 'grafana-role', "Grafana's AWS account assumes your role {{arn}}.", { arn: role.arn });
  }
  if (chain.endpoint.url) {
    return clause(
      tr,
      'assume-role-endpoint',
      'With them, it assumes role {{arn}}, sending sts:AssumeRole to {{endpoint}}.',
      {
        arn: role.arn,
        endpoint: chain.endpoint.url,
      }
    );
  }
  return role.externalId
    ? clause(tr, 'assume-role-external-id', 'With them, it assumes role {{arn}} with external ID {{externalId}}.', {
        arn: role.arn,
        externalId: role.externalId,
      })
    : clause(tr, 'assume-role', 'With them, it assumes role {{arn}}.', { arn: role.arn });
}

/** What the Grafana backend will do with these settings, in plain words. Pure: settings in, text out. */
export function summarizeCredentialChain(
  view: AwsAuthView,
  ctx: SummaryContext,
  tr: Translate = english
): CredentialChainSummary {
  // The backend's own reading of the settings (the same one the backend contract checks); the
  // provider is taken as allowed here, since the provider field already says when it is not.
  const chain = resolveCredentialChain(view, {
    allowedAuthProviders: [view.authType ?? 'default'],
    assumeRoleEnabled: ctx.assumeRoleEnabled,
  });
  const hints: string[] = [];
  const hint = (id: string, text: string) => hints.push(tr(`grafana-aws-auth.summary.hint.${id}`, text));
  if (!view.authType) {
    return { sentence: clause(tr, 'no-provider', 'Choose a provider to see how Grafana will authenticate.'), hints };
  }
  // Whole statements, each translated on its own, so that word order is the translator's.
  const statements = [credentialsStatement(view, chain, tr)];
  if (chain.refusal === 'assume-role-disabled') {
    hint(
      'assume-role-disabled',
      'This Grafana server disables assume role (assume_role_enabled in the [aws] section of grafana.ini), so it refuses requests while a role ARN is stored.'
    );
  } else {
    statements.push(roleStatement(chain, ctx, tr));
  }
  statements.push(
    chain.region
      ? clause(tr, 'region', 'Queries that name no region run in {{region}}.', { region: chain.region })
      : clause(
          tr,
          'region-none',
          "Queries that name no region run in the AWS SDK's default region on the server (AWS_REGION, or the profile's region)."
        )
  );
  const endpoint = chain.endpoint.url ?? (chain.endpoint.fips ? '' : ctx.defaultEndpoint || '');
  statements.push(
    chain.endpoint.fips
      ? clause(
          tr,
          'endpoint-fips',
          "Requests go to the service's FIPS endpoint, which the AWS SDK picks for the region."
        )
      : endpoint
        ? clause(tr, 'endpoint', 'Requests go to {{endpoint}}.', { endpoint })
        : clause(tr, 'endpoint-standard', "Requests go to AWS's standard endpoint for the service.")
  );
  const sentence = statements.filter((st) => st.length > 0).flatMap((st, i) => (i === 0 ? st : [' ', ...st]));

  if (view.authType === AwsAuthType.Credentials) {
    hint(
      'credentials-file',
      'The credentials file is ~/.aws/credentials in the home folder of the user running grafana-server. If it is there and Grafana still cannot use it, try moving the .aws folder to /usr/share/grafana/, and make sure the credentials file has at most 0644 permissions.'
    );
  } else if (view.authType === AwsAuthType.Default) {
    hint(
      'eks',
      'On Amazon EKS with IAM roles for service accounts, Grafana runs as user 472 ("grafana"). Give the pod a securityContext with fsGroup, runAsUser and runAsGroup set to 472, or it cannot read the projected credentials and falls back to the IAM role attached to the EC2 instance.'
    );
  } else if (view.authType === AwsAuthType.EC2IAMRole) {
    hint(
      'workspace-role',
      "Grafana's backend treats Workspace IAM Role like AWS SDK Default: it uses whatever credentials the server's environment provides, the EC2 instance's or the workspace's IAM role included."
    );
  } else if (view.authType === AwsAuthType.Keys && usesTemporaryKeys(view)) {
    hint(
      'temporary',
      'Temporary credentials (access keys starting with ASIA) expire, often within hours. The data source stops working then, until new credentials are entered.'
    );
  }
  return { sentence, hints };
}
