import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-container-name-invalid';
const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

function sts(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}`;
}

describe('pod-container-name-invalid', () => {
  it('reports a container name with an underscore', () => {
    const { text, range } = marked(sts('      containers:\n      - name: «my_app»\n        image: app\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.template.spec.containers[0].name: Invalid value: "my_app": ${LABEL_PROBLEM}` },
    ]);
  });

  it('reports an init container without a name at the container', () => {
    const { text, range } = marked(sts('      initContainers:\n      - «image: busybox»\n      containers:\n      - name: app\n        image: app\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: 'spec.template.spec.initContainers[0].name: Required value' }]);
  });

  it('accepts DNS-1123 label names', () => {
    assert.deepEqual(findingsOf(ID, sts('      containers:\n      - name: app-2\n        image: app\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
