import { asBag, own } from './settings';
import type { AnySettings } from './types';

/** `yaml`: a Grafana provisioning file; `terraform`: a `grafana_data_source` resource with variables. */
export type ProvisioningFormat = 'yaml' | 'terraform';

/** A secret of the data source, and the name its value is read from instead of the file. */
export interface ProvisioningSecret {
  /** The secureJsonData key, such as `secretKey`. */
  key: string;
  /** The environment variable a provisioning file reads it from, such as `AWS_SECRET_ACCESS_KEY`. */
  env: string;
  /** The Terraform variable, such as `aws_secret_access_key`. */
  variable: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KNOWN_SECRETS: Record<string, string> = {
  accessKey: 'AWS_ACCESS_KEY_ID',
  secretKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
  proxyPassword: 'AWS_PROXY_PASSWORD',
  sigV4AccessKey: 'AWS_ACCESS_KEY_ID',
  sigV4SecretKey: 'AWS_SECRET_ACCESS_KEY',
  sigV4SessionToken: 'AWS_SESSION_TOKEN',
};

function envNameOf(key: string): string {
  const known = own(KNOWN_SECRETS, key);
  if (typeof known === 'string') {
    return known;
  }
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z]/.test(snake) ? snake : `SECRET_${snake}`.replace(/_+$/, '');
}

/**
 * The secrets a provisioning file needs: every one stored (`secureJsonFields`) or typed on the page
 * (`secureJsonData`), each with a variable name. Never their values.
 */
export function provisioningSecrets(options: AnySettings): ProvisioningSecret[] {
  const stored = asBag(options.secureJsonFields);
  const typed = asBag(options.secureJsonData);
  const keys = [
    ...Object.keys(stored).filter((k) => own(stored, k) === true),
    ...Object.keys(typed).filter((k) => typeof own(typed, k) === 'string' && own(typed, k) !== ''),
  ];
  const used = new Set<string>();
  const secrets: ProvisioningSecret[] = [];
  for (const key of new Set(keys)) {
    const base = envNameOf(key);
    let env = base;
    for (let i = 2; used.has(env); i++) {
      env = `${base}_${i}`;
    }
    used.add(env);
    secrets.push({ key, env, variable: env.toLowerCase() });
  }
  return secrets;
}

/** JSON as saved: anything JSON cannot hold (functions, undefined, NaN) is left out, as a save would. */
function toJson(value: unknown, depth = 0): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return typeof value === 'string' ? wellFormed(value) : value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (depth > 64 || typeof value !== 'object') {
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((v) => toJson(v, depth + 1) ?? null);
  }
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) {
    const v = toJson((value as Record<string, unknown>)[key], depth + 1);
    if (v !== undefined) {
      Object.defineProperty(out, wellFormed(key), { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** Lone surrogates cannot be written as UTF-8; Grafana's server would store U+FFFD in their place. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

// ---------------------------------------------------------------- YAML (Grafana provisioning)

/** Characters YAML does not allow unescaped in a double-quoted scalar, or that parsers read as line breaks. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const YAML_ESCAPE = /["\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;
const YAML_NAMED: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** A YAML double-quoted scalar: the same string whatever it holds, never a number, boolean or null. */
function yamlString(s: string): string {
  return `"${s.replace(YAML_ESCAPE, (c) => YAML_NAMED[c] ?? `\\u${hex4(c.charCodeAt(0))}`)}"`;
}

/** Grafana expands `$VAR` and `${VAR}` in provisioned values; `$$` is a literal `$`. */
const literal = (s: string) => s.replace(/\$/g, '$$$$');

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
const yamlKey = (key: string) => (PLAIN_KEY.test(key) && !YAML_WORDS.test(key) ? key : yamlString(key));

/** A value on one line (flow style), its strings escaped for Grafana's variable expansion. */
function yamlFlow(value: Json): string {
  if (typeof value === 'string') {
    return yamlString(literal(value));
  }
  if (value === null || typeof value !== 'object') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(yamlFlow).join(', ')}]`;
  }
  return `{${Object.keys(value)
    .map((k) => `${yamlString(k)}: ${yamlFlow(value[k] as Json)}`)
    .join(', ')}}`;
}

function yamlMapping(bag: { [key: string]: Json }, indent: string): string[] {
  return Object.keys(bag).map((k) => `${indent}${yamlKey(k)}: ${yamlFlow(bag[k] as Json)}`);
}

// ---------------------------------------------------------------- HCL (Terraform)

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const HCL_ESCAPE = /["\\\u0000-\u001F\u007F-\u009F\u2028\u2029]|\$\{|%\{/g;
const HCL_NAMED: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '${': '$${',
  '%{': '%%{',
};

/**
 * An HCL quoted string: escapes, and `${` / `%{` doubled so that nothing is read as a template (an
 * IAM policy variable such as `${aws:username}` stays literal too: the role policies use it).
 */
export function hclString(s: string): string {
  return `"${s.replace(HCL_ESCAPE, (c) => HCL_NAMED[c] ?? `\\u${hex4(c.charCodeAt(0))}`)}"`;
}

function hclValue(value: Json): string {
  if (typeof value === 'string') {
    return hclString(value);
  }
  if (value === null || typeof value !== 'object') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(hclValue).join(', ')}]`;
  }
  const keys = Object.keys(value);
  return keys.length === 0
    ? '{}'
    : `{ ${keys.map((k) => `${hclString(k)} = ${hclValue(value[k] as Json)}`).join(', ')} }`;
}

function hclObjectLines(entries: Array<[string, string]>, indent: string): string[] {
  return entries.map(([k, v]) => `${indent}${hclString(k)} = ${v}`);
}

const resourceName = (name: string) => {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id.slice(0, 64) : 'this';
};

// ---------------------------------------------------------------- both

const text = (value: unknown) => (typeof value === 'string' ? wellFormed(value) : '');

/** The plain, top-level fields a provisioned data source takes, as saved. */
function topLevel(options: AnySettings) {
  const bag = asBag(options);
  return {
    name: text(own(bag, 'name')),
    type: text(own(bag, 'type')),
    uid: text(own(bag, 'uid')),
    access: text(own(bag, 'access')),
    url: text(own(bag, 'url')),
    user: text(own(bag, 'user')),
    database: text(own(bag, 'database')),
    basicAuth: own(bag, 'basicAuth') === true,
    basicAuthUser: text(own(bag, 'basicAuthUser')),
    isDefault: own(bag, 'isDefault') === true,
  };
}

function jsonDataOf(options: AnySettings): { [key: string]: Json } {
  const data = toJson(asBag(options.jsonData));
  return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}

function yamlSnippet(options: AnySettings): string {
  const top = topLevel(options);
  const lines = ['apiVersion: 1', '', 'datasources:', `  - name: ${yamlString(literal(top.name))}`];
  const field = (key: string, value: string) => lines.push(`    ${key}: ${yamlString(literal(value))}`);
  field('type', top.type);
  if (top.uid) {
    field('uid', top.uid);
  }
  if (top.access) {
    field('access', top.access);
  }
  for (const key of ['url', 'user', 'database'] as const) {
    if (top[key]) {
      field(key, top[key]);
    }
  }
  if (top.basicAuth) {
    lines.push('    basicAuth: true');
    if (top.basicAuthUser) {
      field('basicAuthUser', top.basicAuthUser);
    }
  }
  if (top.isDefault) {
    lines.push('    isDefault: true');
  }
  const jsonData = jsonDataOf(options);
  lines.push(Object.keys(jsonData).length ? '    jsonData:' : '    jsonData: {}', ...yamlMapping(jsonData, '      '));
  const secrets = provisioningSecrets(options);
  if (secrets.length) {
    lines.push('    secureJsonData:');
    // Grafana replaces $NAME with the environment variable's value when it reads the file.
    lines.push(...secrets.map((s) => `      ${yamlKey(s.key)}: ${yamlString(`$${s.env}`)}`));
  }
  return `${lines.join('\n')}\n`;
}

function terraformSnippet(options: AnySettings): string {
  const top = topLevel(options);
  const lines = [`resource "grafana_data_source" ${hclString(resourceName(top.name))} {`];
  const attr = (key: string, value: string) => lines.push(`  ${key} = ${value}`);
  attr('type', hclString(top.type));
  attr('name', hclString(top.name));
  if (top.uid) {
    attr('uid', hclString(top.uid));
  }
  if (top.access && top.access !== 'proxy') {
    attr('access_mode', hclString(top.access));
  }
  if (top.url) {
    attr('url', hclString(top.url));
  }
  if (top.user) {
    attr('username', hclString(top.user));
  }
  if (top.database) {
    attr('database_name', hclString(top.database));
  }
  if (top.basicAuth) {
    attr('basic_auth_enabled', 'true');
    if (top.basicAuthUser) {
      attr('basic_auth_username', hclString(top.basicAuthUser));
    }
  }
  if (top.isDefault) {
    attr('is_default', 'true');
  }
  const jsonData = jsonDataOf(options);
  lines.push('', '  json_data_encoded = jsonencode({');
  lines.push(
    ...hclObjectLines(
      Object.keys(jsonData).map((k) => [k, hclValue(jsonData[k] as Json)]),
      '    '
    )
  );
  lines.push('  })');
  const secrets = provisioningSecrets(options);
  if (secrets.length) {
    lines.push('', '  secure_json_data_encoded = jsonencode({');
    lines.push(
      ...hclObjectLines(
        secrets.map((s) => [s.key, `var.${s.variable}`]),
        '    '
      )
    );
    lines.push('  })');
  }
  lines.push('}');
  for (const variable of new Set(secrets.map((s) => s.variable))) {
    lines.push('', `variable "${variable}" {`, '  type      = string', '  sensitive = true', '}');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The data source as a Grafana provisioning file (`yaml`) or a Terraform `grafana_data_source`
 * resource (`terraform`): every plain setting as saved, the plugin's own jsonData included, and
 * every secret as a reference to an environment or Terraform variable, never its value. Pure.
 */
export function provisioningSnippet(options: AnySettings, format: ProvisioningFormat): string {
  return format === 'terraform' ? terraformSnippet(options) : yamlSnippet(options);
}
