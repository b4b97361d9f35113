// The strings the compact index keeps, each held once and detached from the file it was read from.
// V8 makes a substring of 13 characters or more a slice that keeps its whole parent string alive,
// so a label or a name read from a file kept that file's whole text alive as long as the index: on
// the benchmark's 2,000-file workspace, the index held most of its 21.9 MB of YAML that way.
// Repeated strings (label keys, namespaces, kinds) are held once.
import type { LabelPairs, ResourceSummary } from '../core/index';

/** Slices are made from this length on (V8's SlicedString::kMinLength); shorter substrings are copies. */
const MIN_SLICE_LENGTH = 13;

export class Interner {
  readonly #strings = new Map<string, string>();

  get size(): number {
    return this.#strings.size;
  }

  intern(text: string): string;
  intern(text: string | undefined): string | undefined;
  intern(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    let held = this.#strings.get(text);
    if (held === undefined) {
      held = detach(text);
      this.#strings.set(held, held); // the key too: a sliced key would keep the file alive
    }
    return held;
  }

  clear(): void {
    this.#strings.clear();
  }

  /** The summary with every string it holds interned. */
  summary(summary: ResourceSummary): ResourceSummary {
    return {
      ...summary,
      type: this.intern(summary.type),
      kind: this.intern(summary.kind),
      group: this.intern(summary.group),
      name: this.intern(summary.name),
      namespace: this.intern(summary.namespace),
      labels: this.#pairs(summary.labels),
      selector: summary.selector && this.#pairs(summary.selector),
      templateLabels: summary.templateLabels && this.#pairs(summary.templateLabels),
      serviceName: this.intern(summary.serviceName),
      claimTemplates: summary.claimTemplates.map((name) => this.intern(name)),
    };
  }

  #pairs(pairs: LabelPairs): LabelPairs {
    return pairs.map(([key, value]) => [this.intern(key), this.intern(value)] as const);
  }
}

/** A flat copy of `text`, sharing no memory with the string it may be a slice of. */
function detach(text: string): string {
  return text.length < MIN_SLICE_LENGTH ? text : Buffer.from(text, 'utf8').toString('utf8');
}
