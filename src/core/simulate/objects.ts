// The objects the simulated cluster's store (world.ts) holds: pods and claims. Their own module so
// that the small questions about them (statefulSetUtils.ts) need not import the store, which uses
// those questions.
import type { PodStatus } from './types';

/** What can change on a pod (through World.updatePod). */
export interface PodFields {
  readonly phase: 'Pending' | 'Running' | 'Failed';
  readonly status: PodStatus;
  readonly ready: boolean;
  readonly available: boolean;
  readonly terminating: boolean;
  readonly ip: string | null;
  readonly restarts: number;
  readonly readinessFailing: boolean;
  /** Whether its DNS record is published (dns.ts). */
  readonly published: boolean;
  readonly reason?: string;
  /** The node it is bound to (scheduler.ts); null with no nodes given and while unscheduled. */
  readonly node: string | null;
  /** The last FailedScheduling message, so a retry that fails alike says nothing new. */
  readonly unschedulable?: string;
}

export interface Pod extends PodFields {
  readonly name: string;
  readonly ordinal: number;
  readonly revision: string;
  readonly createdAt: number;
  /** Bumped on each (re)creation, so timers of a previous incarnation are ignored. */
  readonly incarnation: number;
}

/** What can change on a claim (through World.updatePvc). */
export interface PvcFields {
  readonly phase: 'Pending' | 'Bound';
  readonly volume: string | null;
  readonly owners: readonly string[];
  /** The incarnation (the UID) of the pod its `Pod/…` owner reference names, or null without one. */
  readonly ownerPodIncarnation: number | null;
  readonly reason?: string;
  /** The zone its volume lives in, fixed once bound (volumeBinding.ts). */
  readonly zone: string | null;
}

export interface Pvc extends PvcFields {
  readonly name: string;
  readonly claimTemplate: string;
  readonly pod: string;
  readonly ordinal: number;
}
