import type { Difference } from '../support/describeSection';

/**
 * A difference from `@grafana/aws-sdk` that a plugin's test could notice and that is right on
 * purpose. Each names the rule behind it (README, "Different on purpose", or the settings contract)
 * and states our actual value, so that it fails when ours changes and cannot outlive its reason.
 * Everything not listed here must be the same as the peer's.
 */
export interface AllowedDifference {
  why: string;
  key: string | RegExp;
  attribute: Difference['attribute'];
  /** Only in the states whose names match. */
  states?: RegExp;
  /** Our value, or a check of it against the peer's. */
  ours: string | boolean | ((d: Difference) => boolean);
}

const NAMES = 'README: accessible names are the label alone (the peer names a field by label and description)';
const HELP =
  'README: descriptions are the accessible description, worded for people who do not know AWS (the peer puts them in the name)';
const MASKED = 'README: access and secret keys are masked (type="password", role textbox not exposed)';
const RESET = "README: a stored secret shows Grafana's Reset button rather than an edit icon";
const PROVISIONED =
  'Settings contract: a provisioned data source (readOnly) cannot be saved from the page, so no control invites an edit';

export const ALLOWED: AllowedDifference[] = [
  { why: NAMES, key: /./, attribute: 'name', ours: (d) => String(d.peer).startsWith(`${String(d.ours)} `) },
  {
    why: HELP,
    key: /./,
    attribute: 'description',
    // Ours is there; the peer's is empty, or a Select's placeholder that ours also starts with.
    ours: (d) => d.ours !== '' && (d.peer === '' || String(d.ours).startsWith(`${String(d.peer)} `)),
  },
  { why: MASKED, key: /^#(accessKeyId|secretKey)$/, attribute: 'role', ours: 'input[type=password]' },
  { why: MASKED, key: /^#(accessKeyId|secretKey)$/, attribute: 'type', ours: 'password' },
  { why: RESET, key: /^button "Reset"( #\d)?$/, attribute: 'present', ours: true },
  // The peer's edit icons: "Edit Secret Access Key" also has the id secretKey (a second #secretKey).
  { why: RESET, key: /^(button "Edit Access Key ID"|#secretKey #2)$/, attribute: 'present', ours: false },
  // The peer shows a stored proxy password as an empty field, as if there were none.
  { why: RESET, key: '#proxyPassword', attribute: 'placeholder', ours: 'Configured' },
  { why: RESET, key: '#proxyPassword', attribute: 'disabled', ours: true },
  {
    why: 'README: a session token for temporary credentials (the peer has none)',
    key: 'checkbox "These are temporary credentials Keys from AWS STS or SSO come with a session token."',
    attribute: 'present',
    ours: true,
  },
  {
    why: 'README: a stored role while assume role is disabled is kept, explained, and can be cleared',
    key: /^(alert "Assume role is disabled on this Grafana server"|button "Clear the stored role")$/,
    attribute: 'present',
    ours: true,
  },
  {
    why: "README: Grafana Assume Role's external ID has a Copy button, for the role's trust policy",
    key: 'button "Copy the external ID"',
    attribute: 'present',
    ours: true,
  },
  // The steps' disclosure: the peer's title starts "grafana" in lower case and ends with a colon.
  {
    why: HELP,
    key: 'button "How to create an IAM role for grafana to assume:"',
    attribute: 'present',
    ours: false,
  },
  { why: HELP, key: 'button "How to create an IAM role for Grafana to assume"', attribute: 'present', ours: true },
  {
    why: PROVISIONED,
    states: /provisioned/,
    key: /^#(authProvider|defaultRegion)$/,
    attribute: 'disabled',
    ours: true,
  },
  {
    why: PROVISIONED,
    states: /provisioned/,
    key: /^#(assumeRoleArn|externalId|endpoint)$/,
    attribute: 'readOnly',
    ours: true,
  },
  {
    why: PROVISIONED,
    states: /provisioned/,
    key: 'status "This data source is provisioned"',
    attribute: 'present',
    ours: true,
  },
];

/** Whether `entry` covers the difference `d` in the state named `state`. */
export function covers(entry: AllowedDifference, d: Difference, state: string): boolean {
  const key = typeof entry.key === 'string' ? entry.key === d.key : entry.key.test(d.key);
  return key && entry.attribute === d.attribute && (entry.states?.test(state) ?? true);
}

/** Whether our value is still the one the entry states. */
export function holds(entry: AllowedDifference, d: Difference): boolean {
  return typeof entry.ours === 'function' ? entry.ours(d) : entry.ours === d.ours;
}
