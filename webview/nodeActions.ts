// The what-ifs of a node lane (issue #11) and, for each, why it is disabled when it makes no sense
// on this node now: restoring a Ready node, draining a drained one, acting on a node the script
// does not declare (the simulator refuses those steps; the panel does not offer them).
import { t, type MessageKey } from '../src/core/l10n/panelMessages';
import type { NodeState, NodeStepKind } from '../src/core/simulate/types';

export interface NodeAction {
  readonly kind: NodeStepKind;
  readonly text: MessageKey;
  readonly title: MessageKey;
  /** Why the control is disabled; undefined when it is enabled. */
  readonly off: string | undefined;
}

/** The lane's five controls, in order; the cordon control becomes Uncordon on a cordoned node. */
export function nodeActions(node: NodeState, known: boolean): NodeAction[] {
  const name = node.name;
  const unknown = known ? undefined : t('webview.node.off.unknown', name);
  const drained = node.cordoned && node.pods.length === 0;
  const taintOff = node.outOfService ? t('webview.node.off.tainted', name) : node.ready ? t('webview.node.off.running', name) : undefined;
  return [
    { kind: 'failNode', text: 'webview.node.fail', title: 'webview.node.fail.title', off: unknown ?? (node.ready ? undefined : t('webview.node.off.notReady', name)) },
    { kind: 'restoreNode', text: 'webview.node.restore', title: 'webview.node.restore.title', off: unknown ?? (node.ready ? t('webview.node.off.ready', name) : undefined) },
    node.cordoned
      ? { kind: 'uncordonNode', text: 'webview.node.uncordon', title: 'webview.node.uncordon.title', off: unknown }
      : { kind: 'cordonNode', text: 'webview.node.cordon', title: 'webview.node.cordon.title', off: unknown },
    { kind: 'drainNode', text: 'webview.node.drain', title: 'webview.node.drain.title', off: unknown ?? (drained ? t('webview.node.off.drained', name) : undefined) },
    { kind: 'addOutOfServiceTaint', text: 'webview.node.taint', title: 'webview.node.taint.title', off: unknown ?? taintOff },
  ];
}
