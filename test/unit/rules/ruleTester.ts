// A RuleTester in the shape of typescript-eslint's: `valid` YAML must give no finding of the rule,
// and each `invalid` case gives exactly its `errors`, in order, at the ranges its «…» markers mark,
// and (with `output`) the text its first finding's fix produces. The rule runs through the engine
// alone (checkFiles with `rules: [rule]`), so ranges are file offsets as users see them.
import * as assert from 'node:assert/strict';
import { checkFiles, INTERNAL_ERROR, type Diagnostic, type SourceFile } from '../../../src/core/check';
import type { KubernetesVersion } from '../../../src/core/model/kubernetesVersion';
import { fixesFor } from '../../../src/core/fixes';
import { format } from '../../../src/core/l10n/locale';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { Rule } from '../../../src/core/rules/types';
import type { Range } from '../../../src/core/model/types';
import { applyEdits } from '../helpers';

export const TEST_URI = 'file:///test.yaml';

export interface ExpectedError {
  readonly messageId: string;
  /** The message's `{0}`, `{1}`, …: the message must be the rule's English template filled with them. */
  readonly args?: readonly (string | number)[];
  /** The exact message (when a test states it in full). */
  readonly message?: string;
  readonly severity?: Diagnostic['severity'];
  /** The related locations' messages, in order. */
  readonly related?: readonly string[];
  /** The finding's data for its fixes. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface ValidCase {
  readonly name?: string;
  /** The Kubernetes minor to check against (CheckOptions.kubernetesVersion); the newest when absent. */
  readonly kubernetesVersion?: KubernetesVersion;
  /** One YAML text, or several that are all valid for the same reason. */
  readonly code: string | readonly string[];
  /** Other files checked together, by uri. */
  readonly others?: Readonly<Record<string, string>>;
}

export interface InvalidCase {
  readonly name?: string;
  readonly kubernetesVersion?: KubernetesVersion;
  /** YAML with one «…» pair per expected error, in the errors' order. */
  readonly code: string;
  readonly others?: Readonly<Record<string, string>>;
  readonly errors: readonly ExpectedError[];
  /** The text after the fix (titled `fix`, else the first) of the first error. */
  readonly output?: string;
  readonly fix?: string;
}

export interface RuleTests {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

/** Strips every «…» pair from `source` and returns the text and the ranges, in order. */
export function markedRanges(source: string): { text: string; ranges: Range[] } {
  let text = '';
  let start: number | undefined;
  const ranges: Range[] = [];
  for (const ch of source) {
    if (ch === '«') start = text.length;
    else if (ch === '»' && start !== undefined) {
      ranges.push({ start, end: text.length });
      start = undefined;
    } else text += ch;
  }
  return { text, ranges };
}

function sourcesOf(text: string, others: Readonly<Record<string, string>> = {}): SourceFile[] {
  return Object.entries({ [TEST_URI]: text, ...others }).map(([uri, t]) => ({ uri, parsed: parseFile(t) }));
}

/** The rule's diagnostics in the test file; a crash of the rule fails the test. */
function diagnosticsOf(rule: Rule, sources: readonly SourceFile[], kubernetesVersion?: KubernetesVersion): Diagnostic[] {
  const all = checkFiles(sources, { rules: [rule], ...(kubernetesVersion ? { kubernetesVersion } : {}) }).get(TEST_URI)!;
  const crashes = all.filter((d) => d.ruleId === INTERNAL_ERROR);
  assert.deepEqual(crashes.map((d) => d.message), [], 'the rule crashed');
  return all.filter((d) => d.ruleId === rule.id);
}

function expectedMessage(rule: Rule, error: ExpectedError): string | undefined {
  if (error.message !== undefined) return error.message;
  const template = rule.messages[error.messageId];
  assert.ok(template !== undefined, `${rule.id} has no message ${error.messageId}`);
  return error.args ? format(template, error.args) : undefined;
}

function summarize(d: Diagnostic, expected: ExpectedError | undefined) {
  return {
    messageId: d.messageId,
    range: d.range,
    ...(expected?.message !== undefined || expected?.args ? { message: d.message } : {}),
    ...(expected?.severity ? { severity: d.severity } : {}),
    ...(expected?.related ? { related: d.related.map((r) => r.message) } : {}),
    ...(expected?.data ? { data: d.data } : {}),
  };
}

function checkInvalid(rule: Rule, test: InvalidCase): void {
  const { text, ranges } = markedRanges(test.code);
  assert.equal(ranges.length, test.errors.length, 'one «…» pair per expected error');
  const sources = sourcesOf(text, test.others);
  const actual = diagnosticsOf(rule, sources, test.kubernetesVersion);
  const expected = test.errors.map((error, i) => {
    const message = expectedMessage(rule, error);
    return {
      messageId: error.messageId,
      range: ranges[i],
      ...(message !== undefined ? { message } : {}),
      ...(error.severity ? { severity: error.severity } : {}),
      ...(error.related ? { related: error.related } : {}),
      ...(error.data ? { data: error.data } : {}),
    };
  });
  assert.deepEqual(actual.map((d, i) => summarize(d, test.errors[i])), expected);
  if (test.output !== undefined) assert.equal(applyFirstFix(actual[0], sources, test.fix), test.output);
}

function applyFirstFix(diagnostic: Diagnostic, sources: readonly SourceFile[], title: string | undefined): string {
  const fixes = fixesFor(diagnostic, sources);
  const fix = title === undefined ? fixes[0] : fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix ${title ?? ''} among ${fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(sources[0].parsed.text, fix.edits.filter((e) => e.uri === TEST_URI));
}

function firstLine(code: string): string {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(-2).join(' / ').trim();
}

/** Declares a mocha suite named after the rule: one test per valid and per invalid case. */
export function run(rule: Rule, tests: RuleTests): void {
  describe(rule.id, () => {
    for (const entry of tests.valid) {
      const test: ValidCase = typeof entry === 'string' ? { code: entry } : entry;
      const codes = typeof test.code === 'string' ? [test.code] : test.code;
      it(test.name ?? `accepts ${firstLine(codes[0])}`, () => {
        for (const code of codes) {
          assert.deepEqual(diagnosticsOf(rule, sourcesOf(code, test.others), test.kubernetesVersion).map((d) => d.message), [], code);
        }
      });
    }
    for (const test of tests.invalid) {
      it(test.name ?? `reports ${test.errors.map((e) => e.messageId).join(', ')} in ${firstLine(test.code)}`, () => checkInvalid(rule, test));
    }
  });
}

export const ruleTester = { run };
