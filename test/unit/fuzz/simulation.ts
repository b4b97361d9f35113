// The simulator's two callers on a fuzz case: the panel (findTarget, then buildInit with its
// 50,000-event cap) and the CLI (the limits first, then the streamed watch, the events format and
// the JSON). A StatefulSet may be refused, with a message; a crash or a raw control character in
// text for a terminal is a failure.
import * as assert from 'node:assert/strict';
import type { SourceFile } from '../../../src/core/check';
import type { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { formatEvents } from '../../../src/core/simulate/formatEvents';
import { simulateWatch } from '../../../src/core/simulate/formatWatch';
import { findStatefulSets } from '../../../src/core/simulate/fromModel';
import type { SimInput } from '../../../src/core/simulate/input';
import { findLimitProblem, MAX_PANEL_EVENTS, MAX_REPLICAS } from '../../../src/core/simulate/limits';
import { isPlain } from '../../../src/core/simulate/values';
import { defaultScript } from '../../../src/core/simulate/script';
import type { Script } from '../../../src/core/simulate/types';
import { buildInit, findTarget, simInputOf } from '../../../src/panel/plan';
import { newSession } from '../../../src/panel/session';
import { createLanguageService } from '../../../src/core/index';
import type { Budget } from './budget';
import { assertTerminalText } from './wellFormed';

const LANGUAGE = createLanguageService();

/** StatefulSets simulated per case (a file may hold thousands). */
const SIMULATED = 2;
/** A simulation's work grows with its pods and steps, not its text: its budget grows with them too. */
const MS_PER_REPLICA = 2;
const MS_PER_STEP = 1;

export interface SimulationOutcome {
  readonly name: string;
  /** Why the panel and the CLI refuse to simulate it. */
  readonly refused?: string;
  /** Events of the CLI's run. */
  readonly events?: number;
  /** Why the panel's plan stopped early. */
  readonly panelTruncated?: string;
}

export function simulateStatefulSets(source: SourceFile, index: ResourceIndex, budget: Budget, script = defaultScript()): SimulationOutcome[] {
  return findStatefulSets([source]).slice(0, SIMULATED).map((sts) => {
    const name = sts.name?.value ?? '';
    const target = { uri: source.uri, name, namespace: sts.namespace, documentIndex: sts.doc.index };
    const found = budget.run(`find ${name.slice(0, 40)}`, () => findTarget(LANGUAGE, source, target, 'case.yaml'));
    if ('error' in found) return { name, refused: found.error };
    const input = budget.run('simulator input', () => simInputOf(LANGUAGE, found.statefulSet, index, undefined));
    // The panel runs its own steps (the manifest applied, then what the user adds): no script.
    const steps = defaultScript();
    const panel = budget.run('panel plan', () => planInPanel(input, found.target, findLimitProblem(input, steps)), allowanceFor(input, steps));
    const limit = findLimitProblem(input, script);
    if (limit !== undefined) return { name, refused: limit };
    const events = budget.run('CLI formats', () => simulateInCli(input, script), allowanceFor(input, script));
    return { name, events, ...(panel === undefined ? {} : { panelTruncated: panel }) };
  });
}

/** More time for more pods (the most any step asks for, within the limit) and more steps. */
function allowanceFor(input: SimInput, script: Script): number {
  const specs = [input.manifest.spec, ...script.steps.map((step) => (step.kind === 'scale' ? { replicas: step.replicas } : step.kind === 'apply' ? step.patch.spec : undefined))];
  const replicas = specs.map((spec) => (isPlain(spec) && typeof spec.replicas === 'number' ? Math.min(spec.replicas, MAX_REPLICAS) : 1));
  return MS_PER_REPLICA * Math.max(...replicas) + MS_PER_STEP * script.steps.length;
}

/** The panel's plan; returns why it stopped early. Its only error is the limit problem. */
function planInPanel(input: SimInput, target: Parameters<typeof newSession>[0], limit: string | undefined): string | undefined {
  const init = buildInit(LANGUAGE, input, newSession(target), [], 'en');
  if (init.type === 'error') {
    assert.equal(init.message, limit, 'the panel fails only on input over the limits');
    return undefined;
  }
  assert.equal(limit, undefined, 'the panel refuses input over the limits');
  const { frames, truncated } = init.plan;
  assert.ok(frames.length <= MAX_PANEL_EVENTS, `${frames.length} frames`);
  // A plan cut at the cap says so among the panel's problems, never silently.
  if (truncated !== undefined) assert.ok(init.problems.some((p) => p.message === truncated), 'the truncation is listed');
  return truncated;
}

/** The watch, events and JSON formats of `simulate`; returns the number of events. */
export function simulateInCli(input: SimInput, script: Script): number {
  // As the CLI does (src/cli/simulate.ts runEngine): the READY column counts the template's containers.
  const { output, result } = simulateWatch(input, script, countContainers(input.manifest));
  assertTerminalText(output, 'simulate watch');
  assertTerminalText(formatEvents(result), 'simulate events');
  const { statefulset, namespace, events, final } = result;
  const json = JSON.stringify({ statefulset, namespace, events, final: { pods: final.pods, pvcs: final.pvcs, status: final.status } });
  assert.equal((JSON.parse(json) as { events: unknown[] }).events.length, events.length);
  return events.length;
}

function countContainers(manifest: unknown): number {
  const containers = (manifest as { spec?: { template?: { spec?: { containers?: unknown } } } }).spec?.template?.spec?.containers;
  return Array.isArray(containers) ? containers.length : 0;
}
