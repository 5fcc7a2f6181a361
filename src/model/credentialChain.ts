import {
  ASSUME_ROLE_FALLBACK_REGION,
  STS_OPT_IN_REGIONS,
  endpointAccepted,
  endpointTreatment,
  regionAccepted,
} from './backendRules';
import type { AwsAuthView } from './settings';
import type { AwsAuthType, ProxyType } from './types';

/**
 * What Grafana's AWS backend (grafana-aws-sdk `awsauth.GetConfig`) will do with saved settings, as
 * data: the editor's one statement about the backend. The summary words it; the backend contract
 * (`npm run test:backend`) runs the Go code on what the editor wrote and compares it with this.
 */
export interface CredentialChain {
  /**
   * Why the backend refuses the data source, in the order it checks: a value `Load` cannot decode,
   * then a provider grafana.ini does not allow, then a role ARN while assume role is disabled.
   */
  refusal?: 'unreadable' | 'provider-not-allowed' | 'assume-role-disabled';
  /**
   * Why every AWS call fails once the config is loaded: a region the SDK cannot bind into a host
   * name, or a custom endpoint it cannot send requests to.
   */
  failure?: 'region' | 'endpoint';
  /** The provider the backend uses: a missing or unknown saved value is read as `default`. */
  provider: Exclude<AwsAuthType, 'arn'>;
  /** Where the first credentials come from. */
  credentials: ChainCredentials;
  /** The region of the config; '' when none is saved, so the AWS SDK's own (AWS_REGION, the profile's config) applies. */
  region: string;
  /** `url`: a custom endpoint every client of the config calls (sts:AssumeRole included); `fips`: FIPS mode. */
  endpoint: { url?: string; fips: boolean };
  assumeRole?: {
    arn: string;
    /** The external ID sent with sts:AssumeRole, '' for none. */
    externalId: string;
    /** The region sts:AssumeRole is signed for ('' for the SDK's own): opt-in regions use us-east-1. */
    stsRegion: string;
  };
  /** The data source's own proxy, when the server honours it; otherwise the environment's (`env`). */
  proxy: { type: ProxyType; url?: string; username?: string };
}

export type ChainCredentials =
  /** The AWS SDK's default chain on the server: environment variables, shared files, then the EC2/ECS/EKS role. */
  | { from: 'environment' }
  /**
   * A profile of the shared credentials file. '' when none is saved: the SDK's own choice then, so
   * keys in the server's environment (AWS_ACCESS_KEY_ID) come first, then AWS_PROFILE or `default`.
   */
  | { from: 'profile'; profile: string }
  /** The keys stored with the data source: typed here (value), stored earlier, or missing. */
  | { from: 'keys'; accessKey: { typed: string } | 'stored' | 'missing'; complete: boolean; sessionToken: boolean }
  /** Grafana Assume Role: Grafana's own credentials (single-tenant: the `assume_role_credentials` profile). */
  | { from: 'grafana' };

// Go's Userinfo.Username() is the percent-decoded name; a malformed escape stays as typed here.
function unescape(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The server's `[aws]` settings as the backend reads them (`awsds.ReadAuthSettingsFromContext`). */
export interface ChainContext {
  allowedAuthProviders: readonly string[];
  assumeRoleEnabled: boolean;
  /** Grafana Assume Role: the stack's external ID (`AWS_AUTH_EXTERNAL_ID`). */
  stackExternalId?: string;
  /** `per_datasource_http_proxy_enabled`. */
  httpProxyEnabled?: boolean;
}

const secret = (state: AwsAuthView['secrets'][keyof AwsAuthView['secrets']]) =>
  state.value !== '' ? { typed: state.value } : state.configured ? ('stored' as const) : ('missing' as const);

function credentialsOf(view: AwsAuthView, provider: CredentialChain['provider']): ChainCredentials {
  const { accessKey, secretKey, sessionToken } = view.secrets;
  switch (provider) {
    case 'keys':
      return {
        from: 'keys',
        accessKey: secret(accessKey),
        complete: secret(accessKey) !== 'missing' && secret(secretKey) !== 'missing',
        sessionToken: secret(sessionToken) !== 'missing',
      };
    case 'credentials':
      // config.LoadOptions counts a profile as chosen only when it is not empty.
      return { from: 'profile', profile: view.profile };
    case 'grafana_assume_role':
      return { from: 'grafana' };
    default:
      // auth.go: "case AuthTypeDefault, AuthTypeEC2IAMRole: // nothing else to do here": the
      // Workspace IAM Role provider has no code path of its own.
      return { from: 'environment' };
  }
}

/** What the backend will do with the settings `view` shows, under the server's `[aws]` settings. */
export function resolveCredentialChain(view: AwsAuthView, ctx: ChainContext): CredentialChain {
  // awsds: UnmarshalJSON reads any value it does not know as AuthTypeDefault; "arn" and
  // "sharedCreds" are legacy names (readSettings maps them).
  const provider = view.authType === undefined || view.authType === 'arn' ? 'default' : view.authType;
  const grafana = provider === 'grafana_assume_role';
  const region = view.defaultRegion === 'default' ? '' : view.defaultRegion;
  const treatment = endpointTreatment(view.endpoint);
  const externalId = grafana
    ? view.usePerDatasourceExternalId === true && view.grafanaExternalId !== ''
      ? view.grafanaExternalId
      : (ctx.stackExternalId ?? '')
    : view.externalId;
  // awsauth GetProxyUrl: the URL's own user, replaced by the proxy user name only "if
  // settings.ProxyUsername != \"\" && settings.ProxyPassword != \"\"".
  const password = view.secrets.proxyPassword;
  const inUrl = /^([a-z][\w+.-]*:\/\/)([^@/?#]*)@/i.exec(view.proxyUrl);
  const username =
    view.proxyUsername && (password.value || password.configured)
      ? view.proxyUsername
      : (inUrl && unescape((inUrl[2] ?? '').split(':')[0] ?? '')) || undefined;
  const url = inUrl ? `${inUrl[1]}${view.proxyUrl.slice(inUrl[0].length)}` : view.proxyUrl;
  const proxy =
    ctx.httpProxyEnabled && view.proxyType === 'url'
      ? { type: view.proxyType, url: url || undefined, username }
      : { type: ctx.httpProxyEnabled ? view.proxyType : ('env' as const) };

  return {
    refusal:
      view.unreadable.length > 0
        ? 'unreadable'
        : !ctx.allowedAuthProviders.includes(provider)
          ? 'provider-not-allowed'
          : view.assumeRoleArn !== '' && !ctx.assumeRoleEnabled
            ? 'assume-role-disabled'
            : undefined,
    failure: !regionAccepted(region || 'x')
      ? 'region'
      : treatment === 'custom' && !endpointAccepted(view.endpoint)
        ? 'endpoint'
        : undefined,
    provider,
    credentials: credentialsOf(view, provider),
    region,
    endpoint: { url: treatment === 'custom' ? view.endpoint : undefined, fips: treatment === 'fips' },
    assumeRole: view.assumeRoleArn
      ? {
          arn: view.assumeRoleArn,
          externalId,
          stsRegion: STS_OPT_IN_REGIONS.includes(region) ? ASSUME_ROLE_FALLBACK_REGION : region,
        }
      : undefined,
    proxy,
  };
}
