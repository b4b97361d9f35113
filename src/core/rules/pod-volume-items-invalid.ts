import { getKey, isSet } from '../model/access';
import { fieldRefProblems } from '../model/downwardApi';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { validatedVolumes } from '../model/podVolumes';
import { isMap, isScalar } from '../model/types';
import { volumeFilesOf, type VolumeFile } from '../model/volumeFiles';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-volume-items-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each `items` entry of a Secret or ConfigMap volume (also inside a projected volume) needs a `key` and a `path`; downward API files need a `path` and exactly one of `fieldRef` (`metadata.name`, `metadata.namespace`, `metadata.uid`, `metadata.labels`, `metadata.annotations`, or one label or annotation as `metadata.labels[\'key\']`) and `resourceFieldRef`. The path must be relative, without `..` elements, and not start with `..`. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Name the key to project and give it a relative file name such as `tls.crt` or `conf/app.properties`; set the directory with the `volumeMounts[].mountPath` instead.',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/#projection-of-secret-keys-to-specific-paths',
    },
    source: 'validateKeyToPath',
  },
  messages: problemMessages('invalid', 'required', 'unsupported'),
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) {
      for (const file of volumeFilesOf(volume).files) reportProblems(ctx, fileProblems(file));
    }
  },
});

type ItemProblem = FieldProblem<'invalid' | 'required' | 'unsupported'>;

function fileProblems(file: VolumeFile): ItemProblem[] {
  const out: ItemProblem[] = file.hasKey ? requiredText(file, 'key') : [];
  out.push(...requiredText(file, 'path'));
  const path = getKey(file.node, 'path');
  if (isScalar(path) && typeof path.value === 'string') out.push(...pathProblems(path.value, `${file.path}.path`, path.range));
  if (!file.hasKey) out.push(...sourceOfFile(file));
  return out;
}

/** validateDownwardAPIVolumeFile: exactly one of fieldRef and resourceFieldRef, and a projectable field. */
function sourceOfFile(file: VolumeFile): ItemProblem[] {
  const fieldRef = getKey(file.node, 'fieldRef');
  const resourceRef = getKey(file.node, 'resourceFieldRef');
  const hasField = fieldRef !== undefined && isSet(fieldRef);
  const hasResource = resourceRef !== undefined && isSet(resourceRef);
  if (!hasField && !hasResource) return [required(file.path, missingRange(file.node, undefined), 'one of fieldRef and resourceFieldRef is required')];
  const out: ItemProblem[] = isMap(fieldRef) ? fieldRefProblems(fieldRef, `${file.path}.fieldRef`) : [];
  if (hasField && hasResource) {
    out.push(invalid(file.path, resourceRef.keyRange ?? resourceRef.range, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  }
  return out;
}

function requiredText(file: VolumeFile, key: string): ItemProblem[] {
  const node = getKey(file.node, key);
  if (node !== undefined && !(isScalar(node) && (node.value === null || node.value === ''))) return [];
  return [required(`${file.path}.${key}`, isScalar(node) && node.value === '' ? node.range : missingRange(file.node, node))];
}

/** ValidateLocalNonReservedPath: relative, no `..` element, not starting with `..`. */
function pathProblems(value: string, path: string, range: ItemProblem['range']): ItemProblem[] {
  const out: ItemProblem[] = [];
  if (value.startsWith('/')) out.push(invalid(path, range, value, 'must be a relative path'));
  if (value.split('/').includes('..')) out.push(invalid(path, range, value, "must not contain '..'"));
  // Upstream's own test: `..` alone gets both errors, `../x` only the first.
  if (value.startsWith('..') && !value.startsWith('../')) out.push(invalid(path, range, value, "must not start with '..'"));
  return out;
}
