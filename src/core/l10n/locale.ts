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

/** `{0}`, `{1}`, … replaced by `args`; a placeholder without an argument stays as written. */
export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : match));
}
