// The English of each FieldProblem kind (model/fieldProblem.ts), in the apiserver's words, and the
// one step from a problem to a report. A rule declares the kinds it reports among its messages
// (`...problemMessages('invalid', 'required')`) and translates them like any other message.
import type { FieldProblem, ProblemKind } from '../model/fieldProblem';
import type { CheckContext } from './defineRule';
import type { Finding, Fix, RuleContext } from './types';

export const PROBLEM_MESSAGES = {
  invalid: '{0}: Invalid value: {1}: {2}',
  required: '{0}: Required value{1}',
  forbidden: '{0}: Forbidden: {1}',
  unsupported: '{0}: Unsupported value: {1}: supported values: {2}',
  duplicate: '{0}: Duplicate value: {1}',
} as const satisfies Record<ProblemKind, string>;

/** The messages of the given kinds, for a rule's `messages`. */
export function problemMessages<K extends ProblemKind>(...kinds: K[]): Record<K, string> {
  const out: Partial<Record<K, string>> = {};
  for (const kind of kinds) out[kind] = PROBLEM_MESSAGES[kind];
  return out as Record<K, string>;
}

/** Reports every problem; a rule's own message ids can come on top. */
export function reportProblems<K extends ProblemKind>(ctx: CheckContext<K>, problems: Iterable<FieldProblem<K>>): void {
  for (const p of problems) {
    ctx.report({ messageId: p.kind, args: [p.path, ...p.args], range: p.range, path: p.path, ...(p.data ? { data: p.data } : {}) });
  }
}

/**
 * The fix that writes `data[key]` (a miscased enum value's supported spelling, `0644` for `644`)
 * over the finding's value, keeping double or single quotes when the value had them.
 */
export function replacementFix(finding: Finding, ctx: RuleContext, key: string, title: (replacement: string) => string): Fix[] {
  const replacement = finding.data?.[key];
  if (typeof replacement !== 'string') return [];
  const { uri, doc } = ctx.resource;
  const range = { start: finding.range.start + doc.offset, end: finding.range.end + doc.offset };
  const quoteChar = ctx.textOf?.(uri)?.[range.start];
  const newText = quoteChar === '"' ? JSON.stringify(replacement) : quoteChar === "'" ? `'${replacement}'` : replacement;
  return [{ title: title(replacement), isPreferred: true, edits: [{ uri, range, newText }] }];
}
