// "Did you mean …?" for unknown field names: the closest known name by edit distance (with
// transpositions), when it is close enough to be an obvious typo.

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at max + 1. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known name `name` was most likely meant to be: the same name in another case, or the one at
 * edit distance ≤ 2 (≤ 1 for names of up to 4 characters). Ties go to the alphabetically first.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const max = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of [...known].sort()) {
    const distance = editDistance(lower, candidate.toLowerCase(), max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Candidates a NearNames query compares at most, however many names share its variants. */
const MAX_EXAMINED = 256;

/**
 * Names near a given one without comparing it against every name (the symmetric-delete index):
 * each name is filed under itself and its one-character deletions, and a query compares only the
 * names that share one of its own variants. That finds every name within one edit (and some at
 * two) at a cost bounded by MAX_EXAMINED, so a thousand look-ups stay linear in the names.
 */
export class NearNames {
  // A variant shared by one name (the usual case) holds the string, not a one-element array.
  readonly #byVariant = new Map<string, string | string[]>();
  readonly #order = new Map<string, number>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (this.#order.has(name)) continue;
      this.#order.set(name, this.#order.size);
      for (const variant of deletionVariants(name)) this.#file(variant, name);
    }
  }

  #file(variant: string, name: string): void {
    const filed = this.#byVariant.get(variant);
    if (filed === undefined) this.#byVariant.set(variant, name);
    else if (typeof filed === 'string') {
      if (filed !== name) this.#byVariant.set(variant, [filed, name]);
    } else if (filed[filed.length - 1] !== name) filed.push(name); // `aab` yields `ab` twice
  }

  /** Up to `limit` names at edit distance ≤ 2 from `name`, nearest first, then in the order given. */
  near(name: string, limit: number): string[] {
    const found: { name: string; distance: number }[] = [];
    const seen = new Set<string>();
    for (const variant of deletionVariants(name)) {
      const filed = this.#byVariant.get(variant);
      if (filed === undefined) continue; // the usual case: allocate nothing more
      for (const candidate of typeof filed === 'string' ? [filed] : filed) {
        if (seen.size >= MAX_EXAMINED) return this.#ranked(found, limit);
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const distance = editDistance(name, candidate, 2);
        if (distance <= 2) found.push({ name: candidate, distance });
      }
    }
    return found.length === 0 ? [] : this.#ranked(found, limit);
  }

  #ranked(found: { name: string; distance: number }[], limit: number): string[] {
    found.sort((a, b) => a.distance - b.distance || this.#order.get(a.name)! - this.#order.get(b.name)!);
    return found.slice(0, limit).map((f) => f.name);
  }
}

/** The name itself and every string one character shorter. */
function deletionVariants(name: string): string[] {
  const variants = [name];
  for (let i = 0; i < name.length; i++) variants.push(name.slice(0, i) + name.slice(i + 1));
  return variants;
}
