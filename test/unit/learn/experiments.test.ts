// The walkthrough's experiments: every manifest checks clean or with exactly the finding its step
// is about, every script runs in the simulator and shows the step's proving event, and the CLI
// command written in each manifest's header runs the same files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFiles, collectResources } from '../../../src/core/check';
import { EXPERIMENT_IDS, EXPERIMENTS, type Experiment, type ExperimentId } from '../../../src/core/learn/experiments';
import { VolumeContents, type ReadBack } from '../../../src/core/learn/volumeData';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findStatefulSets, toSimInput } from '../../../src/core/simulate/fromModel';
import { planRollout } from '../../../src/core/simulate/planRollout';
import { parseScript } from '../../../src/core/simulate/script';
import { simulate } from '../../../src/core/simulate/simulate';
import type { SimResult } from '../../../src/core/simulate/types';
import { ROOT, runCli } from '../cliRun';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

function inputs(experiment: Pick<Experiment, 'manifest' | 'script'>) {
  const source = { uri: experiment.manifest, parsed: parseFile(read(experiment.manifest)) };
  const [sts] = findStatefulSets([source]);
  const script = parseScript(read(experiment.script));
  if ('error' in script) throw new Error(`${experiment.script}: ${script.error}`);
  return [toSimInput(sts, new ResourceIndex(collectResources([source]))), script.script] as const;
}

function run(experiment: Pick<Experiment, 'manifest' | 'script'>): SimResult {
  return simulate(...inputs(experiment));
}

/** A step that writes into the volumes: what the pods read back when the learner writes where the panel stops. */
function learnerReadBacks(experiment: Experiment): readonly ReadBack[] {
  const plan = planRollout(...inputs(experiment));
  if ('error' in plan || !experiment.writeBefore) return [];
  const events = plan.frames.map((f) => f.event);
  return new VolumeContents(plan.frames, [events[experiment.writeBefore(events) - 1].time]).readBacks;
}

/** The findings each step's manifest is meant to have (the point of the step), by rule id. */
const INTENDED: Readonly<Record<ExperimentId, readonly string[]>> = {
  ordering: [],
  dns: [],
  identity: [],
  storage: [],
  scaling: [],
  'delete-set': [],
  'no-storage-class': ['vct-no-storage-class'],
  'no-readiness-probe': ['sts-no-readiness-probe'],
};

const results = new Map(EXPERIMENTS.map((e) => [e.id, run(e)]));
const proofOn = (proof: ExperimentId, events: ExperimentId) => EXPERIMENTS.find((e) => e.id === proof)!.proof(results.get(events)!.events);

describe('Learn StatefulSets experiments', () => {
  it('has one experiment per walkthrough step, each with a manifest and a script in examples/learn', () => {
    assert.deepEqual(EXPERIMENTS.map((e) => e.id), [...EXPERIMENT_IDS]);
    const files = fs.readdirSync(path.join(ROOT, 'examples/learn')).sort();
    assert.deepEqual(files, EXPERIMENTS.flatMap((e) => [path.basename(e.manifest), path.basename(e.script)]).sort());
  });

  for (const experiment of EXPERIMENTS) {
    it(`${experiment.id}: the manifest has exactly the findings the step intends`, () => {
      const diagnostics = checkFiles([{ uri: experiment.manifest, parsed: parseFile(read(experiment.manifest)) }]).get(experiment.manifest) ?? [];
      assert.deepEqual(diagnostics.map((d) => d.ruleId), INTENDED[experiment.id]);
    });

    it(`${experiment.id}: the script shows the proving event, and the header's CLI command runs the same files`, () => {
      const events = results.get(experiment.id)!.events;
      assert.ok(experiment.proof(events, learnerReadBacks(experiment)) >= 0, `no proving event in ${experiment.script}`);
      const command = new RegExp(`node dist/cli\\.js simulate ${experiment.manifest} --script ${experiment.script}( --format \\w+)?\\n`).exec(read(experiment.manifest));
      assert.ok(command, `${experiment.manifest} names its CLI command`);
      const cli = runCli(command[0].trim().split(' ').slice(2));
      assert.equal(cli.code, 0, cli.stderr);
    });
  }

  it('proves each step only with its own experiment where the others do not show the point', () => {
    // ordering and dns happen in every healthy rollout; the others need their own script.
    const specific: ExperimentId[] = ['identity', 'storage', 'scaling', 'delete-set', 'no-storage-class', 'no-readiness-probe'];
    const proven = specific.map((proof) => [proof, EXPERIMENT_IDS.filter((events) => proofOn(proof, events) >= 0)]);
    assert.deepEqual(proven, [
      ['identity', ['identity', 'storage', 'scaling']], // scaling up also gives web-1 a new IP
      ['storage', []], // only a read-back of what the learner wrote proves it (volumeData.test.ts)
      ['scaling', ['scaling']],
      ['delete-set', ['delete-set']],
      ['no-storage-class', ['no-storage-class']],
      ['no-readiness-probe', ['no-readiness-probe']],
    ]);
  });

  it('ordering: web-1 waits for web-0 to be Ready, and the controller says so first', () => {
    const events = results.get('ordering')!.events;
    const created = EXPERIMENTS[0].proof(events);
    const ready = events.findIndex((e) => e.type === 'PodReady' && e.object === 'web-0');
    const waits = events.findIndex((e) => e.type === 'Blocked' && e.message === 'web-1 waits for web-0 to be Running and Ready');
    assert.ok(waits >= 0 && waits < ready && ready < created, `waits ${waits}, ready ${ready}, created ${created}`);
    const running = events.findIndex((e) => e.type === 'PodRunning' && e.object === 'web-0');
    assert.ok(events[created].time > events[running].time, 'web-1 waits for the readiness probe, not only for web-0 to run');
  });

  it('no-readiness-probe: the missing probe, not the script, makes web-0 Ready at once (prober_manager.go UpdatePodStatus)', () => {
    const noProbe = EXPERIMENTS.find((e) => e.id === 'no-readiness-probe')!;
    const ordering = EXPERIMENTS.find((e) => e.id === 'ordering')!;
    assert.doesNotMatch(read(noProbe.script), /readySeconds: 0/, 'the script does not fake it');
    const withProbe = run({ manifest: ordering.manifest, script: noProbe.script }).events;
    assert.equal(noProbe.proof(withProbe), -1, 'the same script with a probe in the manifest waits for the probe');
    const events = results.get('no-readiness-probe')!.events;
    const at = (type: string, pod: string) => events.find((e) => e.type === type && e.object === pod)?.time;
    assert.deepEqual([at('PodRunning', 'web-0'), at('PodReady', 'web-0'), at('PodCreated', 'web-1')], [2, 2, 2]);
  });

  it('no-storage-class: the claims and web-0 stay Pending and web-1 is never created', () => {
    const result = results.get('no-storage-class')!;
    assert.deepEqual(result.final.pvcs.map((p) => [p.name, p.phase]), [['www-web-0', 'Pending']]);
    assert.deepEqual(result.final.pods.map((p) => [p.name, p.phase]), [['web-0', 'Pending']]);
  });

  it('delete-set: after the StatefulSet is gone every claim is still Bound', () => {
    const result = results.get('delete-set')!;
    assert.deepEqual(result.final.pods, []);
    assert.deepEqual(result.final.pvcs.map((p) => [p.name, p.phase]), [['www-web-0', 'Bound'], ['www-web-1', 'Bound'], ['www-web-2', 'Bound']]);
  });
});
