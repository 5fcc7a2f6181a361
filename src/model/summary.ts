import { endpointTreatment } from './backendRules';
import type { AwsAuthView } from './settings';
import { type Translate, english } from './translate';
import { AwsAuthType } from './types';

/** A piece of a sentence: plain words, or a value shown as code. */
export type SummarySegment = string | { code: string };

/** What `summarizeCredentialChain` returns: the credential chain as one sentence, and hints. */
export interface CredentialChainSummary {
  /** One sentence, in segments, of what the backend will do with these settings. */
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

function credentialsClause(view: AwsAuthView, ctx: SummaryContext, tr: Translate): SummarySegment[] {
  switch (view.authType) {
    case AwsAuthType.Default:
      return clause(
        tr,
        'default',
        "Grafana uses the AWS SDK's default credential chain on the server: environment variables, the shared credentials file, then the role of the EC2 instance, ECS task or EKS pod it runs in"
      );
    case AwsAuthType.Credentials:
      return view.profileFromDatabase
        ? clause(
            tr,
            'credentials-database',
            'Grafana reads profile {{profile}} (from the older "database" setting) from the credentials file of the user running grafana-server',
            { profile: view.profile }
          )
        : clause(
            tr,
            'credentials',
            'Grafana reads profile {{profile}} from the credentials file of the user running grafana-server',
            { profile: view.profile || 'default' }
          );
    case AwsAuthType.Keys: {
      const { accessKey, secretKey } = view.secrets;
      const entered =
        (accessKey.configured || accessKey.value !== '') && (secretKey.configured || secretKey.value !== '');
      if (!entered) {
        return clause(
          tr,
          'keys-missing',
          'Grafana will sign requests with an access key and secret key, but both are not entered yet'
        );
      }
      return usesTemporaryKeys(view)
        ? clause(
            tr,
            'keys-temporary',
            'Grafana signs requests with the temporary access key and session token you entered'
          )
        : clause(tr, 'keys', 'Grafana signs requests with the access key you entered');
    }
    case AwsAuthType.EC2IAMRole:
      return clause(tr, 'workspace-role', 'Grafana uses the IAM role attached to the EC2 instance it runs on');
    case AwsAuthType.GrafanaAssumeRole:
      return ctx.grafanaExternalId
        ? clause(
            tr,
            'grafana-assume-role-external-id',
            "Grafana's own AWS account assumes your role with external ID {{externalId}}",
            { externalId: ctx.grafanaExternalId }
          )
        : clause(tr, 'grafana-assume-role', "Grafana's own AWS account assumes your role");
    default:
      return clause(tr, 'no-provider', 'Choose a provider to see how Grafana will authenticate');
  }
}

/** What the Grafana backend will do with these settings, in plain words. Pure: settings in, text out. */
export function summarizeCredentialChain(
  view: AwsAuthView,
  ctx: SummaryContext,
  tr: Translate = english
): CredentialChainSummary {
  const grafanaRole = view.authType === AwsAuthType.GrafanaAssumeRole;
  const sentence = credentialsClause(view, ctx, tr);
  const hints: string[] = [];
  const hint = (id: string, text: string) => hints.push(tr(`grafana-aws-auth.summary.hint.${id}`, text));

  if (view.assumeRoleArn && grafanaRole) {
    sentence.push(...clause(tr, 'role', ' {{arn}}', { arn: view.assumeRoleArn }));
  } else if (view.assumeRoleArn && ctx.assumeRoleEnabled) {
    sentence.push(
      ...(view.externalId
        ? clause(tr, 'assume-role-external-id', ', then assumes role {{arn}} with external ID {{externalId}}', {
            arn: view.assumeRoleArn,
            externalId: view.externalId,
          })
        : clause(tr, 'assume-role', ', then assumes role {{arn}}', { arn: view.assumeRoleArn }))
    );
  } else if (view.assumeRoleArn) {
    hint(
      'assume-role-disabled',
      'This Grafana server disables assume role (assume_role_enabled in the [aws] section of grafana.ini), so it refuses requests while a role ARN is stored.'
    );
  }

  sentence.push(
    ...(view.defaultRegion
      ? clause(tr, 'region', ', in region {{region}}', { region: view.defaultRegion })
      : clause(tr, 'region-per-query', ', in the region each query names'))
  );
  // What the backend does with the endpoint: "-fips." turns on FIPS mode, "default" and STS endpoints are not used.
  const treatment = grafanaRole ? 'none' : endpointTreatment(view.endpoint);
  const endpoint = treatment === 'custom' ? view.endpoint : grafanaRole ? '' : ctx.defaultEndpoint || '';
  sentence.push(
    ...(treatment === 'fips'
      ? clause(tr, 'endpoint-fips', ", calling the service's FIPS endpoint, which the AWS SDK picks for the region.")
      : endpoint
        ? clause(tr, 'endpoint', ', calling {{endpoint}}.', { endpoint })
        : clause(tr, 'endpoint-standard', ", calling AWS's standard endpoint for the service."))
  );

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
      'Needs an IAM role attached to the EC2 instance Grafana runs on (an instance profile), with the instance metadata service reachable from Grafana. There is no fallback.'
    );
  } else if (view.authType === AwsAuthType.Keys && usesTemporaryKeys(view)) {
    hint(
      'temporary',
      'Temporary credentials (access keys starting with ASIA) expire, often within hours. The data source stops working then, until new credentials are entered.'
    );
  }
  return { sentence, hints };
}
