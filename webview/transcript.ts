// The transcript pane: what `kubectl get pods -w` prints, up to any frame. The core's WatchPrinter
// (the same one `simulate --format watch` uses) is fed every frame once per plan, so showing the
// transcript at frame i is a slice, not a re-run.
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import { t } from '../src/core/l10n/panelMessages';
import { noResources, WatchPrinter } from '../src/core/simulate/formatWatch';

export class WatchTranscript {
  /** Printed lines, each with a trailing newline; the first one is the header. */
  readonly lines: readonly string[];
  /** The frame index after which each line (same index) has been printed. */
  readonly lineFrames: number[] = [];
  readonly #namespace: string;

  constructor(plan: RolloutPlan, containers: number) {
    this.#namespace = plan.namespace;
    const printer = new WatchPrinter(containers);
    plan.frames.forEach((frame, index) => {
      if (!frame.pod) return;
      const added = printer.observe(frame.pod, frame.event.time);
      for (let i = 0; i < added; i++) this.lineFrames.push(index);
    });
    this.lines = printer.lines;
  }

  /** How many lines have been printed after frame `index`. */
  countAt(index: number): number {
    let lo = 0;
    let hi = this.lineFrames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lineFrames[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The whole transcript after frame `index`, as formatWatch prints it. */
  textAt(index: number): string {
    const count = this.countAt(index);
    if (count === 0) return noResources(this.#namespace);
    return this.lines.slice(0, count).join('');
  }

  /** The header and the last `max` lines after frame `index` (what the pane shows). */
  tailAt(index: number, max: number): string {
    const count = this.countAt(index);
    if (count === 0) return noResources(this.#namespace);
    if (count <= max + 1) return this.lines.slice(0, count).join('');
    return this.lines[0] + `${t('webview.transcript.earlier', count - 1 - max)}\n` + this.lines.slice(count - max, count).join('');
  }
}
