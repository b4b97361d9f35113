// The locale asked for (`setLocale` in messages.ts), shared by every string table: the central
// tables of messages.ts and the translations kept next to their owners (catalog.ts).

let requested = 'en';

/** Remembers the locale asked for, normalised (`zh_CN` → `zh-cn`). */
export function requestLocale(locale: string): void {
  requested = locale.toLowerCase().replace('_', '-');
}

export function getRequestedLocale(): string {
  return requested;
}

/**
 * Which of `available` serves the locale asked for: the exact one, else the first of the same
 * language (`zh` and `zh-Hans` pick `zh-cn`); undefined when none does.
 */
export function pickLocale(available: readonly string[]): string | undefined {
  if (available.includes(requested)) return requested;
  const base = requested.split('-')[0];
  return available.find((l) => l === base || l.startsWith(`${base}-`));
}

/** A template cut at its placeholders: literal text, and `{N}` as its argument number and its text. */
type Piece = string | { readonly arg: number; readonly raw: string };

/**
 * Templates as cut (they come from the string tables and the rules' messages, a bounded set; the
 * cap only guards against a caller formatting text of its own). The simulator formats a message
 * for most of its events: a regular expression replace with a callback per call made about 400
 * bytes of garbage per event, a third of all it allocated.
 */
const cut = new Map<string, readonly Piece[]>();
const MAX_CUT_TEMPLATES = 4096;
/** Reused by every call (format calls nothing that formats), so a call allocates only its result. */
const out: string[] = [];

function cutTemplate(template: string): readonly Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of template.matchAll(/\{(\d+)\}/g)) {
    pieces.push(template.slice(from, match.index), { arg: Number(match[1]), raw: match[0] });
    from = match.index! + match[0].length;
  }
  pieces.push(template.slice(from));
  return pieces;
}

function piecesOf(template: string): readonly Piece[] {
  let pieces = cut.get(template);
  if (pieces === undefined) {
    pieces = cutTemplate(template);
    if (cut.size < MAX_CUT_TEMPLATES) cut.set(template, pieces);
  }
  return pieces;
}

/** `{0}`, `{1}`, … replaced by `args`; a placeholder without an argument stays as written. */
export function format(template: string, args: readonly (string | number)[]): string {
  const pieces = piecesOf(template);
  if (pieces.length === 1) return template;
  for (const piece of pieces) out.push(typeof piece === 'string' ? piece : piece.arg < args.length ? String(args[piece.arg]) : piece.raw);
  // join builds one flat string; concatenating would keep a chain of string pieces per message.
  const text = out.join('');
  out.length = 0;
  return text;
}
