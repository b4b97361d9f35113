// Simplified Chinese for en/ui.ts.
import type { ui } from '../en/ui';

export const uiZh: Readonly<Record<keyof typeof ui, string>> = {};
