// A rollout panel started from a workspace script with nodes ("Simulate Rollout with a Script…"):
// which files the picker offers, the prepared example (examples/cluster.yaml with
// examples/scripts/node-failure.yaml) played through the panel's own plan with the what-ifs a user
// adds, and a script with a bad node list shown as the panel's error in the parser's words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectResources } from '../../../src/core/check';
import { createLanguageService } from '../../../src/core/index';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findStatefulSets, toSimInput } from '../../../src/core/simulate/fromModel';
import type { RolloutPlan } from '../../../src/core/simulate/planRollout';
import { isScriptText, parseScript } from '../../../src/core/simulate/script';
import { buildInit } from '../../../src/panel/plan';
import { newSession } from '../../../src/panel/session';
import { addStep, type PanelSession } from '../../../src/panel/sessionState';
import type { StepAction } from '../../../src/protocol/messages';
import { ROOT } from '../cliRun';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const LANGUAGE = createLanguageService();
const TARGET = { uri: 'file:///workspace/cluster.yaml', name: 'db', namespace: 'default', documentIndex: 1 };
const SCRIPT = { id: 'scripts/node-failure.yaml', text: read('examples/scripts/node-failure.yaml') };

function input() {
  const source = { uri: TARGET.uri, parsed: parseFile(read('examples/cluster.yaml')) };
  return toSimInput(findStatefulSets([source])[0], new ResourceIndex(collectResources([source])));
}

function plan(session: PanelSession): RolloutPlan {
  const init = buildInit(LANGUAGE, input(), session, [], 'en');
  assert.equal(init.type, 'init', JSON.stringify(init).slice(0, 300));
  return (init as Extract<typeof init, { type: 'init' }>).plan;
}

/** What the panel does on a what-if: the step at the time of the frame shown (here the last). */
function withWhatIf(session: PanelSession, action: StepAction): PanelSession {
  const frames = plan(session).frames;
  return addStep(session, { action, at: frames[frames.length - 1].event.time });
}

/** The last pod state and node list the plan's frames show. */
function endOf(p: RolloutPlan) {
  const pods = new Map<string, { phase: string; node: string | null | undefined; ready: boolean; terminating: boolean }>();
  let nodes: readonly { name: string; zone: string | null; ready: boolean }[] = [];
  for (const frame of p.frames) {
    if (frame.pod) pods.set(frame.pod.name, { phase: frame.pod.phase, node: frame.pod.node, ready: frame.pod.ready, terminating: frame.pod.terminating });
    else if (frame.pod === null) pods.delete(frame.event.object);
    if (frame.cluster) nodes = frame.cluster.nodes;
  }
  return { pods, nodes: nodes.map((n) => `${n.name}@${n.zone}:${n.ready ? 'Ready' : 'NotReady'}`) };
}

describe('a rollout panel started from a script with nodes', () => {
  it('offers YAML files with only environment and steps at the top as scripts, broken ones included, and no manifest', () => {
    const scripts = ['examples/scripts/node-failure.yaml', 'examples/scripts/broken-rollback.yaml', 'examples/learn/ordering.script.yaml'];
    for (const file of scripts) assert.equal(isScriptText(read(file)), true, file);
    for (const text of ['steps: [{explode: 1}]', 'environment:\n  nodes: [{name: a}, {name: a}]\n', 'steps: []']) assert.equal(isScriptText(text), true, text);
    for (const file of ['examples/cluster.yaml', 'examples/web.yaml', 'examples/db-service.yaml']) assert.equal(isScriptText(read(file)), false, file);
    for (const text of ['', 'steps: [', '- steps: []', 'kind: StatefulSet\nsteps: []', '{}', 'environment: {}\n---\nsteps: []']) {
      assert.equal(isScriptText(text), false, JSON.stringify(text));
    }
  });

  it('plays the example: lanes for three nodes in two zones, node-b1 NotReady and db-2 Terminating on it, with no replacement', () => {
    const end = endOf(plan(newSession(TARGET, SCRIPT)));
    assert.deepEqual(end.nodes, ['node-a1@eu-1a:Ready', 'node-a2@eu-1a:Ready', 'node-b1@eu-1b:NotReady']);
    assert.deepEqual([...end.pods].map(([name, p]) => `${name} ${p.node} ${p.terminating ? 'Terminating' : p.ready ? 'Ready' : p.phase}`), [
      'db-0 node-a1 Ready',
      'db-1 node-a2 Ready',
      'db-2 node-b1 Terminating',
    ]);
  });

  it('force-deletes db-2 from the panel: its replacement stays Pending with the scheduler\'s message, and Restore node runs it on node-b1', () => {
    const forced = withWhatIf(newSession(TARGET, SCRIPT), { kind: 'forceDeletePod', pod: 'db-2' });
    const afterForce = plan(forced);
    const failed = afterForce.frames.map((f) => f.event).filter((e) => e.type === 'FailedScheduling');
    assert.deepEqual(failed.map((e) => [e.object, e.message]), [
      ['db-2', '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) had volume node affinity conflict.'],
    ]);
    assert.deepEqual(endOf(afterForce).pods.get('db-2'), { phase: 'Pending', node: null, ready: false, terminating: false });
    const restored = endOf(plan(withWhatIf(forced, { kind: 'restoreNode', node: 'node-b1' })));
    assert.deepEqual(restored.pods.get('db-2'), { phase: 'Running', node: 'node-b1', ready: true, terminating: false });
    assert.equal(restored.nodes[2], 'node-b1@eu-1b:Ready');
  });

  it('shows a script with a duplicate or unknown node name as the panel\'s error, naming the node and the key', () => {
    const cases: [string, RegExp][] = [
      ['environment:\n  nodes: [{name: node-a1}, {name: node-a1}]\nsteps: [{apply: {}}]\n', /^environment\.nodes\[1\]\.name: node "node-a1" is listed twice/],
      ['environment:\n  nodes: [{name: node-a1}]\nsteps: [{apply: {}}, {failNode: node-z9}]\n', /^steps\[1\]\.failNode: no node named "node-z9" in environment\.nodes \(nodes: node-a1\)/],
    ];
    for (const [text, message] of cases) {
      const init = buildInit(LANGUAGE, input(), newSession(TARGET, { id: 'bad.yaml', text }), [], 'en');
      const parsed = parseScript(text);
      assert.deepEqual(init, { type: 'error', message: 'error' in parsed ? parsed.error : '' });
      assert.match(init.type === 'error' ? init.message : '', message);
    }
  });
});
