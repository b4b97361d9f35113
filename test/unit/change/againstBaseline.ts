// Runs rules over an edited file with a baseline, as `check --baseline` does: the baseline's
// resources are indexed once, the edited file's looked up in it.
import { checkFiles, type Diagnostic } from '../../../src/core/check';
import { BaselineIndex } from '../../../src/core/change/baselineIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { Rule } from '../../../src/core/rules/types';
import { markedRanges } from '../rules/ruleTester';
import { resourcesOf } from './fixtures';

export const EDITED_URI = 'file:///web.yaml';
export const BASELINE_URI = 'git:HEAD:web.yaml';

/** The rule's diagnostics on `edited` («…» marks stripped), compared with `baseline`. */
export function checkAgainst(rule: Rule, edited: string, baseline: string | undefined): { diagnostics: Diagnostic[]; ranges: { start: number; end: number }[] } {
  const { text, ranges } = markedRanges(edited);
  const working = [{ uri: EDITED_URI, parsed: parseFile(text) }];
  const index = new BaselineIndex(baseline === undefined ? [] : resourcesOf(baseline, BASELINE_URI));
  const diagnostics = checkFiles(working, { rules: [rule], baseline: index }).get(EDITED_URI)!;
  return { diagnostics: diagnostics.filter((d) => d.ruleId === rule.id), ranges };
}

/** The text of a related location in the baseline, for asserting where it points. */
export function baselineText(baseline: string, range: { start: number; end: number }): string {
  return baseline.slice(range.start, range.end);
}
