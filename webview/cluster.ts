// The cluster around the set at any frame of a plan (issue #11): the nodes and disruption budgets
// the frames carry when they change, and each Pending pod's last FailedScheduling message. Built
// once per plan; `at(index)` is a binary search, so scrubbing stays cheap.
import type { ClusterFrame, RolloutPlan } from '../src/core/simulate/planRollout';

const NONE: ClusterFrame = { nodes: [], budgets: [] };

/** The last entry whose index is at or before `index`, in a list sorted by index. */
function lastAtOrBefore<T extends { readonly index: number }>(list: readonly T[], index: number): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

export class ClusterTrack {
  readonly #changes: { readonly index: number; readonly cluster: ClusterFrame }[] = [];
  /** Per pod: when the scheduler last said why it cannot place it (null: placed since). */
  readonly #scheduling = new Map<string, { readonly index: number; readonly message: string | null }[]>();
  /** Whether any frame has nodes: the panel then offers the node and force-delete what-ifs. */
  readonly hasNodes: boolean;

  constructor(plan: RolloutPlan) {
    plan.frames.forEach((frame, index) => {
      if (frame.cluster) this.#changes.push({ index, cluster: frame.cluster });
      const { type, object, message } = frame.event;
      if (type === 'FailedScheduling') this.#note(object, index, message ?? '');
      else if (type === 'PodScheduled' || type === 'PodDeleted') this.#note(object, index, null);
    });
    this.hasNodes = this.#changes.some((c) => c.cluster.nodes.length > 0);
  }

  #note(pod: string, index: number, message: string | null): void {
    const list = this.#scheduling.get(pod);
    if (list) list.push({ index, message });
    else this.#scheduling.set(pod, [{ index, message }]);
  }

  /** The nodes and budgets after frame `index` (none before the first change). */
  at(index: number): ClusterFrame {
    return lastAtOrBefore(this.#changes, index)?.cluster ?? NONE;
  }

  /** Why the scheduler could not place `pod`, as of frame `index`; undefined once it was placed. */
  failedScheduling(pod: string, index: number): string | undefined {
    const list = this.#scheduling.get(pod);
    return (list && lastAtOrBefore(list, index)?.message) ?? undefined;
  }
}
