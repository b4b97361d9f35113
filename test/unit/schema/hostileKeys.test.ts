// Keys that are also members of Object.prototype (`toString`, `constructor`, `__proto__`,
// `valueOf`) must be plain unknown fields everywhere user keys meet a table: the schema walk, field
// docs and `explain`, hovers, completion and navigation.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { completionsAt } from '../../../src/core/complete/completions';
import { childFields, describeField } from '../../../src/core/docs/fieldDocs';
import { hoverAt } from '../../../src/core/docs/hover';
import { getLocale, setLocale } from '../../../src/core/l10n/messages';
import { findDefinitions } from '../../../src/core/navigate/definitions';
import { checkSchema } from '../../../src/core/schema/checkSchema';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { K8sSchema } from '../../../src/core/schema/schemaTypes';
import { caretFixture } from '../docs/hoverHelpers';
import { checkTexts } from '../helpers';

const HOSTILE = ['toString', 'constructor', '__proto__', 'valueOf'] as const;

// One hostile key in each of four objects, the first one before every other field: before the
// fix, the walk threw on it and an empty catch hid the rest (no schema finding at all).
const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  constructor: 1
spec:
  toString: 1
  serviceName: web
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
      __proto__: {x: 1}
    spec:
      containers:
        - name: c
          image: nginx
          valueOf: 2
`;

function schemaFindings(text: string): { path: string; message: string }[] {
  const diagnostics = checkTexts({ 'file:///sts.yaml': text }).get('file:///sts.yaml') ?? [];
  return diagnostics.filter((d) => d.ruleId === 'k8s-schema').map(({ path, message }) => ({ path, message }));
}

describe('keys named like Object.prototype members', () => {
  before(() => setLocale('en'));

  it('reports each of toString, constructor, __proto__ and valueOf as an unknown field (checkSchema)', () => {
    assert.deepEqual(schemaFindings(STS), [
      { path: 'metadata.constructor', message: 'unknown field "metadata.constructor"' },
      { path: 'spec.toString', message: 'unknown field "spec.toString"' },
      { path: 'spec.template.metadata.__proto__', message: 'unknown field "spec.template.metadata.__proto__"' },
      { path: 'spec.template.spec.containers[0].valueOf', message: 'unknown field "spec.template.spec.containers[0].valueOf"' },
    ]);
  });

  it('keeps checking the fields after a hostile key', () => {
    const text = STS.replace('  replicas: 1', '  replicas: three');
    assert.deepEqual(schemaFindings(text).map((f) => f.path), [
      'metadata.constructor', 'spec.toString', 'spec.replicas', 'spec.template.metadata.__proto__', 'spec.template.spec.containers[0].valueOf',
    ]);
  });

  it('reports a crash of the walk as a finding instead of hiding what it did not check', () => {
    // A malformed schema (a field type the walk does not know) makes the walk throw.
    const broken = { kubernetesVersion: 't', source: {}, roots: {}, types: { T: { properties: { a: 42 } } } } as unknown as K8sSchema;
    const root = parseFile('a: 1\n').documents[0].chunk.root!;
    const findings = checkSchema(root, 'T', 'k8s-schema', { schema: broken });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^The schema check stopped early \(.+\); fields after this point were not checked/);
    assert.equal(findings[0].severity, 'warning');
  });

  it('takes `kind: constructor` for a kind of its own, not a crash of the whole check (toResource)', () => {
    for (const key of HOSTILE) {
      const result = checkTexts({ 'file:///k.yaml': `apiVersion: example.com/v1\nkind: ${key}\nmetadata:\n  name: x\n` });
      assert.deepEqual(result.get('file:///k.yaml'), [], key);
    }
  });

  it('falls back to English for a locale named like them (setLocale)', () => {
    try {
      for (const key of HOSTILE) {
        setLocale(key);
        assert.equal(getLocale(), 'en', key);
      }
    } finally {
      setLocale('en');
    }
  });

  it('has no field docs for them (describeField, childFields)', () => {
    for (const key of HOSTILE) {
      assert.equal(describeField('StatefulSet', key), undefined, key);
      assert.equal(describeField('StatefulSet', `spec.${key}`), undefined, key);
      assert.deepEqual(childFields('StatefulSet', `spec.${key}`), [], key);
    }
    assert.equal(describeField('StatefulSet', 'metadata.labels.constructor')?.type, 'string');
  });

  it('explains StatefulSet.constructor and StatefulSet.__proto__ as unknown fields, exit 2', () => {
    const cli = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
    for (const field of ['StatefulSet.constructor', 'StatefulSet.__proto__', 'StatefulSet.spec.toString']) {
      const result = spawnSync(process.execPath, [cli, 'explain', field], { encoding: 'utf8', env });
      assert.equal(result.status, 2, field);
      assert.match(result.stderr.split('\n')[0], /^statefulset-studio: field ".+" does not exist in StatefulSet$/, field);
    }
  });

  it('shows no hover on them and does not throw (hoverAt)', () => {
    for (const key of HOSTILE) {
      const text = STS.replace('  toString: 1', `  ${key}: 1`).replace(`  ${key}: 1`, `  |${key}: 1`);
      const { file, index, caret } = caretFixture(text);
      assert.equal(hoverAt(file, caret, index), undefined, key);
    }
  });

  it('completes keys beside them and offers nothing under them (completionsAt)', () => {
    for (const key of HOSTILE) {
      const { file, index, caret } = caretFixture(`${STS}  ${key}:\n    |`);
      assert.deepEqual(completionsAt(file, caret, index), [], key);
      const beside = caretFixture(STS.replace('  toString: 1\n', `  ${key}: 1\n  |\n`));
      const labels = completionsAt(beside.file, beside.caret, beside.index).map((i) => i.label);
      assert.ok(labels.includes('podManagementPolicy'), key);
    }
  });

  it('finds no definition for a value under them (findDefinitions)', () => {
    for (const key of HOSTILE) {
      const { file, index, caret } = caretFixture(`${STS}  ${key}:\n    app: |web\n`);
      assert.deepEqual(findDefinitions(index, file.uri, caret), [], key);
    }
  });
});
