import { getKey } from '../model/access';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { validatedVolumes } from '../model/podVolumes';
import { isScalar } from '../model/types';
import { volumeFilesOf, type VolumeFile } from '../model/volumeFiles';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-volume-items-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each `items` entry of a Secret or ConfigMap volume (also inside a projected volume) needs a `key` and a `path`; downward API files need a `path`. The path must be relative, without `..` elements, and not start with `..`. Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Name the key to project and give it a relative file name such as `tls.crt` or `conf/app.properties`; set the directory with the `volumeMounts[].mountPath` instead.',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/#projection-of-secret-keys-to-specific-paths',
    },
    source: 'validateKeyToPath',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) {
      for (const file of volumeFilesOf(volume).files) reportProblems(ctx, fileProblems(file));
    }
  },
});

type ItemProblem = FieldProblem<'invalid' | 'required'>;

function fileProblems(file: VolumeFile): ItemProblem[] {
  const out: ItemProblem[] = file.hasKey ? requiredText(file, 'key') : [];
  out.push(...requiredText(file, 'path'));
  const path = getKey(file.node, 'path');
  if (isScalar(path) && typeof path.value === 'string') out.push(...pathProblems(path.value, `${file.path}.path`, path.range));
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
