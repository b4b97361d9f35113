// A keyed string table with `{0}` placeholders: English is the source and the fallback for every
// key a translation lacks. messages.ts builds the full table; panelMessages.ts the webview's, so
// each bundle carries only the strings its code can show. Every table (and every catalog) follows
// the one locale asked for (locale.ts), so a table split off later needs no setLocale of its own.
import { format, getRequestedLocale, pickLocale, requestLocale } from './locale';

export interface StringTable<K extends string> {
  /** Locale (lower case, `en`, `zh-cn`) → table. */
  readonly tables: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>>;
  /** Asks for a locale (`zh-CN`, `zh-cn`, `zh`) for every table; English where one has none. */
  setLocale(locale: string): void;
  /** The locale this table serves now (`en` when it has no table for the one asked for). */
  getLocale(): string;
  /** The message for `key` in the current locale, with `{0}`, `{1}`, … replaced by `args`. */
  t(key: K, ...args: readonly (string | number)[]): string;
}

export function stringTable<K extends string>(
  en: Readonly<Record<K, string>>,
  translations: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>>,
): StringTable<K> {
  const tables: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>> = { en, ...translations };
  const locales = Object.keys(tables);
  // `zh` and `zh-Hans` pick `zh-cn`: the first table of the same language. Cached per locale asked for.
  let resolvedFor: string | undefined;
  let resolved = 'en';
  const getLocale = () => {
    const requested = getRequestedLocale();
    if (requested !== resolvedFor) [resolvedFor, resolved] = [requested, pickLocale(locales) ?? 'en'];
    return resolved;
  };
  return {
    tables,
    setLocale: requestLocale,
    getLocale,
    t: (key, ...args) => format(tables[getLocale()][key] ?? en[key], args),
  };
}
