// How go-yaml v2 (behind sigs.k8s.io/yaml, which Kubernetes decodes manifests with) types a plain
// scalar, following its resolve.go: a fixed table for null/bool/special floats (YAML 1.1 words
// such as yes/no/on/off included), then Go's strconv.ParseInt(s, 0, 64) with underscores removed
// (0x hex, 0o and leading-0 octal, 0b binary), then its "YAML-style float" pattern. Anything else,
// timestamps included (go-yaml keeps them strings when decoding into interface{}), is a string.
//
// Parsing with the `failsafe` schema and resolving here is both faster than the `yaml` package's
// YAML 1.1 schema (no regex per tag per scalar) and closer to Kubernetes: go-yaml is neither YAML
// 1.1 (it reads `1e3` as a float) nor 1.2 (it reads `yes` as true).
import type { ScalarValue } from '../model/types';

const TABLE = new Map<string, ScalarValue>([
  ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map((w) => [w, true] as [string, ScalarValue]),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map((w) => [w, false] as [string, ScalarValue]),
  ['.nan', Number.NaN], ['.NaN', Number.NaN], ['.NAN', Number.NaN],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity], ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);

const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function parseGoInt(sign: string, digits: string): number {
  const lower = digits.toLowerCase();
  let value: number;
  if (lower.startsWith('0x')) value = parseInt(lower.slice(2), 16);
  else if (lower.startsWith('0o')) value = parseInt(lower.slice(2), 8);
  else if (lower.startsWith('0b')) value = parseInt(lower.slice(2), 2);
  else if (lower.length > 1 && lower.startsWith('0')) value = parseInt(lower.slice(1), 8);
  else value = parseInt(lower, 10);
  return sign === '-' ? -value : value;
}

/** Whether a plain scalar resolves to a Go int (rather than a float) in resolve.go. */
export function isGoIntText(text: string): boolean {
  return GO_INT.test(text.includes('_') ? text.replace(/_/g, '') : text);
}

export function resolveGoPlainScalar(text: string): ScalarValue {
  const fixed = TABLE.get(text);
  if (fixed !== undefined || TABLE.has(text)) return fixed ?? null;
  const first = text.charCodeAt(0);
  const numeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // digit + - .
  if (!numeric) return text;
  const plain = text.includes('_') ? text.replace(/_/g, '') : text;
  const int = GO_INT.exec(plain);
  if (int) return parseGoInt(int[1], int[2]);
  if (YAML_STYLE_FLOAT.test(plain)) return parseFloat(plain);
  return text;
}
