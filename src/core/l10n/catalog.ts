// Translations kept next to the code that owns the English: one file per language per owner area
// (`rules/l10n/zh-cn/`), keyed by owner (a rule id) and then by the owner's message id. Adding a
// language means adding files; a bundle carries only the catalogs its code imports.
import { format, pickLocale } from './locale';

/** Owner → message id → text, for one language. */
export type Translations = Readonly<Record<string, Readonly<Record<string, string>>>>;
/** Locale (lower case, `zh-cn`) → that language's translations. English lives in the owners. */
export type Catalog = Readonly<Record<string, Translations>>;

const localesOf = new WeakMap<Catalog, readonly string[]>();

/** The owner's message `id` in the current locale, falling back to `english`, with `{0}`… filled. */
export function translate(catalog: Catalog, owner: string, id: string, english: string, args: readonly (string | number)[] = []): string {
  let locales = localesOf.get(catalog);
  if (!locales) localesOf.set(catalog, (locales = Object.keys(catalog)));
  const locale = pickLocale(locales);
  const template = (locale !== undefined ? catalog[locale][owner]?.[id] : undefined) ?? english;
  return format(template, args);
}
