// The data-survives experiment (docs/learn.md §4): the learner writes each running pod's hostname
// into its volume at a moment of the storage experiment's plan; the claims keep it while their pods
// are deleted, and each recreated pod reads back what the pod of its name wrote. The walkthrough
// step is proven by that read-back, not by the claim merely being reused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectResources } from '../../../src/core/check';
import { experimentById } from '../../../src/core/learn/experiments';
import { MAX_VOLUME_WRITES, toVolumeWrites, VolumeContents } from '../../../src/core/learn/volumeData';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findStatefulSets, toSimInput } from '../../../src/core/simulate/fromModel';
import { planRollout, type RolloutFrame, type RolloutPlan } from '../../../src/core/simulate/planRollout';
import { parseScript } from '../../../src/core/simulate/script';
import type { PodState, PvcState, SimEvent } from '../../../src/core/simulate/types';
import { ROOT } from '../cliRun';

const storage = experimentById('storage');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

function storagePlan(): RolloutPlan {
  const source = { uri: storage.manifest, parsed: parseFile(read(storage.manifest)) };
  const script = parseScript(read(storage.script));
  if ('error' in script) throw new Error(script.error);
  const plan = planRollout(toSimInput(findStatefulSets([source])[0], new ResourceIndex(collectResources([source]))), script.script);
  if ('error' in plan) throw new Error(plan.error);
  return plan;
}

const plan = storagePlan();
const events = plan.frames.map((f) => f.event);
const indexOf = (type: SimEvent['type'], object: string, from = 0) => events.findIndex((e, i) => i >= from && e.type === type && e.object === object);
/** The frame the panel stops at: every pod up, the deletions next. */
const pause = storage.writeBefore!(events) - 1;
const writeAt = events[pause].time;
const textsAt = (contents: VolumeContents, index: number) => [...contents.at(index)].map(([claim, data]) => [claim, data.text]).sort();

describe('the data-survives experiment (learn/volumeData.ts)', () => {
  it('stops the panel with every pod Running and Ready, at a moment of its own before the first deletion', () => {
    assert.equal(events[pause + 1].type, 'StepStarted');
    assert.equal(events[pause + 1].object, 'deletePod');
    assert.ok(events[pause + 1].time > writeAt, 'the wait step leaves a moment between the pods being up and the first deletion');
    assert.equal(plan.frames[pause].status.readyReplicas, 3);
  });

  it('writes each running pod\'s hostname into its claim, and the claims keep it while their pods are gone', () => {
    const contents = new VolumeContents(plan.frames, [writeAt]);
    assert.deepEqual(textsAt(contents, pause - 1), [], 'nothing before the write');
    const written = [['www-web-0', 'web-0'], ['www-web-1', 'web-1'], ['www-web-2', 'web-2']];
    assert.deepEqual(textsAt(contents, pause), written);
    assert.deepEqual(textsAt(contents, indexOf('PodDeleted', 'web-0')), written, 'web-0 is gone, www-web-0 still holds "web-0"');
    assert.deepEqual(textsAt(contents, plan.frames.length - 1), written);
  });

  it('has each recreated pod read back its own hostname when it runs again, and proves the step with web-0\'s read-back', () => {
    const { readBacks } = new VolumeContents(plan.frames, [writeAt]);
    const running0 = indexOf('PodRunning', 'web-0', indexOf('PodDeleted', 'web-0'));
    const running1 = indexOf('PodRunning', 'web-1', indexOf('PodDeleted', 'web-1'));
    assert.deepEqual(readBacks, [
      { index: running0, pod: 'web-0', claim: 'www-web-0', text: 'web-0' },
      { index: running1, pod: 'web-1', claim: 'www-web-1', text: 'web-1' },
    ]);
    assert.ok(events[running0].ip !== plan.frames.find((f) => f.event.type === 'PodRunning' && f.event.object === 'web-0')!.event.ip, 'a new pod, with a new IP');
    assert.equal(storage.proof(events, readBacks), running0);
  });

  it('proves nothing without a write, or with one after the pods came back: the claim being reused is not the point', () => {
    assert.equal(storage.proof(events), -1);
    assert.equal(storage.proof(events, new VolumeContents(plan.frames, []).readBacks), -1);
    const atEnd = new VolumeContents(plan.frames, [events[events.length - 1].time]);
    assert.deepEqual(atEnd.readBacks, []);
    assert.equal(storage.proof(events, atEnd.readBacks), -1);
  });

  it('lets no terminating pod write: at the first deletion only web-1 and web-2 write, so only web-1 reads back', () => {
    const deletion = storage.writeBefore!(events);
    const contents = new VolumeContents(plan.frames, [events[deletion].time]);
    assert.deepEqual(textsAt(contents, indexOf('PodDeleted', 'web-0')), [['www-web-1', 'web-1'], ['www-web-2', 'web-2']]);
    assert.deepEqual(contents.readBacks.map((r) => r.pod), ['web-1']);
    assert.equal(storage.proof(events, contents.readBacks), contents.readBacks[0].index);
  });

  it('forgets what a deleted claim held: a claim created again under the same name starts empty', () => {
    const frames = claimDeletedAndCreatedAgain();
    const contents = new VolumeContents(frames, [1]);
    assert.deepEqual(textsAt(contents, 1), [['www-web-0', 'web-0']]);
    assert.deepEqual(textsAt(contents, 2), [], 'PVCDeleted www-web-0');
    assert.deepEqual(contents.readBacks, [], 'the new web-0 reads a new, empty claim');
  });

  it('keeps at most MAX_VOLUME_WRITES finite, non-negative write times from untrusted input', () => {
    assert.deepEqual(toVolumeWrites([3, -1, Number.NaN, '4', Infinity, 0]), [3, 0]);
    assert.deepEqual(toVolumeWrites('3'), []);
    assert.equal(toVolumeWrites(Array.from({ length: 80 }, (_, i) => i)).length, MAX_VOLUME_WRITES);
  });
});

/** web-0 runs on www-web-0 (written at 1), the claim is deleted, then claim and pod are created again. */
function claimDeletedAndCreatedAgain(): RolloutFrame[] {
  const pod = (createdAt: number, phase: PodState['phase']) => ({ name: 'web-0', ordinal: 0, phase, status: phase, ready: phase === 'Running', available: false, terminating: false, revision: 'r', ip: phase === 'Running' ? `10.0.0.${createdAt}` : null, hostname: 'web-0', dnsName: null, dnsPublished: false, claims: ['www-web-0'], restarts: 0, createdAt, node: null }) as PodState;
  const pvc: PvcState = { name: 'www-web-0', claimTemplate: 'www', pod: 'web-0', phase: 'Bound', volume: 'pv', owners: [], zone: null };
  const status = { replicas: 1, readyReplicas: 0, availableReplicas: 0, currentReplicas: 1, updatedReplicas: 1, currentRevision: 'r', updateRevision: 'r', revisions: ['r'] } as unknown as RolloutFrame['status'];
  const frame = (time: number, type: SimEvent['type'], object: string, extra: Partial<RolloutFrame>): RolloutFrame => ({ event: { time, type, object }, status, ...extra });
  return [
    frame(0, 'PVCBound', 'www-web-0', { pvc }),
    frame(1, 'PodRunning', 'web-0', { pod: pod(0, 'Running') }),
    frame(2, 'PVCDeleted', 'www-web-0', { pvc: null, pod: null }),
    frame(3, 'PVCBound', 'www-web-0', { pvc }),
    frame(4, 'PodRunning', 'web-0', { pod: pod(3, 'Running') }),
  ];
}
