import { getKey, getSeq } from '../model/access';
import { forbidden, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { primarySource, validatedVolumes, type TemplateVolume } from '../model/podVolumes';
import { isMap, isScalar, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';
import { parseQuantity } from '../schema/quantity';

export default defineRule({
  id: 'pod-volume-source-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each volume of the pod template needs exactly one source (`emptyDir`, `configMap`, `secret`, `persistentVolumeClaim`, …; `emptyDir:` with nothing after it is no source, write `emptyDir: {}`), and that source the object it names (`secret.secretName`, `configMap.name`, `persistentVolumeClaim.claimName`, `hostPath.path`); a `hostPath.type` is one of the supported types and an `emptyDir.sizeLimit` is not negative. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Keep one source per volume (split the volume in two if both are needed), write `emptyDir: {}` rather than `emptyDir:`, and fill in the name of the Secret, ConfigMap or claim.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/#volume-types',
    },
    source: 'validateVolumeSource',
  },
  messages: { ...problemMessages('required', 'forbidden', 'unsupported'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) reportProblems(ctx, sourceProblems(volume));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (type) => ctx.t('fix.spelling', type));
  },
});

// supportedHostPathTypes, in the sorted order NotSupported lists them ("" is unset).
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

/** The name each source requires (validateSecretVolumeSource, validateConfigMapVolumeSource, …). */
const REQUIRED_NAME: Readonly<Record<string, string>> = {
  secret: 'secretName', configMap: 'name', persistentVolumeClaim: 'claimName', hostPath: 'path',
};

type SourceProblem = FieldProblem<'required' | 'forbidden' | 'unsupported'>;

function sourceProblems(volume: TemplateVolume): SourceProblem[] {
  if (volume.sources.length === 0) {
    return [required(volume.path, missingRange(volume.node, undefined), 'must specify a volume type')];
  }
  const out: SourceProblem[] = volume.sources.slice(1).map((source) => {
    const range = source.node.keyRange ?? source.node.range;
    return forbidden(`${volume.path}.${source.key}`, range, 'may not specify more than 1 volume type');
  });
  const primary = primarySource(volume);
  if (!primary) return out;
  const nameKey = REQUIRED_NAME[primary.key];
  if (nameKey) out.push(...requiredString(primary.node, nameKey, `${primary.path}.${nameKey}`));
  if (primary.key === 'projected') out.push(...projectionNames(primary.node, primary.path));
  if (primary.key === 'hostPath') out.push(...hostPathTypeProblems(primary.node, `${primary.path}.type`));
  if (primary.key === 'emptyDir') out.push(...sizeLimitProblems(primary.node, `${primary.path}.sizeLimit`));
  return out;
}

/** validateHostPathType (checked once `path` is set, as upstream returns early without it). */
function hostPathTypeProblems(hostPath: YMap, path: string): SourceProblem[] {
  const type = getKey(hostPath, 'type');
  if (requiredString(hostPath, 'path', '').length > 0) return [];
  if (!isScalar(type) || typeof type.value !== 'string' || HOST_PATH_TYPES.includes(type.value)) return [];
  return [unsupported(path, type.range, type.value, HOST_PATH_TYPES)];
}

/** validateVolumeSource: an emptyDir's sizeLimit may not be negative. */
function sizeLimitProblems(emptyDir: YMap, path: string): SourceProblem[] {
  const limit = getKey(emptyDir, 'sizeLimit');
  if (!isScalar(limit) || (typeof limit.value !== 'string' && typeof limit.value !== 'number')) return [];
  if (parseQuantity(String(limit.value))?.sign !== -1) return []; // unparsable: the schema check's business
  return [forbidden(path, limit.range, 'SizeLimit field must be a valid resource quantity')];
}

/** `Required value` when the field is missing, null or empty; a value of another type is the schema's. */
function requiredString(parent: YMap, key: string, path: string): FieldProblem<'required'>[] {
  const node = getKey(parent, key);
  if (node !== undefined && !(isScalar(node) && (node.value === null || node.value === ''))) return [];
  return [required(path, isScalar(node) && node.value === '' ? node.range : missingRange(parent, node))];
}

/** validateProjectionSources: a projected Secret or ConfigMap needs its `name`. */
function projectionNames(projected: YMap, path: string): FieldProblem<'required'>[] {
  const out: FieldProblem<'required'>[] = [];
  getSeq(projected, 'sources')?.items.forEach((source, index) => {
    for (const key of ['secret', 'configMap']) {
      const node = getKey(source, key);
      if (isMap(node)) out.push(...requiredString(node, 'name', `${path}.sources[${index}].${key}.name`));
    }
  });
  return out;
}
