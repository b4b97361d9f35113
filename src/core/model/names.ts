// Kubernetes name formats (k8s.io/apimachinery/pkg/util/validation), with the apiserver's wording.

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_LABEL_MAX = 63;

export function isDns1123Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX && DNS1123_LABEL.test(value);
}

export function isDns1035Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX && DNS1035_LABEL.test(value);
}

/** Why a value is not a DNS-1123 label, in the apiserver's words; undefined when it is one. */
export function dns1123LabelProblem(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters`;
  if (!DNS1123_LABEL.test(value)) {
    return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
  }
  return undefined;
}

/** Why a value is not a DNS-1035 label (Service names), in the apiserver's words. */
export function dns1035LabelProblem(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters`;
  if (!DNS1035_LABEL.test(value)) {
    return "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";
  }
  return undefined;
}

// A user's value can be megabytes long and is repeated in every finding about it, so messages and
// outputs show at most SHORT_HEAD + 1 + SHORT_TAIL characters of it: the start, which names it, and
// the end, where generated names (`-0`, `-data`, hashes) differ.
export const SHORT_HEAD = 100;
export const SHORT_TAIL = 20;

/** `text` cut to its first `head` and last `tail` characters around `…` when longer; pairs stay whole. */
export function shorten(text: string, head = SHORT_HEAD, tail = SHORT_TAIL): string {
  if (text.length <= head + tail + 1) return text;
  const end = isLowSurrogate(text, head) ? head - 1 : head;
  const start = isLowSurrogate(text, text.length - tail) ? text.length - tail + 1 : text.length - tail;
  return `${text.slice(0, end)}…${text.slice(start)}`;
}

/** The UTF-16 unit at `index` is the second half of a surrogate pair: cutting before it would split the pair. */
function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Shows a user's value in a message: quoted, control characters escaped, long values shortened. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(shorten(text));
}

/** validation.IsValidPortName (an IANA_SVC_NAME), in the apiserver's words; empty when valid. */
export function portNameProblems(name: string): string[] {
  const out: string[] = [];
  if (name.length > 15) out.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) out.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) out.push('must contain at least one letter (a-z)');
  if (name.includes('--')) out.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) out.push('must not begin or end with a hyphen');
  return out;
}

/** validation.IsValidPortNum. */
export function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

export const PORT_RANGE = 'must be between 1 and 65535, inclusive';

// RegexError joins its examples with ", " and then " or ", hence the double spaces the apiserver prints.
const ENV_VAR_NAME =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
const RELAXED_ENV_VAR_NAME = "a valid environment variable name must consist only of printable ASCII characters other than '='";

/** validation.hasChDirPrefix: names that would change directory when used as file names. */
function chDirPrefixProblems(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  return value.startsWith('..') ? ["must not start with '..'"] : [];
}

/** validation.IsEnvVarName: the strict syntax, enforced while RelaxedEnvironmentVariableValidation is off (before v1.32). */
export function strictEnvVarNameProblems(name: string): string[] {
  const syntax = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name) ? [] : [ENV_VAR_NAME];
  return [...syntax, ...chDirPrefixProblems(name)];
}

/** validation.IsRelaxedEnvVarName: printable ASCII without `=` (the default since v1.32). */
export function relaxedEnvVarNameProblems(name: string): string[] {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x3d) return [RELAXED_ENV_VAR_NAME];
  }
  return [];
}

const CONFIG_MAP_KEY =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** validation.IsConfigMapKey: keys of ConfigMaps and Secrets (env `configMapKeyRef.key`, `secretKeyRef.key`). */
export function configMapKeyProblems(key: string): string[] {
  const out: string[] = [];
  if (key.length > 253) out.push('must be no more than 253 characters');
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) out.push(CONFIG_MAP_KEY);
  return [...out, ...chDirPrefixProblems(key)];
}

// DNS-1123 subdomains (IsDNS1123Subdomain): dot-separated labels, at most 253 characters. Storage
// class, Secret, ConfigMap, service account and priority class names have this format.
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_SUBDOMAIN_MAX = 253;

// IsDNS1123SubdomainWithUnderscore: each label may also start with one `_` and hold `_` inside, as
// SRV-style names do (`_sip._tcp.example.com`).
const DNS1123_SUBDOMAIN_WITH_UNDERSCORE = /^_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/;

/** Why a value is not a DNS-1123 subdomain even with underscores (IsDNS1123SubdomainWithUnderscore); undefined when it is one. */
export function dns1123SubdomainWithUnderscoreProblem(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
  if (!DNS1123_SUBDOMAIN_WITH_UNDERSCORE.test(value)) {
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
  }
  return undefined;
}

/** Why a value is not a DNS-1123 subdomain, in the apiserver's words; undefined when it is one. */
export function dns1123SubdomainProblem(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
  }
  return undefined;
}
