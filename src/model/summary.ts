import type { AwsAuthView } from './settings';
import { AwsAuthType } from './types';

/** A piece of a sentence: plain words, or a value shown as code. */
export type SummarySegment = string | { code: string };

export interface CredentialSummary {
  /** One sentence, in segments, of what the backend will do with these settings. */
  sentence: SummarySegment[];
  /** Practical advice from Grafana's documentation that applies to these settings. */
  hints: string[];
}

export interface SummaryContext {
  assumeRoleEnabled: boolean;
  /** The endpoint the plugin would use when none is set, when it says. */
  defaultEndpoint?: string;
  /** Grafana Assume Role: the external ID sent with sts:AssumeRole. */
  grafanaExternalId?: string;
}

// Long saved values (or hostile ones) must not turn the summary into a wall of text.
const shown = (value: string) => ({ code: value.length > 120 ? `${value.slice(0, 117)}…` : value });

const HINTS = {
  credentialsFile:
    'The credentials file is ~/.aws/credentials in the home folder of the user running grafana-server. If Grafana cannot find it, try moving the .aws folder to /usr/share/grafana/, and keep the file readable by that user only (0644 or stricter).',
  eks: 'On Amazon EKS with IAM roles for service accounts, Grafana runs as user 472 ("grafana"). Give the pod a securityContext with fsGroup, runAsUser and runAsGroup set to 472, or it cannot read the projected credentials and falls back to the node\'s role.',
  workspaceRole:
    'Needs an IAM role attached to the EC2 instance Grafana runs on (an instance profile), with the instance metadata service reachable from Grafana. There is no fallback.',
  temporary:
    'Temporary credentials (access keys starting with ASIA) expire, often within hours. The data source stops working then, until new credentials are entered.',
  assumeRoleDisabled:
    'This Grafana server disables assume role (assume_role_enabled in the [aws] section of grafana.ini), so it refuses requests while a role ARN is stored.',
};

/** Temporary credentials: an ASIA key typed here, or a session token stored or typed. */
export function usesTemporaryKeys(view: AwsAuthView): boolean {
  const { accessKey, sessionToken } = view.secrets;
  return accessKey.value.startsWith('ASIA') || sessionToken.configured || sessionToken.value !== '';
}

function credentialsPart(view: AwsAuthView, ctx: SummaryContext): SummarySegment[] {
  switch (view.authType) {
    case AwsAuthType.Default:
      return [
        "Grafana uses the AWS SDK's default credential chain on the server: environment variables, the shared credentials file, then the role of the EC2 instance, ECS task or EKS pod it runs in",
      ];
    case AwsAuthType.Credentials:
      return [
        'Grafana reads profile ',
        shown(view.profile || 'default'),
        view.profileFromDatabase ? ' (from the older "database" setting)' : '',
        ' from the credentials file of the user running grafana-server',
      ];
    case AwsAuthType.Keys: {
      const { accessKey, secretKey } = view.secrets;
      const entered =
        (accessKey.configured || accessKey.value !== '') && (secretKey.configured || secretKey.value !== '');
      if (!entered) {
        return ['Grafana will sign requests with an access key and secret key, but both are not entered yet'];
      }
      return [
        usesTemporaryKeys(view)
          ? 'Grafana signs requests with the temporary access key and session token you entered'
          : 'Grafana signs requests with the access key you entered',
      ];
    }
    case AwsAuthType.EC2IAMRole:
      return ['Grafana uses the IAM role attached to the EC2 instance it runs on'];
    case AwsAuthType.GrafanaAssumeRole:
      return [
        "Grafana's own AWS account assumes your role",
        ...(ctx.grafanaExternalId ? [' with external ID ', shown(ctx.grafanaExternalId)] : []),
      ];
    default:
      return ['Choose a provider to see how Grafana will authenticate'];
  }
}

/** What the Grafana backend will do with these settings, in plain words. Pure: settings in, text out. */
export function summarizeCredentialChain(view: AwsAuthView, ctx: SummaryContext): CredentialSummary {
  const sentence: SummarySegment[] = [...credentialsPart(view, ctx)];
  const hints: string[] = [];
  const grafanaRole = view.authType === AwsAuthType.GrafanaAssumeRole;

  if (view.assumeRoleArn && !grafanaRole) {
    if (ctx.assumeRoleEnabled) {
      sentence.push(', then assumes role ', shown(view.assumeRoleArn));
      if (view.externalId) {
        sentence.push(' with external ID ', shown(view.externalId));
      }
    } else {
      hints.push(HINTS.assumeRoleDisabled);
    }
  } else if (grafanaRole && view.assumeRoleArn) {
    sentence.push(' ', shown(view.assumeRoleArn));
  }

  if (view.defaultRegion) {
    sentence.push(', in region ', shown(view.defaultRegion));
  } else {
    sentence.push(', in the region each query names');
  }
  if (grafanaRole || !view.endpoint) {
    if (ctx.defaultEndpoint) {
      sentence.push(', calling ', shown(ctx.defaultEndpoint));
    } else {
      sentence.push(", calling AWS's standard endpoint for the service");
    }
  } else {
    sentence.push(', calling ', shown(view.endpoint));
  }
  sentence.push('.');

  if (view.authType === AwsAuthType.Credentials) {
    hints.push(HINTS.credentialsFile);
  } else if (view.authType === AwsAuthType.Default) {
    hints.push(HINTS.eks);
  } else if (view.authType === AwsAuthType.EC2IAMRole) {
    hints.push(HINTS.workspaceRole);
  } else if (view.authType === AwsAuthType.Keys && usesTemporaryKeys(view)) {
    hints.push(HINTS.temporary);
  }
  return { sentence: sentence.filter((s) => s !== ''), hints };
}
