// The field shapes many rules check the same way, so that a rule is its logic only.
import { getString } from '../model/access';
import type { Located, YNode } from '../model/types';

export interface UnsupportedValue {
  readonly value: Located<string>;
  /** The supported value it only miscases (`parallel` → `Parallel`), for quick fixes. */
  readonly suggestion?: string;
}

/**
 * The string at `path` when it is none of `supported` (validation.NewNotSupported /
 * field.Invalid over a fixed set). Unset and `""` are fine: the apiserver's defaulting
 * (SetDefaults_StatefulSet, SetDefaults_PodSpec) fills `""` in before validation.
 */
export function unsupportedValue(root: YNode | undefined, path: string, supported: readonly string[]): UnsupportedValue | undefined {
  const value = getString(root, path);
  if (!value || value.value === '' || supported.includes(value.value)) return undefined;
  const suggestion = supported.find((s) => s.toLowerCase() === value.value.toLowerCase());
  return suggestion ? { value, suggestion } : { value };
}

/** `{ suggestion }` for a finding's data, or undefined when there is none. */
export function suggestionData(found: UnsupportedValue): { suggestion: string } | undefined {
  return found.suggestion ? { suggestion: found.suggestion } : undefined;
}

/**
 * A name that is set and not empty, and the problem `problemOf` finds with it (a DNS label
 * check such as dns1123LabelProblem); undefined when there is nothing to report.
 */
export function nameProblem(
  name: Located<string> | undefined,
  problemOf: (value: string) => string | undefined,
): { readonly name: Located<string>; readonly problem: string } | undefined {
  if (!name || name.value === '') return undefined;
  const problem = problemOf(name.value);
  return problem ? { name, problem } : undefined;
}

/**
 * The earlier item under `key` (the one a duplicate points at), remembering `item` as the first
 * when there is none: validation reports the second and later occurrences, not the first.
 */
export function earlierOf<T>(seen: Map<string, T>, key: string, item: T): T | undefined {
  const earlier = seen.get(key);
  if (earlier === undefined) seen.set(key, item);
  return earlier;
}
