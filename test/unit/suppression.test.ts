import * as assert from 'node:assert/strict';
import { checkFiles } from '../../src/core/check';
import { parseFile } from '../../src/core/parse/parseFile';
import { checkText } from './helpers';

const BAD = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nowhere
  replicas: -1
`;

const rulesOf = (text: string) => checkText(text).map((d) => d.ruleId).sort();

describe('suppression comments and severity overrides', () => {
  it('reports both findings without comments', () => {
    assert.deepEqual(rulesOf(BAD).filter((r) => r === 'sts-service-not-found' || r === 'sts-negative-value'), ['sts-negative-value', 'sts-service-not-found']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = BAD.replace('  serviceName: nowhere', '  # statefulset-studio-disable-next-line sts-service-not-found\n  serviceName: nowhere');
    const rules = rulesOf(text);
    assert.ok(!rules.includes('sts-service-not-found'));
    assert.ok(rules.includes('sts-negative-value'));
  });

  it('disable-next-line without ids silences every rule on that line, and other ids do not', () => {
    const all = BAD.replace('  replicas: -1', '  # statefulset-studio-disable-next-line\n  replicas: -1');
    assert.ok(!rulesOf(all).includes('sts-negative-value'));
    const other = BAD.replace('  replicas: -1', '  # statefulset-studio-disable-next-line sts-service-not-found\n  replicas: -1');
    assert.ok(rulesOf(other).includes('sts-negative-value'));
  });

  it('disable-file silences the listed rules everywhere in the file', () => {
    const text = '# statefulset-studio-disable-file sts-negative-value, sts-service-not-found\n' + BAD;
    const rules = rulesOf(text);
    assert.ok(!rules.includes('sts-negative-value') && !rules.includes('sts-service-not-found'), rules.join());
  });

  it('ignores the marker when it is not in a comment', () => {
    const text = BAD.replace('  name: web', '  name: web\n  annotations:\n    note: statefulset-studio-disable-file');
    assert.ok(rulesOf(text).includes('sts-negative-value'));
  });

  it('changes a rule’s severity or turns it off through the options', () => {
    const files = [{ uri: 'a', parsed: parseFile(BAD) }];
    const changed = checkFiles(files, { severities: { 'sts-negative-value': 'warning', 'sts-service-not-found': 'off' } }).get('a')!;
    assert.equal(changed.find((d) => d.ruleId === 'sts-negative-value')?.severity, 'warning');
    assert.equal(changed.find((d) => d.ruleId === 'sts-service-not-found'), undefined);
  });
});
