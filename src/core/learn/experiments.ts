// The "Learn StatefulSets" walkthrough's experiments, one per step: the manifest and simulator
// script it replays (examples/learn/, the same files the README's CLI examples use) and the event
// that proves the learner saw what the step is about. The panel reports how far the learner has
// played a plan; a step is done once the proving event has been shown (docs/learn.md §1, §2).
import type { SimEvent } from '../simulate/types';
import type { ReadBack } from './volumeData';

export const EXPERIMENT_IDS = [
  'ordering', 'dns', 'identity', 'storage', 'scaling', 'delete-set', 'no-storage-class', 'no-readiness-probe',
] as const;
export type ExperimentId = (typeof EXPERIMENT_IDS)[number];

export interface Experiment {
  readonly id: ExperimentId;
  /** Paths relative to the extension (and the repository). */
  readonly manifest: string;
  readonly script: string;
  /**
   * The index of the event that proves the step's point, or -1 while it has not happened.
   * `readBacks`: what recreated pods read from their claims after the learner wrote (volumeData.ts).
   */
  proof(events: readonly SimEvent[], readBacks?: readonly ReadBack[]): number;
  /**
   * The panel offers "write each hostname into its volume" and stops playing before this frame
   * until the learner has written (the `storage` step); undefined for the other steps.
   */
  writeBefore?(events: readonly SimEvent[]): number;
}

export const isExperimentId = (x: unknown): x is ExperimentId => (EXPERIMENT_IDS as readonly unknown[]).includes(x);

const find = (events: readonly SimEvent[], test: (e: SimEvent) => boolean, from = 0): number => {
  for (let i = Math.max(0, from); i < events.length; i++) if (test(events[i])) return i;
  return -1;
};
const is = (type: SimEvent['type'], object?: string) => (e: SimEvent) => e.type === type && (object === undefined || e.object === object);

/** web-1 created after web-0 was Ready: OrderedReady's wait (processReplica, isRunningAndReady). */
function orderedCreation(events: readonly SimEvent[]): number {
  const ready = find(events, is('PodReady', 'web-0'));
  return ready < 0 ? -1 : find(events, is('PodCreated', 'web-1'), ready);
}

/** Every pod's DNS name answered (the last of the three first records). */
function everyDnsName(events: readonly SimEvent[]): number {
  const firsts = ['web-0', 'web-1', 'web-2'].map((pod) => find(events, (e) => e.type === 'DNSRecordAdded' && e.object.startsWith(`${pod}.`)));
  return firsts.includes(-1) ? -1 : Math.max(...firsts);
}

/** A pod running again under its old name with an IP it did not have before. */
function newIpSameName(events: readonly SimEvent[]): number {
  const seen = new Map<string, string>();
  return find(events, (e) => {
    if (e.type !== 'PodRunning' || e.ip === undefined) return false;
    const before = seen.get(e.object);
    seen.set(e.object, e.ip);
    return before !== undefined && before !== e.ip;
  });
}

/** A pod created again under its name read back what the pod before it wrote into its claim: web-0 reads "web-0". */
function dataSurvivesPod(_events: readonly SimEvent[], readBacks: readonly ReadBack[] = []): number {
  return readBacks.find((read) => read.text === read.pod)?.index ?? -1;
}

/** The storage script's pods are all up before it deletes the first: the moment to write into the volumes. */
function beforeFirstDeletion(events: readonly SimEvent[]): number {
  return find(events, (e) => e.type === 'StepStarted' && e.object === 'deletePod');
}

/** Scale-down took web-2 before web-1, and scaling up created web-2 again without a new claim. */
function scaleDownAndUp(events: readonly SimEvent[]): number {
  const controller = (pod: string) => (e: SimEvent) => e.type === 'PodTerminating' && e.reason === 'Controller' && e.object === pod;
  const web2 = find(events, controller('web-2'));
  const web1 = find(events, controller('web-1'));
  if (web2 < 0 || web1 < web2) return -1;
  const again = find(events, is('PodCreated', 'web-2'), web1);
  return again >= 0 && events.slice(0, again).filter(is('PVCCreated', 'www-web-2')).length === 1 ? again : -1;
}

/** The deleted StatefulSet settled with its pods gone and no claim deleted. */
function claimsOutliveSet(events: readonly SimEvent[]): number {
  const step = find(events, (e) => e.type === 'StepStarted' && e.object === 'deleteStatefulSet');
  const settled = step < 0 ? -1 : find(events, is('Settled'), step);
  return settled >= 0 && find(events.slice(0, settled), is('PVCDeleted')) < 0 ? settled : -1;
}

/** web-1 created at the very second web-0 started running: without a probe, Running is Ready. */
function readyWhenRunning(events: readonly SimEvent[]): number {
  const running = find(events, is('PodRunning', 'web-0'));
  const created = running < 0 ? -1 : find(events, is('PodCreated', 'web-1'), running);
  return created >= 0 && events[created].time === events[running].time ? created : -1;
}

const PROOFS: Readonly<Record<ExperimentId, Experiment['proof']>> = {
  ordering: orderedCreation,
  dns: everyDnsName,
  identity: newIpSameName,
  storage: dataSurvivesPod,
  scaling: scaleDownAndUp,
  'delete-set': claimsOutliveSet,
  'no-storage-class': (events) => find(events, is('PVCPending', 'www-web-0')),
  'no-readiness-probe': readyWhenRunning,
};

export const EXPERIMENTS: readonly Experiment[] = EXPERIMENT_IDS.map((id) => ({
  id,
  manifest: `examples/learn/${id}.yaml`,
  script: `examples/learn/${id}.script.yaml`,
  proof: PROOFS[id],
  ...(id === 'storage' ? { writeBefore: beforeFirstDeletion } : {}),
}));

/** `statefulsetStudio.learn.deleteSetDone` for `delete-set`: the context key a walkthrough step completes on. */
export function doneContextKey(id: ExperimentId): string {
  return `statefulsetStudio.learn.${id.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}Done`;
}

export function experimentById(id: ExperimentId): Experiment {
  return EXPERIMENTS.find((experiment) => experiment.id === id)!;
}
