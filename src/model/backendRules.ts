/**
 * Where Grafana's AWS backend reads a saved value differently from how it looks: the region
 * precedence, and endpoints it rewrites or ignores. Predicates and data only, no wording (the
 * findings in validate.ts and the summary say what these mean), so every part of the package can
 * use them without bundling text.
 */

/** The literal the backend reads as "not set" in a region or an endpoint. */
export const BACKEND_DEFAULT = 'default';

/**
 * Whether a saved `region` wins over `defaultRegion`: the backend's loader uses `region` unless it is
 * empty or the literal "default", and only then `defaultRegion`. A value that is not a string never
 * becomes a region (the loader cannot read it as one), so it does not win either.
 */
export function regionWins(saved: unknown): saved is string {
  return typeof saved === 'string' && saved !== '' && saved !== BACKEND_DEFAULT;
}

/** Endpoints the backend ignores for the service: they name AWS STS. */
export const STS_ENDPOINT_PREFIXES: readonly string[] = ['sts.', 'sts-fips.', 'https://sts.', 'https://sts-fips.'];

/**
 * What the backend does with a saved endpoint, in the order it decides:
 * - `fips`: the value contains `-fips.`; it is dropped and the AWS SDK's FIPS mode is turned on, so
 *   the SDK picks the service's FIPS endpoint for the region;
 * - `none`: empty, the SDK's own endpoint for the service;
 * - `default`: the literal "default", read as no endpoint at all;
 * - `sts`: starts with an STS prefix, ignored for the service;
 * - `custom`: used as the service's endpoint.
 */
export type EndpointTreatment = 'fips' | 'none' | 'default' | 'sts' | 'custom';

export function endpointTreatment(endpoint: string): EndpointTreatment {
  if (endpoint.includes('-fips.')) {
    return 'fips';
  }
  if (endpoint === '') {
    return 'none';
  }
  if (endpoint === BACKEND_DEFAULT) {
    return 'default';
  }
  return STS_ENDPOINT_PREFIXES.some((prefix) => endpoint.startsWith(prefix)) ? 'sts' : 'custom';
}

/**
 * Opt-in regions for which the backend calls sts:AssumeRole in `ASSUME_ROLE_FALLBACK_REGION`
 * rather than in the region itself (the backend's own list).
 */
export const STS_OPT_IN_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
];

/** Where the backend assumes a role when the data source's region is an opt-in region. */
export const ASSUME_ROLE_FALLBACK_REGION = 'us-east-1';

/** Whether the data source may be edited from this page: a provisioned one (`readOnly: true`) may not. */
export function isReadOnly(options: { readOnly?: unknown }): boolean {
  return options.readOnly === true;
}

/**
 * Whether the AWS SDK accepts a region: its endpoint rules bind it as a host name (smithy-go
 * `IsValidHostLabel(region, true)`: dot-separated labels of 1 to 63 letters, digits and hyphens, not
 * starting or ending with a hyphen). Any other value fails every call ("invalid input region").
 */
export function regionAccepted(region: string): boolean {
  return region.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

/**
 * Whether the AWS SDK can send requests to a custom endpoint: Go's HTTP client needs an absolute
 * http or https URL with a host ("unsupported protocol scheme" otherwise), and Go's URL parser
 * refuses control characters and spaces before the path.
 */
export function endpointAccepted(endpoint: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Go refuses
  return /^https?:\/\/[^\s/?#]+(?:[/?#][^\u0000-\u001f\u007f]*)?$/i.test(endpoint);
}
