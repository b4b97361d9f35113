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

/** Shows a user's value in a message: quoted, control characters escaped, long values cut. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return JSON.stringify(short);
}
