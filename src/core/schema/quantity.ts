// Kubernetes' resource.Quantity syntax, decided as k8s.io/apimachinery/pkg/api/resource decides
// it: ParseQuantity = parseQuantityString (one left-to-right scan: sign, digits, optional
// fraction, suffix letters, optional signed exponent digits) + quantitySuffixer.interpret (the
// suffix must be a binary SI unit Ki…Ei, a decimal SI unit n u m "" k M G T P E, or e/E and an
// exponent within ±MaxInt32) + the numeric step (which fails only when a value with no digit at all
// must take the inf.Dec slow path). Every step looks at each character once: a regex such as
// `\d+\.?\d*` backtracks quadratically on a long run of digits that ends in a bad character.

export interface ParsedQuantity {
  /** The value's sign. ParseQuantity rounds a tiny non-zero value up (0.1n → 1n), never to zero. */
  readonly sign: -1 | 0 | 1;
}

interface Scanned {
  readonly negative: boolean;
  /** Digits before the point once leading zeros are stripped, at least 1 (Go's `num`, "0" when empty). */
  readonly numLength: number;
  /** Digits after the point (Go's `denom`). */
  readonly denomLength: number;
  readonly hasDigits: boolean;
  readonly allZero: boolean;
  readonly suffix: string;
}

/** resource.ParseQuantity: undefined where it returns an error. No whitespace is allowed. */
export function parseQuantity(text: string): ParsedQuantity | undefined {
  if (text.length === 0) return undefined;
  const scanned = scanQuantity(text);
  const suffix = scanned && interpretSuffix(scanned.suffix);
  if (!scanned || !suffix || !hasNumericValue(scanned, suffix)) return undefined;
  const sign = scanned.allZero ? 0 : scanned.negative ? -1 : 1;
  return { sign };
}

/** Quantity.UnmarshalJSON: the API server trims surrounding white space, then parses. */
export function decodeQuantity(text: string): ParsedQuantity | undefined {
  return parseQuantity(trimGoSpace(text));
}

export function isQuantityString(text: string): boolean {
  return decodeQuantity(text) !== undefined;
}

const SUFFIX_LETTERS = new Set('eEinumkKMGTP');

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** parseQuantityString: the number and its suffix; undefined on ErrFormatWrong. */
function scanQuantity(text: string): Scanned | undefined {
  const end = text.length;
  let pos = 0;
  const negative = text[0] === '-';
  if (negative || text[0] === '+') pos++;
  let allZero = true;
  let significantStart = -1;
  const intStart = pos;
  for (; pos < end && isDigit(text, pos); pos++) {
    if (text[pos] !== '0' && significantStart === -1) significantStart = pos;
  }
  const intEnd = pos;
  if (significantStart !== -1) allZero = false;
  let denomLength = 0;
  if (text[pos] === '.') {
    for (pos++; pos < end && isDigit(text, pos); pos++, denomLength++) if (text[pos] !== '0') allZero = false;
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_LETTERS.has(text[pos])) pos++;
  if (text[pos] === '+' || text[pos] === '-') pos++;
  while (pos < end && isDigit(text, pos)) pos++;
  if (pos !== end) return undefined;
  const numLength = significantStart === -1 ? 1 : intEnd - significantStart;
  const hasDigits = intEnd > intStart || denomLength > 0;
  return { negative, numLength, denomLength, hasDigits, allZero, suffix: text.slice(suffixStart) };
}

interface Suffix {
  readonly base: 2 | 10;
  readonly exponent: number;
}

const DECIMAL_SI: ReadonlyMap<string, number> = new Map([
  ['n', -9], ['u', -6], ['m', -3], ['', 0], ['k', 3], ['M', 6], ['G', 9], ['T', 12], ['P', 15], ['E', 18],
]);
const BINARY_SI: ReadonlyMap<string, number> = new Map([['Ki', 10], ['Mi', 20], ['Gi', 30], ['Ti', 40], ['Pi', 50], ['Ei', 60]]);
const MAX_INT32 = 2 ** 31 - 1;

/** quantitySuffixer.interpret: undefined where it answers !ok (ErrSuffix). */
function interpretSuffix(suffix: string): Suffix | undefined {
  const decimal = DECIMAL_SI.get(suffix);
  if (decimal !== undefined) return { base: 10, exponent: decimal };
  const binary = BINARY_SI.get(suffix);
  if (binary !== undefined) return { base: 2, exponent: binary };
  if (suffix.length < 2 || (suffix[0] !== 'e' && suffix[0] !== 'E')) return undefined;
  const exponent = parseInt32Exponent(suffix.slice(1));
  return exponent === undefined ? undefined : { base: 10, exponent };
}

/** strconv.ParseInt(s, 10, 64), then the int32 bound interpret puts on a scale (±MaxInt32). */
function parseInt32Exponent(text: string): number | undefined {
  let pos = text[0] === '+' || text[0] === '-' ? 1 : 0;
  if (pos === text.length) return undefined;
  for (let i = pos; i < text.length; i++) if (!isDigit(text, i)) return undefined;
  while (pos < text.length - 1 && text[pos] === '0') pos++;
  // More than 10 digits is past MaxInt32 whatever they are; Number() stays exact below that.
  if (text.length - pos > 10) return undefined;
  const magnitude = Number(text.slice(pos));
  if (magnitude > MAX_INT32) return undefined;
  return text[0] === '-' ? -magnitude : magnitude;
}

/** Nano: the smallest scale ParseQuantity's int64 fast path takes. */
const NANO = -9;
/** maxInt64Factors: decimal digits an int64 always holds. */
const MAX_INT64_FACTORS = 18;

/**
 * ParseQuantity's numeric step. The int64 fast path takes any digits (even none); the inf.Dec slow
 * path (`amount.SetString(value)`) fails with ErrNumeric when the number has no digit at all, so
 * `Pi`, `-.Ei` and `.e-10` are rejected while `Ti`, `m` and `.` parse as zero.
 */
function hasNumericValue(scanned: Scanned, suffix: Suffix): boolean {
  return scanned.hasDigits || takesFastPath(scanned, suffix);
}

function takesFastPath(scanned: Scanned, suffix: Suffix): boolean {
  const { numLength, denomLength } = scanned;
  if (suffix.base === 10) {
    const precision = MAX_INT64_FACTORS - (numLength + denomLength);
    return precision >= 0 && suffix.exponent - denomLength >= NANO;
  }
  if (denomLength > 0) return false;
  // `15 - len(num) - int32(float32(exponent)*3/10) - 1`: exact for the binary exponents 10…60.
  return 15 - numLength - (suffix.exponent * 3) / 10 - 1 >= 0;
}

// strings.TrimSpace: Unicode White_Space, which is not JavaScript's trim() (U+0085 is trimmed,
// U+FEFF is not). Loops, not `\s+$`, which backtracks quadratically on a long run of spaces.
const GO_SPACE = new Set([...'\t\n\v\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000'].map((c) => c.charCodeAt(0)));

function isGoSpace(code: number): boolean {
  return GO_SPACE.has(code) || (code >= 0x2000 && code <= 0x200a);
}

function trimGoSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
