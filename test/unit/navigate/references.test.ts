import * as assert from 'node:assert/strict';
import { findReferences } from '../../../src/core/navigate/references';
import { service, statefulSet, STS_URI, SVC_URI } from './fixtures';
import { rangeOf, workspace } from './navHelpers';

const OTHER_URI = 'file:///db.yaml';
const without = { includeDeclaration: false };
const withDeclaration = { includeDeclaration: true };

describe('navigate: references', () => {
  it('finds every serviceName naming a Service, across files', () => {
    const db = statefulSet().replace('#caret\n', '').replace('name: web', 'name: db');
    const ws = workspace({ [SVC_URI]: service({ name: '|' }), [STS_URI]: statefulSet(), [OTHER_URI]: db });
    const uses = [
      { uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'nginx', 0) },
      { uri: OTHER_URI, range: rangeOf(ws.texts[OTHER_URI], 'nginx', 0) },
    ];
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, without), uses);
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, withDeclaration), [{ uri: SVC_URI, range: rangeOf(ws.texts[SVC_URI], 'nginx') }, ...uses]);
  });

  it('finds the same references from a serviceName', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ serviceName: '|' }), [SVC_URI]: service() });
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, without), [{ uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'nginx', 0) }]);
  });

  it('finds the mounts of a claim template in every container', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ claim: '|' }) });
    const text = ws.texts[STS_URI];
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, without), [
      { uri: STS_URI, range: rangeOf(text, 'www', 0) },
      { uri: STS_URI, range: rangeOf(text, 'www', 1) },
    ]);
  });

  it('finds the mounts of a pod volume', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ volume: '|' }) });
    const text = ws.texts[STS_URI];
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, withDeclaration), [
      { uri: STS_URI, range: rangeOf(text, 'config', 1) },
      { uri: STS_URI, range: rangeOf(text, 'config', 0) },
    ]);
  });

  it('finds the selectors selecting a template label: matchLabels and the Service selector in another file', () => {
    const ws = workspace({ [STS_URI]: statefulSet().replace('        app: nginx', '        a|pp: nginx'), [SVC_URI]: service() });
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, without), [
      { uri: STS_URI, range: rangeOf(ws.texts[STS_URI], 'app: nginx', 0) },
      { uri: SVC_URI, range: rangeOf(ws.texts[SVC_URI], 'app: nginx') },
    ]);
  });

  it('finds no selector for a label none selects', () => {
    const ws = workspace({ [STS_URI]: statefulSet({ label: '|' }), [SVC_URI]: service() });
    assert.deepEqual(findReferences(ws.index, ws.uri, ws.caret, without), []);
  });
});
