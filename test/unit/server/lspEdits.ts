// What an LSP client does with a WorkspaceEdit's text edits for one document: the server tests
// apply the quick fixes' edits (line/character positions) to the text they were made for.
import { applyEdits } from '../helpers';

type Position = { line: number; character: number };
export type LspEdit = { range: { start: Position; end: Position }; newText: string };

export function applyLspEdits(text: string, edits: readonly LspEdit[]): string {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const offset = (p: Position) => starts[p.line] + p.character;
  return applyEdits(text, edits.map((e) => ({ uri: '', range: { start: offset(e.range.start), end: offset(e.range.end) }, newText: e.newText })));
}
