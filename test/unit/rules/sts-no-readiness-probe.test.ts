import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-no-readiness-probe';

function sts(spec: string, podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}  template:\n    spec:\n${podSpec}`;
}

const NO_PROBE = '      «containers»:\n      - name: db\n        image: db\n';

describe('sts-no-readiness-probe', () => {
  it('notes an OrderedReady set whose containers have no readinessProbe, as information', () => {
    const { text, range } = marked(sts('  replicas: 3\n', NO_PROBE));
    const found = findingsOf(ID, text);
    assert.deepEqual(summarize(found), [
      {
        ruleId: ID,
        range,
        message:
          'no container in spec.template.spec.containers has a readinessProbe: with podManagementPolicy OrderedReady each pod counts as Ready as soon as it runs, so the next pod starts before this one can serve',
      },
    ]);
    assert.equal(found[0].severity, 'information');
  });

  it('says nothing for Parallel sets, single replicas, or when a container or sidecar has a probe', () => {
    assert.deepEqual(findingsOf(ID, sts('  replicas: 3\n  podManagementPolicy: Parallel\n', NO_PROBE)), []);
    assert.deepEqual(findingsOf(ID, sts('  replicas: 1\n', NO_PROBE)), []);
    const sidecar = '      initContainers:\n      - name: proxy\n        image: envoy\n        restartPolicy: Always\n        readinessProbe: {tcpSocket: {port: 80}}\n';
    assert.deepEqual(findingsOf(ID, sts('  replicas: 3\n', sidecar + NO_PROBE)), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
