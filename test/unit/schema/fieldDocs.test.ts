import * as assert from 'node:assert/strict';
import { describeField, humanType } from '../../../src/core/docs/fieldDocs';
import { loadDocs, loadSchema } from '../../../src/core/schema/loadSchema';
import { isArray, isMapOf, isRef, type FieldType } from '../../../src/core/schema/schemaTypes';

describe('describeField', () => {
  it('describes spec.replicas of a StatefulSet as an optional integer', () => {
    const doc = describeField('StatefulSet', 'spec.replicas')!;
    assert.equal(doc.type, 'integer');
    assert.equal(doc.required, false);
    assert.equal(doc.kubernetesVersion, '1.36');
    assert.match(doc.description, /^replicas is the desired number of replicas/);
  });

  it('reads container fields with or without list indices', () => {
    const plain = describeField('StatefulSet', 'spec.template.spec.containers.image');
    const indexed = describeField('StatefulSet', 'spec.template.spec.containers[0].image');
    assert.deepEqual(indexed, plain);
    assert.equal(plain!.path, 'spec.template.spec.containers.image');
    assert.equal(plain!.type, 'string');
    assert.match(plain!.description, /Container image name/);
  });

  it('names list, map and object types as kubectl explain does', () => {
    assert.equal(describeField('StatefulSet', 'spec.template.spec.containers')!.type, '[]Container');
    assert.equal(describeField('StatefulSet', 'metadata.labels')!.type, 'map[string]string');
    assert.equal(describeField('StatefulSet', 'spec.selector')!.type, 'LabelSelector');
    assert.equal(describeField('StatefulSet', 'spec.template.spec.containers.resources.limits')!.type, 'map[string]Quantity');
    assert.equal(describeField('Service', 'spec.ports.targetPort')!.type, 'IntOrString');
  });

  it('lists enum values and marks required fields', () => {
    const policy = describeField('StatefulSet', 'spec.template.spec.containers.imagePullPolicy')!;
    assert.deepEqual(policy.enum, ['Always', 'IfNotPresent', 'Never']);
    assert.equal(describeField('StatefulSet', 'spec.selector')!.required, true);
    assert.equal(describeField('Service', 'spec.ports[0].port')!.required, true);
  });

  it('describes a label key by its map and the resource itself by its type', () => {
    assert.equal(describeField('StatefulSet', 'metadata.labels.app')!.type, 'string');
    assert.match(describeField('StatefulSet', '')!.description, /^StatefulSet represents a set of pods/);
  });

  it('returns undefined for a path that is not in the schema', () => {
    assert.equal(describeField('StatefulSet', 'spec.replicaz'), undefined);
    assert.equal(describeField('StatefulSet', 'spec.replicas.value'), undefined);
    assert.equal(describeField('Service', 'spec..ports'), undefined);
  });

  it('has a non-empty description for every field path reachable from StatefulSet and Service', () => {
    const schema = loadSchema();
    const docs = loadDocs();
    let paths = 0;
    const missing: string[] = [];
    const walk = (typeName: string, prefix: string, stack: readonly string[]) => {
      for (const [prop, fieldType] of Object.entries(schema.types[typeName].properties)) {
        const path = `${prefix}.${prop}`;
        paths++;
        if (!docs.types[typeName]?.properties[prop]) missing.push(path);
        const inner = innermost(fieldType);
        if (isRef(inner) && !stack.includes(inner.ref)) walk(inner.ref, path, [...stack, inner.ref]);
      }
    };
    for (const [kind, root] of Object.entries(schema.roots)) walk(root.type, kind, [root.type]);
    assert.deepEqual(missing, []);
    assert.ok(paths > 1000, `only ${paths} field paths`);
    console.log(`      (${paths} field paths from StatefulSet and Service, all described)`);
  });

  it('writes every field type in a readable form', () => {
    assert.equal(humanType({ array: { map: 'int32' } }), '[]map[string]integer');
    assert.equal(humanType({ ref: 'StatefulSetSpec.volumeClaimTemplates' }), 'Object');
  });
});

function innermost(type: FieldType): FieldType {
  let current = type;
  while (isArray(current) || isMapOf(current)) current = isArray(current) ? current.array : current.map;
  return current;
}
