// Simplified Chinese for en/rulesOther.ts.
import type { rulesOther } from '../en/rulesOther';

export const rulesOtherZh: Readonly<Record<keyof typeof rulesOther, string>> = {};
