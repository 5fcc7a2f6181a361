import { ASSUME_ROLE_FALLBACK_REGION, STS_OPT_IN_REGIONS, endpointTreatment } from './backendRules';
import { foldKey } from './jsonKeys';
import { partitionOfRegion } from './regions';
import { type Translate, english } from './translate';
import type { AwsAuthType, SecretSetting, TextSetting } from './types';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One thing worth telling the person about a setting: what is wrong, and how to fix it. */
export interface Finding {
  setting: TextSetting | SecretSetting | 'authType';
  severity: FindingSeverity;
  /** Stable identifier, for authors who map findings to their own wording or checks. */
  code: string;
  /** Plain-language text. Never contains a secret's value. */
  message: string;
}

/** The settings `validateAwsAuth` checks, as shown on the page (`readSettings` gives them); every field optional. */
export interface ValidationInput {
  authType?: AwsAuthType;
  profile?: string;
  assumeRoleArn?: string;
  externalId?: string;
  endpoint?: string;
  /** The region the backend uses: the view's `defaultRegion`, which already applies the `region` precedence. */
  defaultRegion?: string;
  /**
   * The region values the plugin itself offers (`standardRegions`, `loadRegions`). A plugin may
   * offer a value that is not an AWS region code (IoT SiteWise's `Edge`); picking it is no mistake.
   */
  offeredRegions?: readonly string[];
  /** Typed (unsaved) secrets; stored ones are never in the browser. */
  accessKey?: string;
  secretKey?: string;
  sessionToken?: string;
  /**
   * jsonData keys whose saved value the backend cannot decode (`readSettings`' `unreadable`): the
   * data source does not load until they change.
   */
  unreadable?: readonly string[];
  /** Server policy, when known: which providers are allowed and whether assume role is enabled. */
  allowedProviders?: readonly string[];
  assumeRoleEnabled?: boolean;
}

/** A validation function, such as `validateAwsAuth`, handed to the editor to opt in to its checks. */
export type Validator = (input: ValidationInput, translate?: Translate) => Finding[];

export const AWS_PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
] as const;

const ROLE_ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/;
const ROLE_RESOURCE = /^role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]+$/;
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const PROFILE_UNSAFE = /[\s[\]]/;

type Add = (severity: FindingSeverity, code: string, message: string, values?: Record<string, string | number>) => void;
type Check = (input: ValidationInput, add: Add) => void;

const EXAMPLE_ARN = 'arn:aws:iam::123456789012:role/grafana-reader';

const checkArn: Check = ({ assumeRoleArn: arn = '', defaultRegion = '' }, add) => {
  if (!arn) {
    return;
  }
  const parts = ROLE_ARN.exec(arn);
  if (!parts) {
    add('error', 'arn-shape', "Enter the role's full ARN, not only its name. It looks like {{example}}.", {
      example: EXAMPLE_ARN,
    });
    return;
  }
  const [, partition = '', service, region, account = '', resource = ''] = parts;
  if (!(AWS_PARTITIONS as readonly string[]).includes(partition)) {
    add('error', 'arn-partition', '"{{partition}}" is not an AWS partition. Use one of {{partitions}}.', {
      partition: partition.slice(0, 40),
      partitions: AWS_PARTITIONS.join(', '),
    });
  } else if (service !== 'iam' || region !== '' || !resource.startsWith('role/')) {
    add(
      'error',
      'arn-not-role',
      "This is not an IAM role ARN. Copy the ARN from the role's page in the IAM console. It looks like {{example}}.",
      { example: EXAMPLE_ARN }
    );
  } else if (!/^\d{12}$/.test(account)) {
    add('error', 'arn-account', 'The account ID in a role ARN is 12 digits, between "iam::" and ":role/".');
  } else if (!ROLE_RESOURCE.test(resource)) {
    add('error', 'arn-role-name', 'Role names have 1 to 64 letters, digits and + = , . @ _ - characters.');
  } else if (defaultRegion && REGION.test(defaultRegion) && partitionOfRegion(defaultRegion) !== partition) {
    add(
      'warning',
      'arn-region-partition',
      "A role in partition {{partition}} cannot be assumed from region {{region}}, which is in {{regionPartition}}. Choose a region in the role's partition.",
      { partition, region: defaultRegion, regionPartition: partitionOfRegion(defaultRegion) }
    );
  }
};

const checkAssumeRoleRegion: Check = ({ assumeRoleArn = '', defaultRegion = '' }, add) => {
  if (assumeRoleArn && STS_OPT_IN_REGIONS.includes(defaultRegion)) {
    add(
      'info',
      'assume-role-opt-in-region',
      'Grafana calls sts:AssumeRole in {{stsRegion}}, not in {{region}}, because {{region}} is an opt-in region. If policies or the network limit STS to {{region}}, allow {{stsRegion}} too.',
      { region: defaultRegion, stsRegion: ASSUME_ROLE_FALLBACK_REGION }
    );
  }
};

const checkExternalId: Check = ({ externalId = '' }, add) => {
  if (!externalId) {
    return;
  }
  if (externalId.length < 2 || externalId.length > 1224) {
    add('error', 'external-id-length', 'An external ID has 2 to 1,224 characters.');
  } else if (!EXTERNAL_ID.test(externalId)) {
    add(
      'error',
      'external-id-characters',
      'An external ID may only contain letters, digits and + = , . @ : / - _ (no spaces).'
    );
  }
};

// AWS offers FIPS endpoints in its US, Canadian and GovCloud (US) regions only.
const FIPS_REGION = /^(?:us|ca|us-gov)-/;

const checkEndpoint: Check = ({ endpoint = '', defaultRegion = '', assumeRoleArn = '' }, add) => {
  switch (endpointTreatment(endpoint)) {
    case 'none':
      return;
    case 'fips':
      add(
        'info',
        'endpoint-fips',
        'Grafana does not call this address. An endpoint containing "-fips." turns on the AWS SDK\'s FIPS mode instead, and the SDK calls the FIPS endpoint of the service in the data source\'s region.'
      );
      // Checked against grafana-aws-sdk: the SDK builds the FIPS host name for any region (for STS,
      // sts-fips.<region>.amazonaws.com) and never falls back to the standard endpoint.
      if (defaultRegion && !FIPS_REGION.test(defaultRegion)) {
        add(
          'warning',
          'endpoint-fips-region',
          'AWS offers FIPS endpoints only in US, Canadian and AWS GovCloud (US) regions. In {{region}} the AWS SDK still calls a FIPS address, which does not exist, so every request fails. Choose such a region, or clear the endpoint.',
          { region: defaultRegion }
        );
      }
      return;
    case 'default':
      add(
        'info',
        'endpoint-default',
        '"default" means no custom endpoint: Grafana calls AWS\'s standard endpoint for the service. Leaving the field blank does the same.'
      );
      return;
    case 'sts':
      add(
        'warning',
        'endpoint-sts',
        "Grafana ignores an AWS STS endpoint here and calls AWS's standard endpoints instead. Enter the endpoint of the service this data source queries, or leave the field blank."
      );
      return;
    case 'custom':
      break;
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    add(
      'error',
      'endpoint-url',
      'Enter a full URL that starts with https://, for example https://monitoring.eu-west-1.amazonaws.com.'
    );
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    add('error', 'endpoint-scheme', 'The endpoint must start with https:// (or http://).');
  } else if (url.username || url.password) {
    // The value is not repeated: the part before @ may be a password.
    add(
      'error',
      'endpoint-credentials',
      'Remove the user name and password from the endpoint. AWS requests are signed; credentials in a URL are never needed and may leak.'
    );
  } else if (url.protocol === 'http:') {
    add('warning', 'endpoint-http', 'This endpoint is not encrypted. Use https:// unless it is a local test service.');
  }
  // Checked against grafana-aws-sdk: the custom endpoint is the base endpoint of every client built
  // from the config, the STS client that assumes the role included.
  if (assumeRoleArn) {
    add(
      'warning',
      'endpoint-assume-role',
      'With a role ARN, Grafana also sends sts:AssumeRole to this endpoint, not to AWS STS. Unless it serves STS too, assuming the role fails. Leave the endpoint blank if the service has a standard AWS endpoint.'
    );
  }
};

// settings.go Load: "could not unmarshal DatasourceSettings json" on any value of the wrong type.
// Reported on the field that shows the setting (any spelling of its key, folded as Go does), so the
// person sees it where it is fixed; what has no field of its own goes with the provider.
const FIELDS = ['PROFILE', 'ASSUMEROLEARN', 'EXTERNALID', 'ENDPOINT', 'REGION', 'DEFAULTREGION'];
const unreadableIn =
  (belongs: (folded: string) => boolean): Check =>
  ({ unreadable = [] }, add) => {
    const keys = unreadable.filter((k) => belongs(foldKey(k)));
    if (keys.length > 0) {
      add(
        'error',
        'unreadable',
        'Grafana cannot read the saved value of {{keys}} (text or true/false is expected), so this data source does not work. Enter the setting again, or fix it in the provisioning file.',
        { keys: keys.map((k) => `"${k.slice(0, 40)}"`).join(', ') }
      );
    }
  };

const checkRegion: Check = ({ defaultRegion = '', offeredRegions }, add) => {
  if (defaultRegion && !REGION.test(defaultRegion) && !offeredRegions?.includes(defaultRegion)) {
    add(
      'error',
      'region-shape',
      'Region codes look like eu-west-1 or us-gov-west-1. Pick one from the list or check the spelling.'
    );
  }
};

const checkAccessKey: Check = ({ accessKey = '' }, add) => {
  if (!accessKey) {
    return;
  }
  if (!ACCESS_KEY_ID.test(accessKey)) {
    if (accessKey.length === 40 && /[a-z/+]/.test(accessKey)) {
      add(
        'error',
        'access-key-is-secret',
        'This looks like a secret access key. Put it in Secret Access Key, and the key ID (AKIA…) here.'
      );
    } else {
      add(
        'error',
        'access-key-shape',
        'An access key ID has 16 to 128 capital letters and digits, and usually starts with AKIA.'
      );
    }
  } else if (accessKey.startsWith('ASIA')) {
    add(
      'info',
      'access-key-temporary',
      'Keys starting with ASIA are temporary: they need a session token and stop working when they expire.'
    );
  }
};

const checkSecretKey: Check = ({ secretKey = '' }, add) => {
  if (secretKey && secretKey.length !== 40) {
    add(
      'warning',
      'secret-key-length',
      'Secret access keys from AWS are 40 characters long. Check that you copied all of it.'
    );
  }
};

const checkProfile: Check = ({ profile = '' }, add) => {
  if (/^profile\s/.test(profile)) {
    add(
      'error',
      'profile-prefix',
      'Leave out "profile ": in the credentials file a section is written [name], and that name is what goes here.'
    );
  } else if (PROFILE_UNSAFE.test(profile)) {
    add(
      'error',
      'profile-characters',
      'A profile name has no spaces or brackets. Use the name between [ and ] in the credentials file.'
    );
  }
};

const checkProviderAllowed: Check = ({ authType, allowedProviders }, add) => {
  if (authType && allowedProviders && !allowedProviders.includes(authType)) {
    add(
      'warning',
      'provider-not-allowed',
      'This Grafana server does not allow "{{provider}}". Choose another provider, or ask an admin to add it to allowed_auth_providers in the [aws] section of grafana.ini.',
      { provider: authType }
    );
  }
};

// Reported against the role's field, where the person looks, though the cause is the server's.
const checkAssumeRoleAllowed: Check = ({ assumeRoleEnabled, assumeRoleArn }, add) => {
  if (assumeRoleArn && assumeRoleEnabled === false) {
    add(
      'warning',
      'assume-role-disabled',
      'Assume role is disabled on this Grafana server, so requests with a role ARN are refused. Clear the role, or ask an admin to set assume_role_enabled = true in the [aws] section of grafana.ini.'
    );
  }
};

const checks: ReadonlyArray<[Finding['setting'], Check]> = [
  ['authType', /* @__PURE__ */ unreadableIn((k) => !FIELDS.includes(k))],
  ['authType', checkProviderAllowed],
  ['assumeRoleArn', checkAssumeRoleAllowed],
  ['profile', checkProfile],
  ['accessKey', checkAccessKey],
  ['secretKey', checkSecretKey],
  ['assumeRoleArn', checkArn],
  ['assumeRoleArn', checkAssumeRoleRegion],
  ['externalId', checkExternalId],
  ['endpoint', checkEndpoint],
  ['defaultRegion', checkRegion],
  ['profile', /* @__PURE__ */ unreadableIn((k) => k === 'PROFILE')],
  ['assumeRoleArn', /* @__PURE__ */ unreadableIn((k) => k === 'ASSUMEROLEARN')],
  ['externalId', /* @__PURE__ */ unreadableIn((k) => k === 'EXTERNALID')],
  ['endpoint', /* @__PURE__ */ unreadableIn((k) => k === 'ENDPOINT')],
  ['defaultRegion', /* @__PURE__ */ unreadableIn((k) => k === 'REGION' || k === 'DEFAULTREGION')],
];

/**
 * Checks settings the way the backend and AWS will, before "Save & test" does. Pure: settings in,
 * findings out. Findings inform; they never stop Grafana from saving.
 */
export function validateAwsAuth(input: ValidationInput, translate: Translate = english): Finding[] {
  const findings: Finding[] = [];
  for (const [setting, check] of checks) {
    check(input, (severity, code, message, values) =>
      findings.push({
        setting,
        severity,
        code,
        message: translate(`grafana-aws-auth.validation.${code}`, message, values),
      })
    );
  }
  return findings;
}

/** Pasted values often carry spaces or line breaks around them; none of these settings can use them. */
export function trimPasted(value: string): { value: string; trimmed: boolean } {
  const clean = value.trim();
  return { value: clean, trimmed: clean !== value };
}
