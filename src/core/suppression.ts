// Suppression comments, documented in the README:
//   # statefulset-studio-disable-next-line [rule-id, …]   the findings that start on the next line
//   # statefulset-studio-disable-file [rule-id, …]        every finding in the file
// Without rule ids, every rule is suppressed.
import { LineIndex } from './parse/lineIndex';

const MARKER = 'statefulset-studio-disable';

export type RuleSet = 'all' | ReadonlySet<string>;

export interface Suppressions {
  readonly file?: RuleSet;
  /** 0-based line → rules suppressed on that line. */
  readonly lines: ReadonlyMap<number, RuleSet>;
}

function parseRuleList(rest: string): RuleSet {
  const ids = rest.split(/[\s,]+/).filter((id) => id.length > 0 && !id.startsWith('--'));
  return ids.length === 0 ? 'all' : new Set(ids);
}

function merge(a: RuleSet | undefined, b: RuleSet): RuleSet {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}

export function findSuppressions(text: string): Suppressions | undefined {
  let at = text.indexOf(MARKER);
  if (at === -1) return undefined;
  const index = new LineIndex(text);
  let file: RuleSet | undefined;
  const lines = new Map<number, RuleSet>();
  for (; at !== -1; at = text.indexOf(MARKER, at + MARKER.length)) {
    const { line, character } = index.positionAt(at);
    const lineStart = at - character;
    if (!text.slice(lineStart, at).includes('#')) continue;
    const lineEnd = text.indexOf('\n', at);
    const directive = text.slice(at + MARKER.length, lineEnd === -1 ? text.length : lineEnd).trimEnd();
    if (directive.startsWith('-next-line')) lines.set(line + 1, merge(lines.get(line + 1), parseRuleList(directive.slice(10))));
    else if (directive.startsWith('-file')) file = merge(file, parseRuleList(directive.slice(5)));
  }
  return { file, lines };
}

function covers(set: RuleSet | undefined, ruleId: string): boolean {
  return set !== undefined && (set === 'all' || set.has(ruleId));
}

export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  return covers(suppressions.file, ruleId) || covers(suppressions.lines.get(line), ruleId);
}
