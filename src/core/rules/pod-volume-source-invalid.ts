import { getKey, getSeq } from '../model/access';
import { forbidden, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { primarySource, validatedVolumes, type TemplateVolume } from '../model/podVolumes';
import { isMap, isScalar, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-volume-source-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each volume of the pod template needs exactly one source (`emptyDir`, `configMap`, `secret`, `persistentVolumeClaim`, …; `emptyDir:` with nothing after it is no source, write `emptyDir: {}`), and that source the object it names (`secret.secretName`, `configMap.name`, `persistentVolumeClaim.claimName`, `hostPath.path`). Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Keep one source per volume (split the volume in two if both are needed), write `emptyDir: {}` rather than `emptyDir:`, and fill in the name of the Secret, ConfigMap or claim.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/#volume-types',
    },
    source: 'validateVolumeSource',
  },
  messages: problemMessages('required', 'forbidden'),
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) reportProblems(ctx, sourceProblems(volume));
  },
});

/** The name each source requires (validateSecretVolumeSource, validateConfigMapVolumeSource, …). */
const REQUIRED_NAME: Readonly<Record<string, string>> = {
  secret: 'secretName', configMap: 'name', persistentVolumeClaim: 'claimName', hostPath: 'path',
};

function sourceProblems(volume: TemplateVolume): FieldProblem<'required' | 'forbidden'>[] {
  if (volume.sources.length === 0) {
    return [required(volume.path, missingRange(volume.node, undefined), 'must specify a volume type')];
  }
  const out: FieldProblem<'required' | 'forbidden'>[] = volume.sources.slice(1).map((source) => {
    const range = source.node.keyRange ?? source.node.range;
    return forbidden(`${volume.path}.${source.key}`, range, 'may not specify more than 1 volume type');
  });
  const primary = primarySource(volume);
  if (!primary) return out;
  const nameKey = REQUIRED_NAME[primary.key];
  if (nameKey) out.push(...requiredString(primary.node, nameKey, `${primary.path}.${nameKey}`));
  if (primary.key === 'projected') out.push(...projectionNames(primary.node, primary.path));
  return out;
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
