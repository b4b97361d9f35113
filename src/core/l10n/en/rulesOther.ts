// English strings of the pod-*, svc-*, vct-* and k8s-schema rules and the engine notices: messages, docs and fix titles, keys `rule.<id>.*`, `engine.*`.
export const rulesOther = {} as const;
