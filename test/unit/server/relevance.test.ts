// Issue #12, the closed-file re-check's cost: relevance.ts answers from the compact index's
// look-ups (closedLookups.ts) instead of scanning a namespace's Services and StatefulSets for each
// resource. The scans it replaced stay here as the reference: over seeded random workspaces the
// look-ups must return exactly what they returned, in the same order.
import * as assert from 'node:assert/strict';
import { closestName, pairsSelect, type LabelPairs, type ResourceSummary } from '../../../src/core/index';
import { ClosedIndex, type SummaryRef } from '../../../src/server/closedIndex';
import { relevantRefs } from '../../../src/server/relevance';

interface Fields {
  type: string;
  name?: string;
  namespace?: string;
  labels?: LabelPairs;
  selector?: LabelPairs;
  templateLabels?: LabelPairs;
  serviceName?: string;
  headless?: boolean;
}

function summary(index: number, fields: Fields): ResourceSummary {
  const { type, namespace = 'default', labels = [], headless = false, ...rest } = fields;
  const document = { index, offset: index * 100, length: 100 };
  return { document, type, kind: type, group: '', name: undefined, namespace, labels, selector: undefined, templateLabels: undefined, serviceName: undefined, headless, ports: [], claimTemplates: [], ranges: [], ...rest };
}

/** relevance.ts before its look-ups: a scan of the namespace per StatefulSet and per Service. */
function scannedRefs(summaries: readonly ResourceSummary[], closed: ClosedIndex): SummaryRef[] {
  const found = new Set<SummaryRef>();
  for (const s of summaries) {
    const refs = s.type === 'StatefulSet' ? scanForStatefulSet(s, closed) : s.type === 'Service' ? scanForService(s, closed) : [];
    refs.forEach((ref) => found.add(ref));
  }
  return [...found];
}

function scanForStatefulSet(sts: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  const out: SummaryRef[] = [];
  const name = sts.serviceName;
  if (name !== undefined) out.push(...closed.named('Service', name), ...closed.named('Endpoints', name), ...closed.slicesFor(name));
  const headless = closed.inNamespace('Service', sts.namespace).filter((ref) => ref.summary.headless && ref.summary.name !== undefined);
  const labels = sts.templateLabels ?? [];
  out.push(...ClosedIndex.firstMatching(headless, (svc) => svc.selector !== undefined && pairsSelect(svc.selector, labels), 256));
  const near = name === undefined ? undefined : closestName(name, headless.map((ref) => ref.summary.name!));
  if (near !== undefined) out.push(...headless.filter((ref) => ref.summary.name === near));
  out.push(...headless.slice(0, 10));
  return out;
}

function scanForService(svc: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  if (svc.name === undefined) return [];
  const governed = closed.statefulSetsNaming(svc.name).filter((ref) => ref.summary.namespace === svc.namespace);
  const selector = svc.selector;
  const selects = (sts: ResourceSummary) => selector !== undefined && pairsSelect(selector, sts.templateLabels ?? []);
  const selected = selector ? ClosedIndex.firstMatching(closed.inNamespace('StatefulSet', svc.namespace), selects, 256) : [];
  return [...governed, ...selected, ...closed.named('Endpoints', svc.name), ...closed.slicesFor(svc.name)];
}

/** A small seeded generator (mulberry32), so a failure is reproduced by its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['web', 'Web', 'wbe', 'db', 'cache', 'cahce', 'api', 'queue', 'store', 'stor'];
const PAIRS: LabelPairs = [['app', 'web'], ['app', 'db'], ['tier', 'back'], ['tier', 'front'], ['team', 'a']];

function randomWorkspace(seed: number, count: number): ResourceSummary[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const somePairs = (): LabelPairs => [...new Map(PAIRS.filter(() => next() < 0.35))];
  return Array.from({ length: count }, (_, i) => {
    const namespace = pick(['default', 'default', 'other']);
    const name = next() < 0.9 ? pick(NAMES) : undefined;
    const kind = pick(['StatefulSet', 'Service', 'Service', 'Endpoints', 'PodDisruptionBudget']);
    if (kind === 'StatefulSet') return summary(i, { type: kind, name, namespace, serviceName: next() < 0.9 ? pick(NAMES) : undefined, templateLabels: somePairs() });
    if (kind === 'Service') return summary(i, { type: kind, name, namespace, headless: next() < 0.7, selector: next() < 0.85 ? somePairs() : undefined });
    return summary(i, { type: kind, name, namespace });
  });
}

const key = (ref: SummaryRef) => `${ref.uri}#${ref.summary.document.index}`;

describe('the language server: closed resources relevant to a check (relevance.ts)', () => {
  it('answers from the look-ups exactly what the namespace scans answered, in the same order (seeded random workspaces)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const all = randomWorkspace(seed, 120);
      const closed = new ClosedIndex();
      for (let file = 0; file < 30; file++) closed.set(`file:///f${file}.yaml`, all.filter((_, i) => i % 30 === file));
      for (const s of all) {
        const checked = [s];
        assert.deepEqual(relevantRefs(checked, closed).map(key), scannedRefs(checked, closed).map(key), `seed ${seed}, ${s.type} ${s.name}`);
      }
      assert.deepEqual(relevantRefs(all.slice(0, 20), closed).map(key), scannedRefs(all.slice(0, 20), closed).map(key));
    }
  });

  it('adds the near-miss name of a missing Service past the first ten, and the first name differing in case only', () => {
    const closed = new ClosedIndex();
    const names = [...Array.from({ length: 10 }, (_, i) => `filler-${i}`), 'Web', 'web', 'cache'];
    closed.set('file:///svc.yaml', names.map((name, i) => summary(i, { type: 'Service', name, headless: true })));
    const beyondTen = (serviceName: string) => relevantRefs([summary(0, { type: 'StatefulSet', serviceName, templateLabels: [] })], closed).map(key).filter((k) => !/#\d$/.test(k));
    assert.deepEqual(beyondTen('cahce'), ['file:///svc.yaml#12']);
    assert.deepEqual(beyondTen('WEB'), ['file:///svc.yaml#10']);
    assert.deepEqual(beyondTen('web'), ['file:///svc.yaml#11', 'file:///svc.yaml#10']);
  });
});
