import * as assert from 'node:assert/strict';
import { findDefinitions } from '../../../src/core/navigate/definitions';
import { service, statefulSet, STS_URI, SVC_URI } from './fixtures';
import { rangeOf, workspace } from './navHelpers';

describe('navigate: definitions', () => {
  it('goes from serviceName to the Service name in another file', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ serviceName: '|' }), [SVC_URI]: service() });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), [{ uri: SVC_URI, range: rangeOf(ws.texts[SVC_URI], 'nginx') }]);
  });

  it('does not go to a Service of that name in another namespace', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ serviceName: '|' }), [SVC_URI]: service().replace('  name: nginx\n', '  name: nginx\n  namespace: other\n') });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), []);
  });

  it('goes from a volume mount to its claim template', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ mount: '|' }), [SVC_URI]: service() });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), [{ uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'www', 2) }]);
  });

  it('goes from a volume mount to the pod volume of that name', () => {
    const ws = workspace({ [STS_URI]: statefulSet().replace('- name: config\n          mountPath', '- name: con|fig\n          mountPath') });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), [{ uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'config', 1) }]);
  });

  it('goes from a matchLabels key or value to the template label it selects', () => {
    for (const marks of [{ selectorKey: '|' }, { selectorValue: '|' }]) {
      const ws = workspace({ [STS_URI]: statefulSet(marks) });
      assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), [{ uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'app: nginx', 1) }]);
    }
  });

  it('goes from a Service selector to the pod template labels of the StatefulSets it selects', () => {
    const ws = workspace({ [SVC_URI]: service({ selector: '|' }), [STS_URI]: statefulSet() });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), [{ uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'app: nginx', 1) }]);
  });

  it('finds nothing elsewhere, and nothing on a declaration', () => {
    const ws = workspace({ [STS_URI]: statefulSet().replace('name: web', 'name: w|eb'), [SVC_URI]: service() });
    assert.deepEqual(findDefinitions(ws.index, ws.uri, ws.caret), []);
    const onClaim = workspace({ [STS_URI]: statefulSet({ claim: '|' }) });
    assert.deepEqual(findDefinitions(onClaim.index, onClaim.uri, onClaim.caret), []);
  });
});
