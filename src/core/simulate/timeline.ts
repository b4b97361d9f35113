// The panel's model of a rollout: the view (pods, claims, status, DNS answers) after any frame,
// rebuilt by applying frames in order. Keyframes every KEYFRAME_EVERY frames make scrubbing cheap.
// Pure and DOM-free: the webview bundles it, the tests run it in Node.
import type { RolloutFrame, RolloutPlan } from './planRollout';
import type { PodState, PvcState, StatusState } from './types';

export interface RolloutView {
  /** Index of the last frame applied; -1 before the first. */
  readonly index: number;
  readonly time: number;
  readonly pods: ReadonlyMap<string, PodState>;
  readonly pvcs: ReadonlyMap<string, PvcState>;
  readonly status: StatusState | undefined;
}

const KEYFRAME_EVERY = 64;

export const EMPTY_VIEW: RolloutView = { index: -1, time: 0, pods: new Map(), pvcs: new Map(), status: undefined };

/** Applies one frame to a view, in place on copies the caller owns. */
function applyFrame(pods: Map<string, PodState>, pvcs: Map<string, PvcState>, frame: RolloutFrame): void {
  const { event } = frame;
  if (frame.pod !== undefined) {
    if (frame.pod === null) pods.delete(event.object);
    else pods.set(frame.pod.name, frame.pod);
  }
  if (frame.pvc !== undefined) {
    if (frame.pvc === null) pvcs.delete(event.object);
    else pvcs.set(frame.pvc.name, frame.pvc);
  }
}

export class Timeline {
  readonly #keyframes: RolloutView[] = [];

  constructor(readonly plan: RolloutPlan) {
    let pods = new Map<string, PodState>();
    let pvcs = new Map<string, PvcState>();
    plan.frames.forEach((frame, index) => {
      applyFrame(pods, pvcs, frame);
      if (index % KEYFRAME_EVERY === 0) {
        this.#keyframes.push({ index, time: frame.event.time, pods, pvcs, status: frame.status });
        pods = new Map(pods);
        pvcs = new Map(pvcs);
      }
    });
  }

  get length(): number {
    return this.plan.frames.length;
  }

  /** The view after frame `index` (clamped; -1 is the empty view before the first frame). */
  at(index: number): RolloutView {
    const last = Math.min(index, this.plan.frames.length - 1);
    if (last < 0) return EMPTY_VIEW;
    const key = this.#keyframes[Math.floor(last / KEYFRAME_EVERY)];
    const pods = new Map(key.pods);
    const pvcs = new Map(key.pvcs);
    for (let i = key.index + 1; i <= last; i++) applyFrame(pods, pvcs, this.plan.frames[i]);
    const frame = this.plan.frames[last];
    return { index: last, time: frame.event.time, pods, pvcs, status: frame.status };
  }

  /** The index of the last frame at or before `time` (for keeping the time position on re-plan). */
  indexAtTime(time: number): number {
    let found = -1;
    for (let i = 0; i < this.plan.frames.length && this.plan.frames[i].event.time <= time; i++) found = i;
    return found;
  }
}

/** What the Service name answers with in a view: the IPs of the pods whose record is published. */
export function serviceAnswers(view: RolloutView): string[] {
  return [...view.pods.values()].filter((p) => p.dnsPublished && p.ip !== null).sort((a, b) => a.ordinal - b.ordinal).map((p) => p.ip!);
}

/** An nslookup for the panel's box: `web-0.nginx` (any suffix of the full name) or the Service name. */
export function lookUp(view: RolloutView, plan: RolloutPlan, query: string): { name: string; addresses: string[] } | { error: string } {
  const wanted = query.trim().replace(/\.$/, '').toLowerCase();
  if (wanted === '') return { error: 'type a name, e.g. web-0.nginx' };
  const service = plan.serviceDnsName;
  if (service === null) return { error: `** server can't find ${wanted}: NXDOMAIN (${plan.dnsProblem ?? 'no headless Service'})` };
  const matches = (full: string) => full === wanted || full.startsWith(`${wanted}.`);
  if (matches(service)) {
    const addresses = serviceAnswers(view);
    return addresses.length > 0 ? { name: service, addresses } : { error: `** server can't find ${wanted}: no ready pods` };
  }
  const pod = [...view.pods.values()].find((p) => p.dnsName !== null && matches(p.dnsName));
  if (pod && pod.dnsPublished && pod.ip) return { name: pod.dnsName!, addresses: [pod.ip] };
  return { error: `** server can't find ${wanted}: NXDOMAIN${pod ? ` (${pod.name} is not Ready)` : ''}` };
}
