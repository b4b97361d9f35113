// The exact value of a resource.Quantity as a fraction, to compare requests with limits as
// Quantity.Cmp does. Validity is decided by decodeQuantity (schema/quantity.ts); this only reads
// the number of a quantity already known to be valid, and gives up (undefined) on texts longer than
// MAX_TEXT or exponents beyond ±MAX_EXPONENT, so the cost per value stays bounded.
import { decodeQuantity } from '../schema/quantity';
import { detached } from '../text/detached';

export interface QuantityValue {
  /** value = num / den, den > 0. */
  readonly num: bigint;
  readonly den: bigint;
}

const MAX_TEXT = 64;
const MAX_EXPONENT = 64;
const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

// Manifests repeat a handful of quantities (`100m`, `512Mi`) in every container: decode each text
// once. Bounded, since the texts come from the user, and detached from the file (text/detached.ts).
const decoded = new Map<string, QuantityValue | undefined>();
const MAX_REMEMBERED = 4096;

/** The value of a quantity written as a YAML string or number; undefined when invalid or too long to bother. */
export function quantityValue(written: string | number): QuantityValue | undefined {
  const text = typeof written === 'number' ? String(written) : written.trim();
  if (decoded.has(text)) return decoded.get(text);
  const value = decodeValue(text);
  if (decoded.size < MAX_REMEMBERED) decoded.set(detached(text), value);
  return value;
}

function decodeValue(text: string): QuantityValue | undefined {
  if (text.length > MAX_TEXT || !decodeQuantity(text)) return undefined;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?([a-zA-Z]*[+-]?\d*)$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', suffix] = match;
  const scale = suffixScale(suffix);
  if (!scale) return undefined;
  let num = BigInt(`${whole}${fraction}` || '0') * 2n ** BigInt(scale.binary);
  let den = 10n ** BigInt(fraction.length);
  if (scale.decimal >= 0) num *= 10n ** BigInt(scale.decimal);
  else den *= 10n ** BigInt(-scale.decimal);
  return { num: sign === '-' ? -num : num, den };
}

function suffixScale(suffix: string): { binary: number; decimal: number } | undefined {
  if (Object.hasOwn(BINARY, suffix)) return { binary: BINARY[suffix], decimal: 0 };
  if (Object.hasOwn(DECIMAL, suffix)) return { binary: 0, decimal: DECIMAL[suffix] };
  const exponent = /^[eE]([+-]?\d+)$/.exec(suffix);
  const decimal = exponent ? Number(exponent[1]) : NaN;
  return Math.abs(decimal) <= MAX_EXPONENT ? { binary: 0, decimal } : undefined;
}

/** Quantity.Cmp: -1, 0 or 1. */
export function compareQuantities(a: QuantityValue, b: QuantityValue): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** MilliValue() % 1000 == 0, as ValidateResourceQuantityValue checks integer resources (MilliValue rounds up). */
export function isWholeQuantity(value: QuantityValue): boolean {
  const scaled = value.num * 1000n;
  const milli = scaled >= 0n ? (scaled + value.den - 1n) / value.den : scaled / value.den;
  return milli % 1000n === 0n;
}
