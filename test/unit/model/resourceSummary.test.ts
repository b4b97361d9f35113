// What the language server's compact index keeps of a resource in a closed file
// (src/core/model/resourceSummary.ts): its look-up fields, and where they are written in the file.
import * as assert from 'node:assert/strict';
import { collectResources, parseFile, summarizeResource, summaryRange, SUMMARY_RANGE_FIELDS } from '../../../src/core/index';

const FILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  serviceName: nginx
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: db
    spec:
      containers:
        - name: nginx
          image: nginx
  volumeClaimTemplates:
    - metadata:
        name: www
`;

function summaries() {
  return collectResources([{ uri: 'file:///web.yaml', parsed: parseFile(FILE) }]).map(summarizeResource);
}

/** The text a summarised field's range covers, in the whole file. */
const written = (range: { start: number; end: number } | undefined) => range && FILE.slice(range.start, range.end);

describe('resource summaries (the compact index of closed files)', () => {
  it('keeps the look-up fields of a StatefulSet in the second document of its file', () => {
    const sts = summaries()[1];
    assert.equal(sts.document.index, 1);
    assert.deepEqual([sts.type, sts.name, sts.namespace, sts.serviceName], ['StatefulSet', 'web', 'shop', 'nginx']);
    assert.deepEqual(sts.selector, [['app', 'web']]);
    assert.deepEqual(sts.templateLabels, [['app', 'web'], ['tier', 'db']]);
    assert.deepEqual(sts.claimTemplates, ['www']);
  });

  it('says where each field is written, as offsets in the whole file', () => {
    const sts = summaries()[1];
    assert.equal(written(summaryRange(sts, 'kind')), 'StatefulSet');
    assert.equal(written(summaryRange(sts, 'name')), 'web');
    assert.equal(written(summaryRange(sts, 'namespace')), 'shop');
    assert.equal(written(summaryRange(sts, 'serviceName')), 'nginx');
    assert.match(written(summaryRange(sts, 'selector'))!, /^app: web/);
    assert.match(written(summaryRange(sts, 'labels'))!, /^app: web/);
    assert.equal(sts.ranges.length, 2 * SUMMARY_RANGE_FIELDS.length);
  });

  it('has no range for a field that is not written', () => {
    const config = summaries()[0];
    assert.equal(written(summaryRange(config, 'name')), 'settings');
    for (const field of ['namespace', 'serviceName', 'selector', 'labels'] as const) assert.equal(summaryRange(config, field), undefined, field);
  });
});
