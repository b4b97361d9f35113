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

// DNS-1123 subdomains (IsDNS1123Subdomain): dot-separated labels, at most 253 characters. Storage
// class, Secret, ConfigMap, service account and priority class names have this format.
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_SUBDOMAIN_MAX = 253;

/** Why a value is not a DNS-1123 subdomain, in the apiserver's words; undefined when it is one. */
export function dns1123SubdomainProblem(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
  }
  return undefined;
}
