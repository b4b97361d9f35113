// validateContainerResourceDivisor (pkg/apis/core/validation/validation.go): a downward API
// `resourceFieldRef.divisor` must print, as Quantity.String() prints it, as one of a few values per
// resource. String() is canonical: `1000m` prints `1`, `1000` prints `1k`, `0.5Ki` prints `512`,
// and an exponent form keeps its exponent (`1e3` prints `1e3`, which is refused).
import { quantityValue, type QuantityValue } from '../model/quantityValue';

const CPU = ['1m', '1'];
const BYTES = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];
const SI = ['n', 'u', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E'];
const BINARY = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** The supported divisors and the resource's name in upstream's message, by the `resource` written. */
function supportedFor(resource: string): { values: readonly string[]; detail: string } | undefined {
  const kind = resource.replace(/^(limits|requests)\./, '');
  if (kind === resource) return undefined;
  if (kind === 'cpu') return { values: CPU, detail: "only divisor's values 1m and 1 are supported with the cpu resource" };
  const bytes = (name: string) => ({ values: BYTES, detail: `only divisor's values ${BYTES.join(', ')} are supported with the ${name} resource` });
  if (kind === 'memory') return bytes('memory');
  if (kind === 'ephemeral-storage') return bytes('local ephemeral storage');
  return kind.startsWith('hugepages-') ? bytes('hugepages') : undefined;
}

/** Upstream's detail when `divisor` is refused for `resource`; undefined when accepted, zero (unset) or not a quantity. */
export function divisorProblem(resource: string, divisor: string | number): string | undefined {
  const supported = supportedFor(resource);
  const value = quantityValue(divisor);
  if (!supported || !value || value.num === 0n) return undefined;
  return supported.values.includes(canonicalUnit(String(divisor).trim(), value)) ? undefined : supported.detail;
}

/** Quantity.String() when it is `1` with a unit (`1m`, `1Ki`); another value gives a text no list holds. */
function canonicalUnit(text: string, value: QuantityValue): string {
  const binary = BINARY.find((suffix) => text.endsWith(suffix));
  const big = value.num >= 1024n * value.den || value.num <= -1024n * value.den;
  if (binary && big) {
    const index = BINARY.findIndex((_, i) => value.num === 1024n ** BigInt(i + 1) * value.den);
    return index === -1 ? '?' : `1${BINARY[index]}`;
  }
  if (!binary && /^[eE][+-]?\d+$/.test(text.replace(/^[+-]?[\d.]*/, ''))) return value.num === value.den ? '1' : '?';
  const index = SI.findIndex((_, i) => powerOfTen(3 * (i - 3), value));
  return index === -1 ? '?' : `1${SI[index]}`;
}

function powerOfTen(exponent: number, value: QuantityValue): boolean {
  return exponent >= 0 ? value.num === 10n ** BigInt(exponent) * value.den : value.num * 10n ** BigInt(-exponent) === value.den;
}
