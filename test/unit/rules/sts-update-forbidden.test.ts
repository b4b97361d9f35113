import * as assert from 'node:assert/strict';
import { STATEFULSET_FORBIDDEN } from '../../../src/core/change/statefulSetUpdate';
import { setLocale } from '../../../src/core/l10n/messages';
import { findRule } from '../../../src/core/rules/index';
import { baselineText, checkAgainst } from '../change/againstBaseline';
import { web } from '../change/fixtures';

const rule = findRule('sts-update-forbidden')!;
const BASELINE = web();

/** Marks the first occurrence of `what` in `text` with «…». */
function mark(text: string, what: string): string {
  const at = text.indexOf(what);
  assert.ok(at >= 0, what);
  return `${text.slice(0, at)}«${what}»${text.slice(at + what.length)}`;
}

function findingsOf(edited: string, baseline = BASELINE) {
  const { diagnostics, ranges } = checkAgainst(rule, edited, baseline);
  return { diagnostics, ranges, summary: diagnostics.map((d) => ({ path: d.path, range: d.range, message: d.message })) };
}

describe('sts-update-forbidden (ValidateStatefulSetUpdate)', () => {
  afterEach(() => setLocale('en'));

  it('reports nothing without a baseline, for a new StatefulSet, or for changes to the mutable fields', () => {
    assert.deepEqual(checkAgainst(rule, web({ serviceName: 'other' }), undefined).diagnostics, []);
    const mutable = web({ replicas: 5, image: 'nginx:1.25', partition: 2, minReadySeconds: 10, extra: '  revisionHistoryLimit: 3\n  ordinals: {start: 1}\n  persistentVolumeClaimRetentionPolicy: {whenScaled: Delete}\n' });
    assert.deepEqual(findingsOf(mutable).diagnostics, []);
  });

  it('leaves a key that is no StatefulSetSpec field to the schema check (the decoder never stores it)', () => {
    assert.deepEqual(findingsOf(web({ extra: '  replica: 4\n' })).diagnostics, []);
  });

  it('reports nothing for an edit that only changes comments, key order, quoting and flow style (ValidateStatefulSetUpdate compares decoded values)', () => {
    const edited = web()
      .replace('serviceName: nginx', 'serviceName: "nginx" # the headless Service')
      .replace('matchLabels: {app: nginx}', "matchLabels:\n      'app': nginx")
      .replace('accessModes: [ReadWriteOnce]', 'accessModes:\n      - "ReadWriteOnce"');
    assert.deepEqual(findingsOf(edited).diagnostics, []);
  });

  it('reports nothing where SetDefaults_StatefulSet and SetDefaults_PersistentVolumeClaimSpec make both sides equal', () => {
    const edited = web({ storage: '1024Mi', extra: '  podManagementPolicy: OrderedReady\n' }).replace('accessModes: [ReadWriteOnce]', 'accessModes: [ReadWriteOnce]\n      volumeMode: Filesystem');
    assert.deepEqual(findingsOf(edited).diagnostics, []);
  });

  it('reports a changed serviceName on the field, with the apiserver message and the baseline value as related information', () => {
    const edited = mark(web({ serviceName: 'nginx-headless' }), 'nginx-headless');
    const { diagnostics, ranges, summary } = findingsOf(edited);
    assert.deepEqual(summary, [{ path: 'spec.serviceName', range: ranges[0], message: `${STATEFULSET_FORBIDDEN} (spec.serviceName: "nginx" in the baseline, "nginx-headless" now)` }]);
    assert.equal(diagnostics[0].related[0].uri, 'git:HEAD:web.yaml');
    assert.equal(baselineText(BASELINE, diagnostics[0].related[0].range), 'nginx');
    assert.equal(diagnostics[0].related[0].message, 'baseline value of spec.serviceName: "nginx"');
  });

  it('calls out a claim template storage change as such', () => {
    const edited = mark(web({ storage: '2Gi' }), '2Gi');
    const { summary, ranges } = findingsOf(edited);
    assert.deepEqual(summary, [{
      path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage', range: ranges[0],
      message: `${STATEFULSET_FORBIDDEN} (spec.volumeClaimTemplates[0].spec.resources.requests.storage: the claim template's storage request changed from "1Gi" to "2Gi"; a claim template cannot be resized: expand the existing claims instead)`,
    }]);
  });

  it('reports a changed selector label and a changed podManagementPolicy, each on its field', () => {
    const edited = web({ extra: '  podManagementPolicy: Parallel\n' }).replace('matchLabels: {app: nginx}', 'matchLabels: {app: web}');
    const { summary } = findingsOf(edited);
    assert.deepEqual(summary.map((s) => [s.path, edited.slice(s.range.start, s.range.end)]), [
      ['spec.podManagementPolicy', 'Parallel'],
      ['spec.selector.matchLabels.app', 'web'],
    ]);
  });

  it('reports a removed field at its parent key and an added claim template on the list', () => {
    const removed = findingsOf(web().replace('  serviceName: nginx\n', ''));
    assert.deepEqual(removed.summary.map((s) => [s.path, s.message.endsWith('(spec.serviceName: "nginx" in the baseline, (unset) now)')]), [['spec.serviceName', true]]);
    const added = web().replace('  - metadata: {name: www}', '  - metadata: {name: logs}\n    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n  - metadata: {name: www}');
    assert.deepEqual(findingsOf(added).summary.map((s) => [s.path, added.slice(s.range.start, s.range.end)]), [['spec.volumeClaimTemplates', 'volumeClaimTemplates']]);
  });

  it('explains the change in Simplified Chinese after the apiserver\'s own words', () => {
    setLocale('zh-CN');
    const { summary } = findingsOf(web({ serviceName: 'other' }));
    assert.equal(summary[0].message, `${STATEFULSET_FORBIDDEN}（spec.serviceName：基线中为 "nginx"，现在为 "other"；这个字段不能在原对象上修改）`);
  });
});
