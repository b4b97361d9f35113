// Fix helpers for fixes that edit several files: every file's text after the fix, and the titles
// offered. The diagnostic is taken from the first file given (as helpers.applyFix does).
import { checkFiles, type SourceFile } from '../../../src/core/check';
import { fixesFor } from '../../../src/core/fixes';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { Fix } from '../../../src/core/rules/types';
import { applyEdits } from '../helpers';

function fixesOf(ruleId: string, files: Record<string, string>): Fix[] {
  const sources: SourceFile[] = Object.entries(files).map(([uri, text]) => ({ uri, parsed: parseFile(text) }));
  const first = Object.keys(files)[0];
  const diagnostic = checkFiles(sources).get(first)!.find((d) => d.ruleId === ruleId);
  if (!diagnostic) throw new Error(`no ${ruleId} diagnostic`);
  return fixesFor(diagnostic, sources);
}

/** The titles of the fixes of the first `ruleId` diagnostic of the first file. */
export function fixTitles(ruleId: string, files: Record<string, string>): string[] {
  return fixesOf(ruleId, files).map((fix) => fix.title);
}

/** Applies the fix titled `title` (or the first) and returns every file's text afterwards. */
export function applyFixToFiles(ruleId: string, files: Record<string, string>, title?: string): Record<string, string> {
  const fixes = fixesOf(ruleId, files);
  const fix = title === undefined ? fixes[0] : fixes.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix ${title ?? ''} among ${fixes.map((f) => f.title).join(', ')}`);
  const out: Record<string, string> = {};
  for (const [uri, text] of Object.entries(files)) out[uri] = applyEdits(text, fix.edits.filter((e) => e.uri === uri));
  return out;
}
