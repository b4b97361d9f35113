// go-yaml accepts a multi-line quoted scalar whose continuation lines are indented no deeper than
// its key (its scanner, yaml_parser_scan_flow_scalar, does not look at indentation); `yaml` does not
// (the Kubernetes e2e redis manifest has one). Turning such a line break into spaces keeps every
// offset, and the value only differs in folded whitespace.
//
// All such breaks are found in one pass of `yaml`'s Lexer, which cuts the quoted token at the first
// under-indented break (lexer.ts `parseQuotedScalar`), so N of them cost one lex and one parse,
// not one parse each.
import { CST, Lexer } from 'yaml';

/** Lex passes at most; each one relaxes every cut quote it finds, so one is the usual count. */
const MAX_PASSES = 4;

export interface Relaxed {
  readonly text: string;
  /** Offsets of the line breaks turned into spaces. */
  readonly breaks: readonly number[];
}

function isClosed(token: string): boolean {
  const quote = token[0];
  if (token.length < 2 || token[token.length - 1] !== quote) return false;
  let run = 0; // `''` is an escaped quote in single quotes, `\"` in double quotes
  const escape = quote === "'" ? "'" : '\\';
  for (let i = token.length - 2; i > 0 && token[i] === escape; i--) run++;
  return run % 2 === 0;
}

/** Where the lexer would have closed the quote starting at `start`, ignoring indentation. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let end = text.indexOf(quote, start + 1);
  while (end !== -1) {
    if (quote === "'" && text[end + 1] === "'") end = text.indexOf("'", end + 2);
    else if (quote === '"' && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    else return end;
  }
  return -1;
}

function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (text[at - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

function indentAfter(text: string, lineBreak: number): number {
  let i = text[lineBreak] === '\r' && text[lineBreak + 1] === '\n' ? lineBreak + 2 : lineBreak + 1;
  const start = i;
  while (text[i] === ' ') i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? Infinity : i - start; // blank lines never cut
}

/** The quoted tokens that the lexer cut at a line break: their start and the break. */
function findCutQuotes(text: string): { start: number; cut: number }[] {
  const cuts: { start: number; cut: number }[] = [];
  let offset = 0;
  let blockScalarBody = false; // the token after a SCALAR marker is a block scalar's text
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end') {
      blockScalarBody = type === 'scalar';
      continue; // zero-width markers, as Parser.next counts them
    }
    const quoted = type === 'single-quoted-scalar' || type === 'double-quoted-scalar';
    const end = offset + token.length;
    if (!blockScalarBody && quoted && !isClosed(token) && (text[end] === '\n' || text[end] === '\r')) cuts.push({ start: offset, cut: end });
    blockScalarBody = false;
    offset = end;
  }
  return cuts;
}

/** The cut break and every later break of the same quoted scalar indented no deeper. */
function breaksToRelax(text: string, start: number, cut: number): number[] {
  const close = closingQuote(text, start);
  if (close === -1) return [];
  const indent = indentAfter(text, cut);
  const breaks = [cut];
  for (let nl = text.indexOf('\n', cut + 1); nl !== -1 && nl < close; nl = text.indexOf('\n', nl + 1)) {
    const at = text[nl - 1] === '\r' ? nl - 1 : nl;
    if (at > cut && indentAfter(text, at) <= indent) breaks.push(at);
  }
  return breaks;
}

/** `breaks` in ascending order; a CRLF becomes two spaces. */
function blankOut(text: string, breaks: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    const width = text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    parts.push(text.slice(from, at), ' '.repeat(width));
    from = at + width;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The text with every under-indented quoted line break relaxed, or undefined when it has none. */
export function relaxQuotedBreaks(text: string): Relaxed | undefined {
  let current = text;
  const all: number[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const breaks = findCutQuotes(current).flatMap(({ start, cut }) => breaksToRelax(current, start, cut)).sort((a, b) => a - b);
    if (breaks.length === 0) break;
    current = blankOut(current, breaks);
    all.push(...breaks);
  }
  return all.length === 0 ? undefined : { text: current, breaks: all.sort((a, b) => a - b) };
}
