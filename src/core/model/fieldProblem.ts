// One `field.Error` as the apiserver builds it (k8s.io/apimachinery/pkg/util/validation/field):
// the kind (`Invalid value`, `Required value`, …), the field path it prints, and where in the
// document it is. Model helpers that follow an upstream validation function return these, and a
// rule turns each into a finding (rules/problemReport.ts), so the walk is written once.
import { quote } from './names';
import { isMap, type Range, type YNode } from './types';

/** IsValidIP's detail. */
export const INVALID_IP_DETAIL = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export type ProblemKind = 'invalid' | 'required' | 'forbidden' | 'unsupported' | 'duplicate';

export interface FieldProblem<K extends ProblemKind = ProblemKind> {
  readonly kind: K;
  /** The field path as the apiserver prints it. */
  readonly path: string;
  readonly range: Range;
  /** The message's arguments after the path (the value as shown, the detail). */
  readonly args: readonly string[];
  /** Whatever a quick fix needs. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** How field.Error shows a value: strings quoted (and shortened), numbers as written. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

/** `<path>: Invalid value: <value>: <detail>` (field.Invalid). */
export function invalid(path: string, range: Range, value: unknown, detail: string): FieldProblem<'invalid'> {
  return { kind: 'invalid', path, range, args: [shown(value), detail] };
}

/** `<path>: Required value[: <detail>]` (field.Required). */
export function required(path: string, range: Range, detail = ''): FieldProblem<'required'> {
  return { kind: 'required', path, range, args: [detail === '' ? '' : `: ${detail}`] };
}

/** `<path>: Forbidden: <detail>` (field.Forbidden). */
export function forbidden(path: string, range: Range, detail: string): FieldProblem<'forbidden'> {
  return { kind: 'forbidden', path, range, args: [detail] };
}

/** `<path>: Unsupported value: <value>: supported values: "A", "B"` (field.NotSupported). */
export function unsupported(path: string, range: Range, value: unknown, supported: readonly string[]): FieldProblem<'unsupported'> {
  const suggestion = typeof value === 'string' ? supported.find((s) => s.toLowerCase() === value.toLowerCase()) : undefined;
  const list = supported.map((s) => JSON.stringify(s)).join(', ');
  return { kind: 'unsupported', path, range, args: [shown(value), list], ...(suggestion ? { data: { suggestion } } : {}) };
}

/** `<path>: Duplicate value: <value>` (field.Duplicate). */
export function duplicate(path: string, range: Range, value: unknown): FieldProblem<'duplicate'> {
  return { kind: 'duplicate', path, range, args: [shown(value)] };
}

/**
 * Where to point at a field that is missing: its key when written with no value, else the key
 * holding its parent, or for a list item (whose own range is the whole item) the item's first key.
 */
export function missingRange(parent: YNode, key: YNode | undefined): Range {
  if (key?.keyRange) return key.keyRange;
  if (typeof parent.key === 'number' && isMap(parent) && parent.pairs.length > 0) return parent.pairs[0].keyRange;
  return parent.keyRange ?? parent.range;
}
