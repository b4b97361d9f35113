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

/**
 * A template cut at its placeholders: `text` holds its literal pieces, with the slots of its
 * placeholders (`args` says which argument each slot takes, `raw` how the placeholder was written)
 * filled in per call. Each template keeps its own array, always of the same length, so a call
 * allocates only its result.
 */
interface CutTemplate {
  readonly text: string[];
  readonly slots: readonly { readonly at: number; readonly arg: number; readonly raw: string }[];
}

/**
 * Templates as cut (they come from the string tables and the rules' messages, a bounded set; the
 * cap only guards against a caller formatting text of its own). The simulator formats a message
 * for most of its events: a regular-expression replace with a callback per call made about 400
 * bytes of garbage per event, a third of all it allocated.
 */
const cut = new Map<string, CutTemplate>();
export const MAX_CUT_TEMPLATES = 4096;

function cutTemplate(template: string): CutTemplate {
  const text: string[] = [];
  const slots: { at: number; arg: number; raw: string }[] = [];
  let from = 0;
  for (const match of template.matchAll(/\{(\d+)\}/g)) {
    text.push(template.slice(from, match.index));
    slots.push({ at: text.length, arg: Number(match[1]), raw: match[0] });
    text.push(match[0]);
    from = match.index! + match[0].length;
  }
  text.push(template.slice(from));
  return { text, slots };
}

/** `{0}`, `{1}`, … replaced by `args`; a placeholder without an argument stays as written. */
export function format(template: string, args: readonly (string | number)[]): string {
  let cutOne = cut.get(template);
  if (cutOne === undefined) {
    cutOne = cutTemplate(template);
    if (cut.size < MAX_CUT_TEMPLATES) cut.set(template, cutOne);
  }
  const { text, slots } = cutOne;
  if (slots.length === 0) return template;
  for (const { at, arg, raw } of slots) text[at] = arg < args.length ? String(args[arg]) : raw;
  // join builds one flat string: concatenation would keep a chain of pieces in every message.
  // format calls nothing that formats, so no other call fills the same slots meanwhile.
  const result = text.join('');
  // The slots let go of the arguments: a cached template holding the last ones would keep them
  // alive, and a name sliced from a file's text keeps that whole text (text/detached.ts).
  for (const { at, raw } of slots) text[at] = raw;
  return result;
}
