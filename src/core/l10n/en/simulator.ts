// English strings of the rollout simulator: event messages and wait reasons, keys `sim.*`.
export const simulator = {} as const;
