// Simplified Chinese for en/hover.ts.
import type { hover } from '../en/hover';

export const hoverZh: Partial<Readonly<Record<keyof typeof hover, string>>> = {};
