// How the script parser and the limits read and quote a value from user input.
import { t } from '../l10n/messages';

/** A value read from user input, or why it cannot be. */
export type Check<T> = { readonly value: T } | { readonly error: string };

export function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message shows it: `"text"`, `-1`, `null`, `a list`, `a map`. */
export function describe(value: unknown): string {
  if (value === undefined) return t('sim.script.value.nothing');
  if (Array.isArray(value)) return t('sim.script.value.list');
  if (isPlain(value)) return t('sim.script.value.map');
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
