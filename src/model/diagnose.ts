import { standardRegions } from './regions';
import { type Translate, english } from './translate';
import { STS_OPT_IN_REGIONS } from './backendRules';

/** Why a "Save & test" most likely failed. Stable identifiers, for tests and for authors' own wording. */
export type AwsErrorCause =
  | 'provider-not-allowed'
  | 'provider-unknown'
  | 'assume-role-disabled'
  | 'role-arn-invalid'
  | 'assume-role-denied'
  | 'tag-session-denied'
  | 'eks-web-identity'
  | 'invalid-access-key'
  | 'region-not-enabled'
  | 'signature-mismatch'
  | 'clock-skew'
  | 'expired-token'
  | 'credentials-file'
  | 'no-credentials'
  | 'missing-region'
  | 'invalid-region'
  | 'endpoint-misuse'
  | 'endpoint-unreachable'
  | 'service-permission'
  | 'unsigned-request'
  | 'throttling';

/** The settings a diagnosis can point at: each one is a field of the editor. */
export type DiagnosisSetting =
  'authType' | 'profile' | 'accessKey' | 'secretKey' | 'assumeRoleArn' | 'externalId' | 'endpoint' | 'defaultRegion';

/** What the editor knows when the test fails: the settings as shown, never a secret's value. */
export interface DiagnosisInput {
  authType?: string;
  profile?: string;
  assumeRoleArn?: string;
  externalId?: string;
  endpoint?: string;
  defaultRegion?: string;
  /** Temporary keys (ASIA…, or a session token) are in use. */
  temporaryKeys?: boolean;
  /** The settings sign an HTTP data source's requests (SigV4), as `SIGV4ConnectionConfig` edits them. */
  sigV4?: boolean;
}

/** What `diagnoseAwsError` makes of a failed "Save & test": cause, fix, the setting to change, and a docs link. */
export interface AwsErrorDiagnosis {
  cause: AwsErrorCause;
  /** The likely cause, in one or two sentences. */
  summary: string;
  /** What to do about it. */
  fix: string;
  /** The setting to look at first, when one of the editor's fields is involved. */
  setting?: DiagnosisSetting;
  /** Grafana's documentation on the subject. */
  docsUrl: string;
  /**
   * Who AWS refused and what for, as the message names them ("User: <principal> is not authorized to
   * perform: <action> on resource: <resource>"): the policy that would have allowed it can be built
   * from these. Set for `assume-role-denied` and `service-permission` when the message says.
   */
  refused?: { principal: string; action: string; resource: string };
}

const DOCS = 'https://grafana.com/docs/grafana/latest/datasources/aws-cloudwatch/aws-authentication/';
const docs = {
  page: DOCS,
  methods: `${DOCS}#authentication-methods`,
  assumeRole: `${DOCS}#assuming-a-role`,
  externalId: `${DOCS}#external-id`,
  endpoint: `${DOCS}#endpoint`,
  credentialsFile: `${DOCS}#aws-credentials-file`,
  eks: `${DOCS}#eks-iam-roles-for-service-accounts`,
} as const;

/**
 * Regions AWS accounts must opt in to (the backend's own list). A request signed for one that the
 * account has not enabled is refused with "The security token included in the request is invalid".
 */
const OPT_IN_REGIONS = new Set(STS_OPT_IN_REGIONS);

// A region code anywhere in the text: eu-west-1, us-gov-west-1, cn-north-1, ...
const REGION_IN_TEXT = /\b[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}\b/g;

interface Context {
  /** The message on one line, literal "\n" and "\t" escapes (as logs print them) turned to spaces. */
  text: string;
  settings: DiagnosisInput;
  tr: Translate;
}

type Rule = (ctx: Context) => AwsErrorDiagnosis | undefined;

const shorten = (value: string) => (value.length > 100 ? `${value.slice(0, 97)}…` : value);

function result(
  ctx: Context,
  cause: AwsErrorCause,
  variant: string,
  texts: { summary: string; fix: string },
  docsUrl: string,
  setting?: DiagnosisSetting,
  values: Record<string, string> = {}
): AwsErrorDiagnosis {
  const shown = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, shorten(v)]));
  const key = `grafana-aws-auth.diagnosis.${cause}${variant ? `.${variant}` : ''}`;
  return {
    cause,
    summary: ctx.tr(`${key}.summary`, texts.summary, shown),
    fix: ctx.tr(`${key}.fix`, texts.fix, shown),
    setting,
    docsUrl,
  };
}

const has = (ctx: Context, pattern: RegExp) => pattern.test(ctx.text);

/** Who was refused, and what it asked for, from "User: <arn> is not authorized to perform: <action> on resource: <arn>". */
function refusal(text: string): { principal: string; action: string; resource: string } | undefined {
  const match = /User:\s*(\S+)\s+is not authorized to perform:?\s*([\w-]+:[\w*-]+)(?:\s+on resource:?\s*(\S+))?/i.exec(
    text
  );
  if (!match) {
    return undefined;
  }
  const clean = (s = '') => s.replace(/["'\\,;)]+$/, '');
  return { principal: clean(match[1]), action: match[2] ?? '', resource: clean(match[3]) };
}

const knownRegions: ReadonlySet<string> = new Set(standardRegions);

/** Region codes the text names, in order. */
function regionsIn(text: string): string[] {
  return [...text.matchAll(REGION_IN_TEXT)].map((m) => m[0]);
}

const isStsEndpoint = (endpoint: string) => /^(?:https?:\/\/)?sts(?:-fips)?\./i.test(endpoint.trim());
const isFipsEndpoint = (endpoint: string) => /-fips\./i.test(endpoint);

/**
 * The SigV4 middleware (grafana-aws-sdk, `SignerRoundTripper`) refuses inside an HTTP round trip, so
 * Go reports its error after the method and the quoted URL: `Get "https://…": trying to use …`.
 */
const viaSigV4 = (ctx: Context) =>
  ctx.settings.sigV4 === true || /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) "https?:\/\/[^"]*": /i.test(ctx.text);

const rules: Rule[] = [
  // What the Grafana backend itself refuses, before any request to AWS.
  (ctx) => {
    if (!has(ctx, /non-allowed auth method|auth type that is not allowed/i)) {
      return undefined;
    }
    const provider =
      /non-allowed auth method:?\s*"?([\w-]+)/i.exec(ctx.text)?.[1] ??
      /not allowed:\s*"([^"]+)"/i.exec(ctx.text)?.[1] ??
      ctx.settings.authType ??
      '';
    const sigV4 = viaSigV4(ctx);
    return result(
      ctx,
      'provider-not-allowed',
      sigV4 ? 'sigv4' : '',
      sigV4
        ? {
            summary:
              'This Grafana server does not allow the authentication provider "{{provider}}" that signs this data source\'s requests (SigV4).',
            fix: 'In the SigV4 settings, choose one of the providers offered in Authentication Provider, or ask an admin to add it to allowed_auth_providers in the [aws] section of grafana.ini: SigV4 signing follows the same list.',
          }
        : {
            summary: 'This Grafana server does not allow the authentication provider "{{provider}}".',
            fix: 'Choose one of the providers offered in Authentication Provider, or ask an admin to add it to allowed_auth_providers in the [aws] section of grafana.ini.',
          },
      docs.methods,
      'authType',
      { provider }
    );
  },
  (ctx) =>
    has(ctx, /unknown auth type|invalid auth type|unrecognized authType/i)
      ? result(
          ctx,
          'provider-unknown',
          '',
          {
            summary: 'The saved authentication provider is not one the Grafana backend knows.',
            fix: 'Choose a provider in Authentication Provider and save again.',
          },
          docs.methods,
          'authType'
        )
      : undefined,
  (ctx) =>
    has(ctx, /assume role but it is disabled|assume role \(ARN\) which is disabled/i)
      ? result(
          ctx,
          'assume-role-disabled',
          viaSigV4(ctx) ? 'sigv4' : '',
          viaSigV4(ctx)
            ? {
                summary:
                  "Assume role is disabled on this Grafana server, and this data source's SigV4 settings name a role to assume.",
                fix: 'In the SigV4 settings, clear Assume Role ARN to sign with the credentials directly, or ask an admin to set assume_role_enabled = true in the [aws] section of grafana.ini.',
              }
            : {
                summary: 'Assume role is disabled on this Grafana server, and this data source names a role to assume.',
                fix: 'Clear Assume Role ARN to use the credentials directly, or ask an admin to set assume_role_enabled = true in the [aws] section of grafana.ini.',
              },
          docs.assumeRole,
          'assumeRoleArn'
        )
      : undefined,
  (ctx) =>
    has(
      ctx,
      /AssumeRoleInput\.RoleArn|at 'roleArn' failed to satisfy constraint|Invalid ARN|RoleArn.*(?:malformed|invalid)/i
    )
      ? result(
          ctx,
          'role-arn-invalid',
          '',
          {
            summary: 'AWS did not accept the role ARN: it is empty, cut short or not an ARN.',
            fix: "Copy the role's full ARN from its page in the IAM console into Assume Role ARN. It looks like arn:aws:iam::123456789012:role/grafana.",
          },
          docs.assumeRole,
          'assumeRoleArn'
        )
      : undefined,
  // EKS Pod Identity tags its sessions: the role to assume must allow sts:TagSession too.
  (ctx) => {
    if (!has(ctx, /not authorized to perform:?\s*sts:TagSession/i)) {
      return undefined;
    }
    const r = refusal(ctx.text);
    return result(
      ctx,
      'tag-session-denied',
      '',
      {
        summary:
          'The identity Grafana runs as ({{principal}}) may not tag the session when it assumes {{role}}. EKS Pod Identity always passes session tags.',
        fix: 'Add sts:TagSession next to sts:AssumeRole in the trust policy of the role to assume. If that trust policy requires an external ID, check that External ID here matches it: with Pod Identity a mismatch can show up as this error.',
      },
      docs.assumeRole,
      ctx.settings.externalId ? 'externalId' : 'assumeRoleArn',
      { principal: r?.principal ?? '?', role: r?.resource || ctx.settings.assumeRoleArn || '?' }
    );
  },
  // IAM roles for service accounts (EKS): the web identity token exchange failed.
  (ctx) => {
    if (
      !has(ctx, /WebIdentityErr|AssumeRoleWithWebIdentity|InvalidIdentityToken|serviceaccount\/token|web identity/i)
    ) {
      return undefined;
    }
    const unreadable = has(ctx, /permission denied|no such file/i);
    return result(
      ctx,
      'eks-web-identity',
      unreadable ? 'token-unreadable' : '',
      unreadable
        ? {
            summary: 'Grafana cannot read the web identity token Kubernetes mounted for its service account.',
            fix: 'Grafana runs as user 472 in its container. Give the pod a securityContext with fsGroup, runAsUser and runAsGroup set to 472 so that it can read the token.',
          }
        : {
            summary:
              "AWS refused the pod's web identity (IAM roles for service accounts): the role's trust policy does not accept this service account, or the cluster's OIDC provider is not set up in IAM.",
            fix: "Check the trust policy of the role in the service account's eks.amazonaws.com/role-arn annotation: it must trust the cluster's OIDC provider and name this namespace and service account. Also make sure Grafana (user 472) can read the token: set fsGroup to 472 in the pod's securityContext.",
          },
      docs.eks
    );
  },
  (ctx) => {
    const assumeRole = /sts:AssumeRole\b(?!With)/i.test(ctx.text) || /STS:\s*AssumeRole\b(?!With)/.test(ctx.text);
    if (!assumeRole || !has(ctx, /AccessDenied|not authorized/i)) {
      return undefined;
    }
    const r = refusal(ctx.text);
    const values = {
      principal: r?.principal || '?',
      role: r?.resource || ctx.settings.assumeRoleArn || '?',
    };
    if (ctx.settings.authType === 'grafana_assume_role') {
      return withRefusal(
        r,
        result(
          ctx,
          'assume-role-denied',
          'grafana-assume-role',
          {
            summary: "Grafana's AWS account may not assume {{role}}.",
            fix: "The role's trust policy must allow sts:AssumeRole for Grafana's account with this stack's external ID as a condition. Follow the steps shown with Grafana Assume Role and compare the trust policy with them.",
          },
          docs.assumeRole,
          'assumeRoleArn',
          values
        )
      );
    }
    if (ctx.settings.externalId) {
      return withRefusal(
        r,
        result(
          ctx,
          'assume-role-denied',
          'external-id',
          {
            summary:
              "{{principal}} may not assume {{role}}. An external ID is set, so the most likely cause is that it does not match the one in the role's trust policy.",
            fix: "Compare External ID with the sts:ExternalId condition in the role's trust policy (they must be identical, case included). Also check that the trust policy names {{principal}}'s account or role, and that its own policies allow sts:AssumeRole on {{role}}.",
          },
          docs.externalId,
          'externalId',
          values
        )
      );
    }
    return withRefusal(
      r,
      result(
        ctx,
        'assume-role-denied',
        '',
        {
          summary: '{{principal}} may not assume {{role}}.',
          fix: "Check three things: the role ARN is right; the role's trust policy allows sts:AssumeRole for {{principal}} (or its account); and {{principal}}'s own policies allow sts:AssumeRole on {{role}}. If the trust policy requires an external ID, enter it in External ID.",
        },
        docs.assumeRole,
        'assumeRoleArn',
        values
      )
    );
  },
  (ctx) => {
    if (!has(ctx, /\bExpiredToken|security token included in the request is expired|token (?:has |is )?expired/i)) {
      return undefined;
    }
    const keys = ctx.settings.authType === 'keys';
    return result(
      ctx,
      'expired-token',
      keys ? 'keys' : '',
      keys
        ? {
            summary: 'The temporary credentials entered here have expired.',
            fix: 'Temporary keys (starting with ASIA) stop working after a few hours. Enter new keys and session token, or better, use long-term keys or a role that Grafana can renew itself.',
          }
        : {
            summary: 'The credentials Grafana found have expired.',
            fix: 'Temporary credentials in a credentials file or environment variables are not renewed by Grafana. Replace them, or use a source that renews itself: an instance or pod role, or a role to assume.',
          },
      docs.methods,
      keys ? 'accessKey' : ctx.settings.authType === 'credentials' ? 'profile' : undefined
    );
  },
  (ctx) =>
    has(
      ctx,
      /RequestTimeTooSkewed|Signature expired|RequestExpired|Signature not yet current|clock skew|request time and the (?:current|server'?s?) time is too large/i
    )
      ? result(
          ctx,
          'clock-skew',
          '',
          {
            summary:
              "The Grafana server's clock is off: AWS refuses requests signed more than a few minutes away from its time.",
            fix: 'Synchronise the clock of the machine or container running grafana-server (NTP, chrony, or the host clock for containers), then test again.',
          },
          docs.methods
        )
      : undefined,
  // A region the account has not enabled answers like an unknown key; tell them apart by the region.
  (ctx) => {
    if (
      !has(ctx, /InvalidClientTokenId|UnrecognizedClientException|security token included in the request is invalid/i)
    ) {
      return undefined;
    }
    const region = [...regionsIn(ctx.text), ctx.settings.defaultRegion ?? ''].find((r) => OPT_IN_REGIONS.has(r));
    if (region) {
      return result(
        ctx,
        'region-not-enabled',
        '',
        {
          summary:
            '{{region}} is a region AWS accounts must opt in to. Until it is enabled, AWS answers that the security token is invalid.',
          fix: "Enable {{region}} in the AWS console (Account, AWS Regions) for the account that owns the credentials, and for the role's account when assuming a role, or choose another region.",
        },
        docs.page,
        'defaultRegion',
        { region }
      );
    }
    const keys = ctx.settings.authType === 'keys';
    return result(
      ctx,
      'invalid-access-key',
      keys ? 'keys' : '',
      keys
        ? {
            summary:
              'AWS does not know this access key: it was mistyped, deleted or deactivated, or it is temporary and needs its session token.',
            fix: 'Check Access Key ID against the IAM console (the key must be Active). Keys starting with ASIA are temporary and need a session token.',
          }
        : {
            summary:
              'AWS does not know the access key Grafana found: it was deleted or deactivated, or temporary credentials are missing their session token.',
            fix: 'Check the credentials available to grafana-server (credentials file, environment variables) against the IAM console, or choose another provider.',
          },
      docs.methods,
      keys ? 'accessKey' : ctx.settings.authType === 'credentials' ? 'profile' : 'authType'
    );
  },
  // "Credential should be scoped to …": the endpoint and the signing region or service disagree.
  (ctx) => {
    if (!has(ctx, /Credential should be scoped to/i)) {
      return undefined;
    }
    if (ctx.settings.endpoint) {
      return endpointMisuse(ctx);
    }
    return has(ctx, /valid region/i)
      ? result(
          ctx,
          'invalid-region',
          'scope',
          {
            summary: 'AWS did not accept the region the request was signed for.',
            fix: 'Choose a valid region in Default Region (for example eu-west-1).',
          },
          docs.endpoint,
          'defaultRegion'
        )
      : undefined;
  },
  (ctx) => {
    if (!has(ctx, /SignatureDoesNotMatch|InvalidSignatureException|request signature we calculated does not match/i)) {
      return undefined;
    }
    const keys = ctx.settings.authType === 'keys';
    return result(
      ctx,
      'signature-mismatch',
      keys ? 'keys' : '',
      keys
        ? {
            summary: 'The secret access key does not belong to the access key ID: AWS could not verify the signature.',
            fix: 'Enter the secret access key again (40 characters, copied without spaces), or create a new key pair in the IAM console.',
          }
        : {
            summary:
              'AWS could not verify the request signature: the secret key Grafana found does not match its access key, or a proxy changed the request.',
            fix: 'Check the secret key in the credentials Grafana uses, and that no proxy between Grafana and AWS rewrites requests.',
          },
      docs.methods,
      keys ? 'secretKey' : undefined
    );
  },
  // The credentials file, for the provider that reads it.
  (ctx) => {
    const fileError = has(
      ctx,
      /SharedCredsLoad|shared credentials file|shared config profile|SharedConfigProfileNotExist|SharedConfigLoadError|failed to load profile|\.aws\/credentials/i
    );
    const nothingFound = has(ctx, /NoCredentialProviders|no valid providers in chain|no EC2 IMDS role found/i);
    const chainFallback = ctx.settings.authType === 'credentials' && nothingFound;
    if (!(fileError && (!nothingFound || ctx.settings.authType === 'credentials')) && !chainFallback) {
      return undefined;
    }
    const profile = /shared config profile,?\s*([^\s:,]+)/i.exec(ctx.text)?.[1] ?? (ctx.settings.profile || 'default');
    const access = has(ctx, /permission denied|is a directory/i);
    return result(
      ctx,
      'credentials-file',
      access ? 'access' : '',
      access
        ? {
            summary: 'Grafana found the credentials file but cannot read it.',
            fix: 'The file must be ~/.aws/credentials (a file, not a folder) in the home folder of the user running grafana-server, readable by that user (0644 or stricter). If it still fails, move the .aws folder to /usr/share/grafana/.',
          }
        : {
            summary: 'Grafana cannot find profile {{profile}} in a credentials file.',
            fix: 'Create ~/.aws/credentials in the home folder of the user running grafana-server (not your own), with a [{{profile}}] section holding aws_access_key_id and aws_secret_access_key; or correct Credentials Profile Name. If it still fails, move the .aws folder to /usr/share/grafana/.',
          },
      docs.credentialsFile,
      'profile',
      { profile }
    );
  },
  // The default chain reached the EC2 instance metadata service and found no role.
  (ctx) => {
    if (!has(ctx, /no EC2 IMDS role found|EC2RoleRequestError|ec2imds|169\.254\.169\.254/i)) {
      return undefined;
    }
    return noCredentials(ctx);
  },
  (ctx) => {
    if (
      !has(
        ctx,
        /MissingRegion|could not find region configuration|region is required, but was not found|Missing Region|region:\s*""/i
      )
    ) {
      return undefined;
    }
    return result(
      ctx,
      'missing-region',
      '',
      {
        summary: 'No region is set, so Grafana does not know which AWS endpoint to call.',
        fix: 'Choose a Default Region. Queries that name no region of their own use it.',
      },
      docs.endpoint,
      'defaultRegion'
    );
  },
  (ctx) => {
    if (!has(ctx, /InvalidRegion|UnknownEndpoint|could not resolve endpoint|invalid region/i)) {
      return undefined;
    }
    return invalidRegion(ctx, regionsIn(ctx.text)[0] ?? ctx.settings.defaultRegion ?? '');
  },
  // A request that reached STS instead of the service (its API version is 2011-06-15), or a URL that is not one.
  (ctx) => {
    const sts = has(ctx, /for version 2011-06-15/);
    const badUrl = has(
      ctx,
      /unsupported protocol scheme|missing protocol scheme|first path segment in URL cannot contain colon/i
    );
    const endpoint = ctx.settings.endpoint ?? '';
    const suspicious = endpoint !== '' && (isStsEndpoint(endpoint) || isFipsEndpoint(endpoint));
    const failed = has(
      ctx,
      /no such host|UnknownOperation|InvalidAction|status code: 404|StatusCode: 404|SerializationError/i
    );
    return sts || (badUrl && endpoint) || (suspicious && failed) ? endpointMisuse(ctx) : undefined;
  },
  // Network: the endpoint could not be reached.
  (ctx) => {
    if (
      !has(
        ctx,
        /no such host|connection refused|i\/o timeout|Client\.Timeout exceeded|TLS handshake timeout|proxyconnect|network is unreachable|connection reset by peer|connect: host is down|x509:|send request failed|dial tcp|Could not connect to the endpoint URL/i
      )
    ) {
      return undefined;
    }
    const host = /(?:lookup|dial tcp:?\s*(?:lookup)?)\s+([\w.-]+\.[a-z]{2,})(?::\d+)?/i.exec(ctx.text)?.[1] ?? '';
    if (host && has(ctx, /no such host/i) && /\.amazonaws\.com(?:\.cn)?$/i.test(host) && !ctx.settings.endpoint) {
      // AWS publishes no such name: the service is not offered in that region, or the region is misspelled.
      return invalidRegion(ctx, regionsIn(host)[0] ?? ctx.settings.defaultRegion ?? '', host);
    }
    const endpoint = ctx.settings.endpoint ?? '';
    const proxy = has(ctx, /proxyconnect|proxy/i);
    return result(
      ctx,
      'endpoint-unreachable',
      proxy ? 'proxy' : endpoint ? 'custom' : '',
      proxy
        ? {
            summary: 'Grafana could not reach AWS through the HTTP proxy.',
            fix: 'Check the proxy grafana-server uses (HTTPS_PROXY / HTTP_PROXY and NO_PROXY in its environment, or the data source proxy): its address, and that it allows HTTPS to AWS endpoints.',
          }
        : endpoint
          ? {
              summary: 'Grafana could not reach the endpoint {{endpoint}} (name not found, refused or timed out).',
              fix: 'Check Endpoint: the address must resolve and accept HTTPS from the Grafana server. For a VPC endpoint, Grafana must run inside that VPC (or a connected network) and its security group must allow port 443. Leave Endpoint empty to use the standard AWS endpoint.',
            }
          : {
              summary: 'Grafana could not reach AWS (name not found, refused or timed out).',
              fix: 'The Grafana server needs outbound HTTPS to AWS: check DNS, firewalls and security groups, a required proxy (HTTPS_PROXY), or use a VPC endpoint and enter its URL in Endpoint.',
            },
      docs.endpoint,
      endpoint ? 'endpoint' : undefined,
      { endpoint }
    );
  },
  (ctx) =>
    has(
      ctx,
      /NoCredentialProviders|no valid providers in chain|failed to retrieve credentials|could not load credentials|unable to load credentials|failed to refresh cached credentials/i
    )
      ? noCredentials(ctx)
      : undefined,
  // A request that reached AWS with no signature: SigV4 is off, or the request bypassed Grafana's signing.
  (ctx) =>
    has(
      ctx,
      /MissingAuthenticationToken|Missing Authentication Token|User: anonymous is not authorized|Authorization header requires '?Credential'? parameter|must contain either a valid \(registered\) AWS access key ID/i
    )
      ? result(
          ctx,
          'unsigned-request',
          '',
          {
            summary:
              "The request reached AWS unsigned: AWS does not know who sent it. Grafana signs an HTTP data source's requests only when SigV4 auth is on.",
            fix: "Turn on SigV4 auth in this data source's Auth section, fill in its settings and save. If it is on, check that URL is the AWS service's own endpoint (for Amazon Managed Service for Prometheus, https://aps-workspaces.<region>.amazonaws.com/workspaces/<workspace id>) and that no proxy in between removes the Authorization header.",
          },
          docs.page,
          ctx.settings.sigV4 ? 'authType' : undefined
        )
      : undefined,
  (ctx) =>
    has(
      ctx,
      /Throttl|Rate exceeded|TooManyRequestsException|RequestLimitExceeded|SlowDown|ProvisionedThroughputExceeded/i
    )
      ? result(
          ctx,
          'throttling',
          '',
          {
            summary: 'AWS is limiting the rate of requests (throttling). The settings are probably fine.',
            fix: 'Test again in a minute. If it keeps happening, fewer or less frequent queries help, or ask AWS for a higher quota (Service Quotas).',
          },
          docs.page
        )
      : undefined,
  // Authenticated, but the identity lacks a permission for the service itself.
  (ctx) => {
    const r = refusal(ctx.text);
    const serviceAction = r && !/^sts:/i.test(r.action);
    const bare = has(
      ctx,
      /AccessDeniedException|UnauthorizedOperation|not authorized to perform this operation|UnauthorizedAccess/i
    );
    if (!serviceAction && !bare) {
      return undefined;
    }
    const values = { principal: r?.principal ?? '', action: r?.action ?? '' };
    const known = Boolean(r);
    return withRefusal(
      r,
      result(
        ctx,
        'service-permission',
        known ? '' : 'unnamed',
        known
          ? {
              summary: 'Grafana authenticated as {{principal}}, which is not allowed {{action}}.',
              fix: "Attach a policy that allows {{action}} (and the other actions this data source's documentation lists) to that identity. If it is not the identity you expected, check the provider and Assume Role ARN.",
            }
          : {
              summary: 'Grafana authenticated, but the identity it uses lacks a permission this data source needs.',
              fix: "Attach the IAM policy from this data source's documentation to the user or role Grafana uses (the role in Assume Role ARN, if one is set).",
            },
        docs.page,
        ctx.settings.assumeRoleArn ? 'assumeRoleArn' : undefined,
        values
      )
    );
  },
];

/** Adds who was refused and what for, when the message names them. */
function withRefusal(
  refused: AwsErrorDiagnosis['refused'] | undefined,
  diagnosis: AwsErrorDiagnosis
): AwsErrorDiagnosis {
  return refused?.principal && refused.action ? { ...diagnosis, refused } : diagnosis;
}

function endpointMisuse(ctx: Context): AwsErrorDiagnosis {
  const endpoint = ctx.settings.endpoint ?? '';
  const variant =
    isStsEndpoint(endpoint) || has(ctx, /for version 2011-06-15/) ? 'sts' : isFipsEndpoint(endpoint) ? 'fips' : '';
  const texts =
    variant === 'sts'
      ? {
          summary:
            'Endpoint points at AWS STS (the security token service), not at the service this data source queries.',
          fix: "Clear Endpoint, or enter the service's own endpoint (for CloudWatch, https://monitoring.<region>.amazonaws.com). Grafana finds STS by itself.",
        }
      : variant === 'fips'
        ? {
            summary:
              'Endpoint names a FIPS endpoint. Grafana then turns on FIPS mode, and not every region has FIPS endpoints.',
            fix: 'Clear Endpoint unless you need FIPS, and choose a region with FIPS endpoints (such as the US and GovCloud regions) if you do.',
          }
        : {
            summary:
              "Endpoint {{endpoint}} is not a URL this data source's service answers on, or it belongs to another region.",
            fix: "Enter the service's full endpoint URL for the region in Default Region, starting with https://, or clear Endpoint to use the standard one.",
          };
  return result(ctx, 'endpoint-misuse', variant, texts, docs.endpoint, 'endpoint', { endpoint });
}

function invalidRegion(ctx: Context, region: string, host = ''): AwsErrorDiagnosis {
  const known = knownRegions.has(region);
  return result(
    ctx,
    'invalid-region',
    host ? (known ? 'service' : 'host') : '',
    host
      ? known
        ? {
            summary: 'AWS has no endpoint {{host}}: this service is not offered in {{region}}.',
            fix: 'Choose a region where the service is available in Default Region (or in the query).',
          }
        : {
            summary: 'AWS has no endpoint {{host}}: "{{region}}" is probably not a region code.',
            fix: 'Choose a region from the list in Default Region, for example eu-west-1.',
          }
      : {
          summary: 'AWS does not recognise the region "{{region}}", or the service is not offered there.',
          fix: 'Choose a region from the list in Default Region. Region codes look like eu-west-1 or us-gov-west-1, with no availability-zone letter at the end.',
        },
    docs.endpoint,
    'defaultRegion',
    { region: region || '?', host }
  );
}

function noCredentials(ctx: Context): AwsErrorDiagnosis {
  const workspaceRole = ctx.settings.authType === 'ec2_iam_role';
  return result(
    ctx,
    'no-credentials',
    workspaceRole ? 'workspace-role' : '',
    workspaceRole
      ? {
          summary: 'Grafana found no IAM role on the EC2 instance it runs on.',
          fix: 'Attach an instance profile with an IAM role to the instance, and make sure Grafana can reach the instance metadata service (169.254.169.254; add it to NO_PROXY when a proxy is set).',
        }
      : {
          summary:
            "The AWS SDK's default chain found no credentials: no environment variables, no credentials file for the grafana-server user, and no instance, task or pod role.",
          fix: "Give grafana-server credentials (an EC2 instance profile, ECS task role or EKS service account role), or choose Access & secret key or Credentials file. On EKS, Grafana runs as user 472: set fsGroup, runAsUser and runAsGroup to 472 in the pod's securityContext. Behind a proxy, add 169.254.169.254 to NO_PROXY.",
        },
    workspaceRole ? docs.methods : docs.eks,
    'authType'
  );
}

/**
 * What most likely went wrong, from the message a failed "Save & test" shows and the settings on
 * the page. Pure and translatable. Returns undefined when the message is not one it recognises: a
 * wrong answer given with confidence is worse than none.
 */
export function diagnoseAwsError(
  message: string,
  settings: DiagnosisInput = {},
  translate: Translate = english
): AwsErrorDiagnosis | undefined {
  if (typeof message !== 'string' || message.trim() === '') {
    return undefined;
  }
  const text = message
    .slice(0, 20000)
    .replace(/\\[ntr]/g, ' ')
    .replace(/\s+/g, ' ');
  const ctx: Context = { text, settings, tr: translate };
  for (const rule of rules) {
    const found = rule(ctx);
    if (found) {
      return found;
    }
  }
  return undefined;
}
