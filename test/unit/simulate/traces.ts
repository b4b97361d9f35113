// Expected traces (in scenario.ts's `trace` form) of the simulator's steady patterns for
// webManifest, written once: a pod is Running 2 s after it is created and Ready 1 s later (its
// readinessProbe), is gone 1 s after it starts terminating, and the pod IPs are handed out in order
// from 10.244.0.2. A scenario test spells out the lines its behaviour is about and takes these for
// the rest; its assertion is still the whole trace.

const IP_PREFIX = '10.244.0.';
/** The first IP the simulator hands out is 10.244.0.2 (the first pod's). */
const FIRST_IP = 2;

/** The lines of `web-<ordinal>` going from created at `at` (its claim `www-web-<ordinal>` made first) to Running and Ready. */
function podStarts(ordinal: number, at: number, ip: number): { created: string[]; running: string; ready: string } {
  return {
    created: [`${at} PVCCreated www-web-${ordinal}`, `${at} PodCreated web-${ordinal} @r1`],
    running: `${at + 2} PodRunning web-${ordinal} ${IP_PREFIX}${ip}`,
    ready: `${at + 3} PodReady web-${ordinal}`,
  };
}

/**
 * The first rollout under OrderedReady (processReplica): revision r1, then `web-<first>` to
 * `web-<first + replicas - 1>` one at a time, each created once the one before is Running and
 * Ready, up to the last PodReady (at 3 × replicas).
 */
export function orderedStart(replicas: number, first = 0): string[] {
  const lines = ['0 RevisionCreated r1'];
  for (let i = 0; i < replicas; i++) {
    const ordinal = first + i;
    const pod = podStarts(ordinal, 3 * i, FIRST_IP + i);
    const waiting = i < replicas - 1 ? [`${3 * i} Blocked web (Waiting) web-${ordinal + 1} waits for web-${ordinal} to be Running and Ready`] : [];
    lines.push(...pod.created, ...waiting, pod.running, pod.ready);
  }
  return lines;
}

/** The first rollout under Parallel: every pod created at 0, all Running at 2 and Ready at 3, up to the last PodReady. */
export function parallelStart(replicas: number): string[] {
  const pods = Array.from({ length: replicas }, (_, ordinal) => podStarts(ordinal, 0, FIRST_IP + ordinal));
  return ['0 RevisionCreated r1', ...pods.flatMap((p) => p.created), ...pods.map((p) => p.running), ...pods.map((p) => p.ready)];
}

/**
 * A rolling update to r2 (`revision` is its name) replacing `ordinals` one at a time from `at`
 * (updateStatefulSet): each pod deleted, recreated at r2 once gone, and waited for until Ready
 * before the next; new IPs from `firstIp`. Ends with the last pod's PodReady.
 */
export function rollingReplace(ordinals: readonly number[], at: number, firstIp: number, revision = 'web-78b8f57ff6'): string[] {
  return ordinals.flatMap((ordinal, i) => {
    const t = at + 4 * i;
    const pod = `web-${ordinal}`;
    const waiting = i < ordinals.length - 1 ? [`${t + 1} Blocked web (Waiting) the rolling update waits for ${pod} to be Running and Ready`] : [];
    return [
      `${t} PodTerminating ${pod} (Controller) delete Pod ${pod} in StatefulSet web successful (rolling update to ${revision})`,
      `${t} Blocked web (Waiting) ${pod} is terminating: the controller waits for it to be gone before recreating it`,
      `${t + 1} PodDeleted ${pod}`,
      `${t + 1} PodCreated ${pod} @r2`,
      ...waiting,
      `${t + 3} PodRunning ${pod} ${IP_PREFIX}${firstIp + i}`,
      `${t + 4} PodReady ${pod}`,
    ];
  });
}

/** A scale-down from `at` (processCondemned): `ordinals` (highest first) terminated one at a time, each once the one before is gone. */
export function orderedScaleDown(ordinals: readonly number[], at: number): string[] {
  return ordinals.flatMap((ordinal, i) => [
    `${at + i} PodTerminating web-${ordinal} (Controller) delete Pod web-${ordinal} in StatefulSet web successful (scale down)`,
    `${at + i} Blocked web (Waiting) scale-down waits for web-${ordinal} to terminate`,
    `${at + i + 1} PodDeleted web-${ordinal}`,
  ]);
}
