// `--format events`: the Events section of `kubectl describe statefulset` at the end of the
// simulation. Only what the StatefulSet controller records on the set appears (docs/controller-model.md §10,
// `recordPodEvent` / `recordClaimEvent`): claim and pod creations, and the pod deletions it
// decides itself (scale-down, update, failed pod). Deletions by a user or the garbage collector,
// pending claims and probe results are not its events. Since Kubernetes 1.31 it no longer records
// RecreatingFailedPod, so a failed pod shows as a plain delete and create.
import { escapeTerminal } from '../text/terminal';
import { humanDuration } from './formatWatch';
import type { SimEvent, SimResult } from './types';

const FROM = 'statefulset-controller';
/** The reason the engine puts on PodTerminating events that the controller initiated. */
export const CONTROLLER_REASON = 'Controller';

interface Recorded {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly first: number;
  last: number;
  count: number;
}

/** The controller event a simulation event stands for, if any. */
export function toControllerEvent(event: SimEvent, set: string): { reason: string; message: string } | undefined {
  switch (event.type) {
    case 'PVCCreated':
      return { reason: 'SuccessfulCreate', message: `create Claim ${event.object} Pod ${podOfClaim(event.object, set)} in StatefulSet ${set} success` };
    case 'PodCreated':
      return { reason: 'SuccessfulCreate', message: `create Pod ${event.object} in StatefulSet ${set} successful` };
    case 'PodTerminating':
      if (event.reason !== CONTROLLER_REASON) return undefined;
      return { reason: 'SuccessfulDelete', message: `delete Pod ${event.object} in StatefulSet ${set} successful` };
    default:
      return undefined;
  }
}

/**
 * `www-web-0` → `web-0`: a claim is `<template>-<set>-<ordinal>`. Compared as text, not with a
 * RegExp built from the name: a name of a megabyte made a pattern V8 refuses to compile
 * ("Regular expression too large"), and each claim compiled one.
 */
function podOfClaim(claim: string, set: string): string {
  const ordinal = claim.slice(claim.lastIndexOf('-') + 1);
  const pod = `${set}-${ordinal}`;
  return /^\d+$/.test(ordinal) && claim.endsWith(`-${pod}`) ? pod : claim;
}

/**
 * Identical events are counted, as the event recorder's correlator does, and shown as
 * `<age of last> (xN over <age of first>)`; the list is ordered by the last occurrence.
 */
export function formatEvents(result: SimResult): string {
  const end = result.final.time;
  const recorded = new Map<string, Recorded>();
  for (const event of result.events) {
    const found = toControllerEvent(event, result.statefulset);
    if (!found) continue;
    const key = `Normal\t${found.reason}\t${found.message}`;
    const existing = recorded.get(key);
    if (existing) {
      existing.count++;
      existing.last = event.time;
      recorded.delete(key);
      recorded.set(key, existing); // keeps the map ordered by last occurrence
    } else recorded.set(key, { type: 'Normal', ...found, first: event.time, last: event.time, count: 1 });
  }
  if (recorded.size === 0) return 'Events:  <none>\n';
  const rows = [...recorded.values()].map((e) => [
    `  ${e.type}`,
    e.reason,
    e.count > 1 ? `${humanDuration(end - e.last)} (x${e.count} over ${humanDuration(end - e.first)})` : humanDuration(end - e.first),
    FROM,
    // Messages carry resource names, user text that must not drive the terminal or forge a line.
    escapeTerminal(e.message),
  ]);
  return 'Events:\n' + alignColumns([['  Type', 'Reason', 'Age', 'From', 'Message'], ['  ----', '------', '----', '----', '-------'], ...rows]);
}

/** kubectl describe's tab writer: padding 2, no minimum width; the last column is not padded. */
function alignColumns(lines: readonly string[][]): string {
  const widths: number[] = [];
  for (const line of lines) line.slice(0, -1).forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length + 2)));
  return lines.map((line) => line.map((cell, column) => (column < line.length - 1 ? cell.padEnd(widths[column]) : cell)).join('') + '\n').join('');
}
