// The rule registry: a plain array, in the order rules appear in the README table.
import { stsApiVersionRemoved } from './sts-api-version-removed';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  stsApiVersionRemoved,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
