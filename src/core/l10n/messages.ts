// Our own user-facing strings, keyed, with `{0}` placeholders: `t('hover.pods.many', 3, names)`.
// English is the source (one table per area in en/) and the fallback for every key a translation
// lacks; each area has its Simplified Chinese table in zh-cn/ (complete: test/unit/l10n.test.ts).
// The rules' strings are not here: they live in the rule modules, their translations in
// rules/l10n/ (catalog.ts), so bundles that show no rule (the webview) do not carry them.
// Kubernetes' own field descriptions are not ours and stay English.
import { engine } from './en/engine';
import { hover } from './en/hover';
import { simulator } from './en/simulator';
import { ui } from './en/ui';
import { format, pickLocale, requestLocale } from './locale';
import { engineZh } from './zh-cn/engine';
import { hoverZh } from './zh-cn/hover';
import { simulatorZh } from './zh-cn/simulator';
import { uiZh } from './zh-cn/ui';

export const en = { ...hover, ...engine, ...simulator, ...ui } as const;


export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

/** Locale (lower case, `en`, `zh-cn`) → table. Missing keys fall back to English. */
export const tables: Readonly<Record<string, Partial<Messages>>> = {
  en,
  'zh-cn': { ...hoverZh, ...engineZh, ...simulatorZh, ...uiZh },
};

let current: Partial<Messages> = en;
let currentLocale = 'en';

/** Picks the table for a locale (`zh-CN`, `zh-cn`, `zh`); English when there is none. */
export function setLocale(locale: string): void {
  requestLocale(locale);
  // `zh` and `zh-Hans` pick `zh-cn`: the first table of the same language.
  const found = pickLocale(Object.keys(tables)) ?? 'en';
  current = tables[found];
  currentLocale = found;
}

export function getLocale(): string {
  return currentLocale;
}

/** The message for `key` in the current locale, with `{0}`, `{1}`, … replaced by `args`. */
export function t(key: MessageKey, ...args: readonly (string | number)[]): string {
  return format(current[key] ?? en[key], args);
}
