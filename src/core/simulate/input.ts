// What the simulator starts from: the StatefulSet as plain JSON (patches merge into it, as
// `kubectl apply` would) and what the model found out about its Service.
import { isMap, isScalar, isSeq, type YNode } from '../model/types';

export interface SimService {
  readonly name: string;
  readonly namespace: string;
  /** The Service exists with that name in the set's namespace, is headless and selects the pods. */
  readonly governs: boolean;
  readonly publishNotReadyAddresses: boolean;
  /** Why it does not govern the pods (not found, not headless, selector mismatch). */
  readonly problem?: string;
}

export interface SimInput {
  /** The StatefulSet manifest as plain JSON. */
  readonly manifest: Readonly<Record<string, unknown>>;
  /** The governing Service as resolved in the workspace; undefined when serviceName is empty. */
  readonly service?: SimService;
}

/** Plain JSON of a located YAML node (aliases and merges are already resolved in the tree). */
export function toJson(node: YNode | undefined, depth = 0): unknown {
  if (node === undefined || depth > 64) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => toJson(item, depth + 1));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.pairs) out[pair.key] = toJson(pair.value, depth + 1);
    return out;
  }
  return null;
}
