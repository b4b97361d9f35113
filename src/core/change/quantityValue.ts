// A resource.Quantity as an exact fraction, so `1Gi` and `1024Mi` compare equal as
// apiequality.Semantic compares them (Quantity.Cmp), and `1` and `"1"` too. Only for comparing:
// whether a quantity is valid at all is schema/quantity.ts's question.

const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
// Short on purpose: a quantity longer than this is compared as written.
const QUANTITY = /^([+-]?)(\d{0,40})(?:\.(\d{0,40}))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d{1,4})?$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** `n/d` in lowest terms, or undefined when `value` is not a quantity this reads. */
export function canonicalQuantity(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : QUANTITY.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  const [, sign, whole, fraction = '', suffix = ''] = match;
  let numerator = BigInt(`${whole}${fraction}` || '0') * (sign === '-' ? -1n : 1n);
  let denominator = 10n ** BigInt(fraction.length);
  if (suffix in BINARY) numerator *= 2n ** BigInt(BINARY[suffix]);
  else {
    const exponent = suffix in DECIMAL ? DECIMAL[suffix] : Number(suffix.slice(1));
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator *= 10n ** BigInt(-exponent);
  }
  const divisor = gcd(numerator, denominator) || 1n;
  return `${numerator / divisor}/${denominator / divisor}`;
}

/** -1, 0 or 1 as `a` is smaller, equal or larger than `b`; undefined when either is not a quantity. */
export function compareQuantities(a: unknown, b: unknown): -1 | 0 | 1 | undefined {
  const [x, y] = [canonicalQuantity(a), canonicalQuantity(b)];
  if (x === undefined || y === undefined) return undefined;
  const [xn, xd] = x.split('/').map(BigInt);
  const [yn, yd] = y.split('/').map(BigInt);
  const difference = xn * yd - yn * xd;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}
