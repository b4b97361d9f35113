// The hover's and completion's own strings (`hover.*`, `complete.*`, `list.*`), kept next to the
// code that shows them (docs/l10n/) rather than in the central tables; same locale as every table.
import { stringTable } from '../l10n/stringTable';
import { hover } from './l10n/en';
import { hoverZh } from './l10n/zh-cn';

export type HoverKey = keyof typeof hover;

export const hoverStrings = stringTable<HoverKey>(hover, { 'zh-cn': hoverZh });

export const { setLocale, getLocale, t } = hoverStrings;
