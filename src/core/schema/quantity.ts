// Kubernetes' resource.Quantity syntax (k8s.io/apimachinery/pkg/api/resource ParseQuantity):
// a signed decimal number, then one optional suffix: a binary SI unit (Ki … Ei), a decimal SI unit
// (n u m k M G T P E) or a decimal exponent (e3, E-2). Surrounding whitespace is trimmed.
const QUANTITY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/;

export function isQuantityString(text: string): boolean {
  return QUANTITY.test(text.trim());
}
