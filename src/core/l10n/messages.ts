// Our own user-facing strings, keyed, with `{0}` placeholders: `t('hover.pods.many', 3, names)`.
// English is the source (one table per area in en/) and the fallback for every key a translation
// lacks; each area has its Simplified Chinese table in zh-cn/ (complete: test/unit/l10n.test.ts).
// Kubernetes' own field descriptions are not ours and stay English.
import { hover } from './en/hover';
import { rulesOther } from './en/rulesOther';
import { rulesSts } from './en/rulesSts';
import { simulator } from './en/simulator';
import { ui } from './en/ui';
import { hoverZh } from './zh-cn/hover';
import { rulesOtherZh } from './zh-cn/rulesOther';
import { rulesStsZh } from './zh-cn/rulesSts';
import { simulatorZh } from './zh-cn/simulator';
import { uiZh } from './zh-cn/ui';

export const en = { ...hover, ...rulesSts, ...rulesOther, ...simulator, ...ui } as const;


export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

/** Locale (lower case, `en`, `zh-cn`) → table. Missing keys fall back to English. */
export const tables: Readonly<Record<string, Partial<Messages>>> = {
  en,
  'zh-cn': { ...hoverZh, ...rulesStsZh, ...rulesOtherZh, ...simulatorZh, ...uiZh },
};

let current: Partial<Messages> = en;
let currentLocale = 'en';

/** Picks the table for a locale (`zh-CN`, `zh-cn`, `zh`); English when there is none. */
export function setLocale(locale: string): void {
  const wanted = locale.toLowerCase().replace('_', '-');
  const base = wanted.split('-')[0];
  // `zh` and `zh-Hans` pick `zh-cn`: the first table of the same language.
  const found = Object.hasOwn(tables, wanted) ? wanted : (Object.keys(tables).find((l) => l === base || l.startsWith(`${base}-`)) ?? 'en');
  current = tables[found];
  currentLocale = found;
}

export function getLocale(): string {
  return currentLocale;
}

/** The message for `key` in the current locale, with `{0}`, `{1}`, … replaced by `args`. */
export function t(key: MessageKey, ...args: readonly (string | number)[]): string {
  const template = current[key] ?? en[key];
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : match));
}
