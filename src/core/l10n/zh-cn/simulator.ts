// Simplified Chinese for en/simulator.ts.
import type { simulator } from '../en/simulator';

export const simulatorZh: Readonly<Record<keyof typeof simulator, string>> = {};
