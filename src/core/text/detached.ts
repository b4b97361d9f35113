// A copy of a string that shares no memory with the text it was read from. V8 makes a substring of
// 13 characters or more (SlicedString::kMinLength) a slice that keeps its whole parent alive, so a
// process-wide memo keyed by a label value read from a file keeps that file's whole text alive
// for the life of the process: after indexing a 2,000-file workspace, the language server held
// about 1,000 closed files' texts (12 MB) through the label-value memo alone. Memos that outlive
// a check keep detached copies; the compact index's interner too (src/server/interner.ts).

/** Slices are made from this length on; shorter substrings are already copies. */
const MIN_SLICE_LENGTH = 13;

/** `text` as a flat string of its own (JSON round-trips every string exactly, lone surrogates too). */
export function detached(text: string): string {
  return text.length < MIN_SLICE_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}
