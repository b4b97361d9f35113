// The strings the VS Code extension host shows itself (its commands, pickers, the panel's title,
// the crash message): the UI table only, so dist/extension.js carries no engine, simulator or rule
// strings (those are the language server's). Same keys and texts as messages.ts; like every table
// it follows the one locale asked for (locale.ts), so setUiLocale sets the locale of all of them.
import { ui } from './en/ui';
import { stringTable } from './stringTable';
import { uiZh } from './zh-cn/ui';

export type UiMessageKey = keyof typeof ui;

export const { setLocale: setUiLocale, t: uiText } = stringTable<UiMessageKey>(ui, { 'zh-cn': uiZh });
