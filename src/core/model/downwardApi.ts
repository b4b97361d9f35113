// A downward API volume file's `fieldRef` as validateObjectFieldSelector judges it: the field
// label is first converted (podshelper.ConvertDownwardAPIFieldLabel, which knows every pod field
// label), then checked against what a volume may project (validVolumeDownwardAPIFieldPathExpressions).
import { getKey } from './access';
import { invalid, missingRange, required, unsupported, type FieldProblem } from './fieldProblem';
import { labelKeyProblems } from './labelSyntax';
import { isScalar, type YMap } from './types';

// validVolumeDownwardAPIFieldPathExpressions, sorted as NotSupported lists them.
const VOLUME_FIELDS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
// The labels ConvertDownwardAPIFieldLabel converts (env vars may use them; volumes only VOLUME_FIELDS).
const POD_FIELDS = new Set([
  ...VOLUME_FIELDS, 'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName',
  'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
]);
const SUBSCRIPTED = /^(.+)\['(.*)'\]$/;

export type FieldRefProblem = FieldProblem<'invalid' | 'required' | 'unsupported'>;

export function fieldRefProblems(fieldRef: YMap, path: string): FieldRefProblem[] {
  const node = getKey(fieldRef, 'fieldPath');
  if (node !== undefined && !(isScalar(node) && (node.value === null || typeof node.value === 'string'))) return [];
  const value = isScalar(node) && typeof node.value === 'string' ? node.value : '';
  if (value === '') return [required(`${path}.fieldPath`, isScalar(node) && node.value === '' ? node.range : missingRange(fieldRef, node))];
  const range = node!.range;
  const subscripted = SUBSCRIPTED.exec(value);
  if (subscripted) {
    const [, field, key] = subscripted;
    if (field === 'metadata.labels' || field === 'metadata.annotations') {
      // Annotation keys are compared in lower case (ValidateQualifiedName of strings.ToLower).
      const subscript = field === 'metadata.annotations' ? key.toLowerCase() : key;
      return labelKeyProblems(subscript).map((detail) => invalid(path, range, subscript, detail));
    }
    return [invalid(`${path}.fieldPath`, range, value, `error converting fieldPath: field label does not support subscript: ${value}`)];
  }
  const converted = value === 'spec.host' ? 'spec.nodeName' : value;
  if (!POD_FIELDS.has(converted)) return [invalid(`${path}.fieldPath`, range, value, `error converting fieldPath: field label not supported: ${value}`)];
  return VOLUME_FIELDS.includes(converted) ? [] : [unsupported(`${path}.fieldPath`, range, converted, VOLUME_FIELDS)];
}
