// The script steps that act on the cluster's nodes, and the force delete: what each says in its
// StepStarted event, and what it does (nodeLifecycle.ts, drain.ts). Unknown node names are refused
// by the script parser (findUnknownNode), so a step here always finds its node.
import { t } from '../l10n/messages';
import { drainNode } from './drain';
import { addOutOfServiceTaint, failNode, forceDeletePod, restoreNode, setCordoned } from './nodeLifecycle';
import type { NodeStep, Step } from './types';
import type { World } from './world';

export type ClusterStep = NodeStep | Extract<Step, { readonly kind: 'forceDeletePod' }>;

export function isClusterStep(step: Step): step is ClusterStep {
  return 'node' in step || step.kind === 'forceDeletePod';
}

/** The StepStarted message; kubectl commands read the same in every language. */
export function describeClusterStep(step: ClusterStep): string {
  switch (step.kind) {
    case 'forceDeletePod':
      return `kubectl delete pod ${step.pod} --force --grace-period=0`;
    case 'cordonNode':
      return `kubectl cordon ${step.node}`;
    case 'uncordonNode':
      return `kubectl uncordon ${step.node}`;
    case 'drainNode':
      return `kubectl drain ${step.node}`;
    case 'addOutOfServiceTaint':
      return `kubectl taint nodes ${step.node} node.kubernetes.io/out-of-service=nodeshutdown:NoExecute`;
    case 'failNode':
      return t('sim.step.failNode', step.node);
    case 'restoreNode':
      return t('sim.step.restoreNode', step.node);
  }
}

export function applyClusterStep(world: World, step: ClusterStep): void {
  if (step.kind === 'forceDeletePod') return forceDeletePod(world, step.pod);
  const node = world.cluster?.node(step.node);
  if (!node) return;
  switch (step.kind) {
    case 'cordonNode':
    case 'uncordonNode':
      return setCordoned(world, node, step.kind === 'cordonNode');
    case 'drainNode':
      return drainNode(world, node);
    case 'failNode':
      return failNode(world, node);
    case 'restoreNode':
      return restoreNode(world, node);
    case 'addOutOfServiceTaint':
      return addOutOfServiceTaint(world, node);
  }
}
