// What the simulator starts from: the StatefulSet as plain JSON (patches merge into it, as
// `kubectl apply` would) and what the model found out about its Service.

export interface SimService {
  readonly name: string;
  readonly namespace: string;
  /** The Service exists with that name in the set's namespace, is headless and selects the pods. */
  readonly governs: boolean;
  readonly publishNotReadyAddresses: boolean;
  /** Why it does not govern the pods (not found, not headless, selector mismatch). */
  readonly problem?: string;
}

/** A PodDisruptionBudget of the set's namespace whose selector selects the set's pods. */
export interface SimBudget {
  readonly name: string;
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
}

export interface SimInput {
  /** The StatefulSet manifest as plain JSON. */
  readonly manifest: Readonly<Record<string, unknown>>;
  /** The governing Service as resolved in the workspace; undefined when serviceName is empty. */
  readonly service?: SimService;
  /** The PodDisruptionBudgets that select the set's pods (none when absent). */
  readonly budgets?: readonly SimBudget[];
}
