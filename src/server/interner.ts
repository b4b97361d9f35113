// The strings the compact index keeps, each held once and detached from the file it was read from.
// V8 makes a substring of 13 characters or more a slice that keeps its whole parent string alive,
// so a label or a name read from a file kept that file's whole text alive as long as the index: on
// the benchmark's 2,000-file workspace, the index held most of its 21.9 MB of YAML that way.
// Repeated strings (label keys, namespaces, kinds) are held once.
import { detached, type LabelPairs, type ResourceSummary } from '../core/index';

export class Interner {
  readonly #strings = new Map<string, string>();
  /**
   * Label pairs by key, then value: the same label sits on a StatefulSet, its selector, its template
   * and its Service. Keyed by the interned strings themselves, not by a `key\0value` string built
   * and kept per pair.
   */
  readonly #labelPairs = new Map<string, Map<string, readonly [string, string]>>();

  get size(): number {
    return this.#strings.size;
  }

  intern(text: string): string;
  intern(text: string | undefined): string | undefined;
  intern(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    let held = this.#strings.get(text);
    if (held === undefined) {
      held = detached(text);
      this.#strings.set(held, held); // the key too: a sliced key would keep the file alive
    }
    return held;
  }

  clear(): void {
    this.#strings.clear();
    this.#labelPairs.clear();
  }

  /** The summary with every string it holds interned, and its label lists sharing their pairs. */
  summary(summary: ResourceSummary): ResourceSummary {
    const labels = this.#pairs(summary.labels);
    const templateLabels = summary.templateLabels && this.#pairs(summary.templateLabels);
    const selector = summary.selector && sameOrOwn(this.#pairs(summary.selector), templateLabels, labels);
    return {
      ...summary,
      type: this.intern(summary.type),
      kind: this.intern(summary.kind),
      group: this.intern(summary.group),
      name: this.intern(summary.name),
      namespace: this.intern(summary.namespace),
      labels,
      selector,
      templateLabels: templateLabels && sameOrOwn(templateLabels, labels),
      serviceName: this.intern(summary.serviceName),
      ports: summary.ports.length === 0 ? NONE : summary.ports,
      claimTemplates: summary.claimTemplates.length === 0 ? NONE : summary.claimTemplates.map((name) => this.intern(name)),
    };
  }

  #pairs(pairs: LabelPairs): LabelPairs {
    if (pairs.length === 0) return NONE;
    return pairs.map(([key, value]) => {
      let byValue = this.#labelPairs.get(key);
      if (!byValue) this.#labelPairs.set(this.intern(key), (byValue = new Map()));
      let pair = byValue.get(value);
      if (!pair) byValue.set(this.intern(value), (pair = [this.intern(key), this.intern(value)]));
      return pair;
    });
  }
}

/** Shared by every summary with an empty list. */
const NONE: readonly never[] = Object.freeze([]);

/** `pairs`, or the first of `others` holding the same pairs (a selector is often its template's labels). */
function sameOrOwn(pairs: LabelPairs, ...others: (LabelPairs | undefined)[]): LabelPairs {
  const same = others.find((other) => other !== undefined && other.length === pairs.length && other.every((pair, i) => pair === pairs[i]));
  return same ?? pairs;
}
