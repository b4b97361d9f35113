// A keyed string table with `{0}` placeholders: English is the source and the fallback for every
// key a translation lacks. messages.ts builds the full table; panelMessages.ts the webview's, so
// each bundle carries only the strings its code can show.
import { format, pickLocale, requestLocale } from './locale';

export interface StringTable<K extends string> {
  /** Locale (lower case, `en`, `zh-cn`) → table. */
  readonly tables: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>>;
  /** Picks the table for a locale (`zh-CN`, `zh-cn`, `zh`); English when there is none. */
  setLocale(locale: string): void;
  getLocale(): string;
  /** The message for `key` in the current locale, with `{0}`, `{1}`, … replaced by `args`. */
  t(key: K, ...args: readonly (string | number)[]): string;
}

export function stringTable<K extends string>(
  en: Readonly<Record<K, string>>,
  translations: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>>,
): StringTable<K> {
  const tables: Readonly<Record<string, Partial<Readonly<Record<K, string>>>>> = { en, ...translations };
  let current: Partial<Readonly<Record<K, string>>> = en;
  let currentLocale = 'en';
  return {
    tables,
    setLocale(locale) {
      requestLocale(locale);
      // `zh` and `zh-Hans` pick `zh-cn`: the first table of the same language.
      currentLocale = pickLocale(Object.keys(tables)) ?? 'en';
      current = tables[currentLocale];
    },
    getLocale: () => currentLocale,
    t: (key, ...args) => format(current[key] ?? en[key], args),
  };
}
