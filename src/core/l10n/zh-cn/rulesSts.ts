// Simplified Chinese for en/rulesSts.ts.
import type { rulesSts } from '../en/rulesSts';

export const rulesStsZh: Readonly<Record<keyof typeof rulesSts, string>> = {};
