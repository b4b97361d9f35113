// Navigation fixtures: files checked together, a caret in one of them (`#caret` first line, `|`).
import { collectResources } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { marked } from '../helpers';

export interface Workspace {
  readonly index: ResourceIndex;
  readonly texts: Record<string, string>;
  /** The uri and offset of the caret. */
  readonly uri: string;
  readonly caret: number;
}

/** Parses every file; exactly one of them holds a caret. */
export function workspace(files: Record<string, string>): Workspace {
  const texts: Record<string, string> = {};
  let at: { uri: string; caret: number } | undefined;
  for (const [uri, source] of Object.entries(files)) {
    const { text, caret } = marked(source);
    texts[uri] = text;
    if (caret !== undefined) at = { uri, caret };
  }
  if (!at) throw new Error('no caret in the fixture');
  const index = new ResourceIndex(collectResources(Object.entries(texts).map(([uri, text]) => ({ uri, parsed: parseFile(text) }))));
  return { index, texts, ...at };
}

/** The range of the `nth` (0-based) occurrence of `needle` in a text. */
export function rangeOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`"${needle}" #${nth} not found`);
  }
  return { start, end: start + needle.length };
}
