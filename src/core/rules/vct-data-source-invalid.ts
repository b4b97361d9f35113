import { getKey, getString } from '../model/access';
import { claimSpecs } from '../model/claimSpecs';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { dns1123LabelProblem, dns1123SubdomainProblem } from '../model/names';
import { isMap, isScalar, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'vct-data-source-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A claim template\'s `dataSource` and `dataSourceRef` need a `kind` and a `name`; without an `apiGroup` the kind must be `PersistentVolumeClaim` (a `VolumeSnapshot` needs `apiGroup: snapshot.storage.k8s.io`); an `apiGroup` is a DNS subdomain; with both set they must name the same object, and `dataSource` is refused when `dataSourceRef.namespace` is set. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail to create every claim.',
      remediation: 'Name the source completely, for a snapshot `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <snapshot>}`, and keep only one of `dataSource` and `dataSourceRef` unless both say the same.',
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-populators-and-data-sources',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    for (const { spec, path } of claimSpecs(ctx.resource)) reportProblems(ctx, dataSourceProblems(spec, path));
  },
});

type SourceProblem = FieldProblem<'invalid' | 'required'>;

function dataSourceProblems(spec: YMap, path: string): SourceProblem[] {
  const source = getKey(spec, 'dataSource');
  const ref = getKey(spec, 'dataSourceRef');
  const out: SourceProblem[] = [];
  if (isMap(source)) out.push(...referenceProblems(source, `${path}.dataSource`));
  if (isMap(ref)) out.push(...referenceProblems(ref, `${path}.dataSourceRef`), ...namespaceProblems(ref, `${path}.dataSourceRef.namespace`));
  if (!isMap(source) || !isMap(ref)) return out;
  const sourcePath = `${path}.dataSource`;
  if (getString(ref, 'namespace')?.value) {
    out.push(invalid(path, source.keyRange ?? source.range, sourcePath, 'may not be specified when dataSourceRef.namespace is specified'));
  } else if (!sameObject(source, ref)) {
    out.push(invalid(path, source.keyRange ?? source.range, sourcePath, 'must match dataSourceRef'));
  }
  return out;
}

/** validateDataSource / validateDataSourceRef: name and kind required, the core group only for claims. */
function referenceProblems(node: YMap, path: string): SourceProblem[] {
  const out: SourceProblem[] = [];
  for (const key of ['name', 'kind']) {
    const value = getKey(node, key);
    if (value === undefined || (isScalar(value) && (value.value === null || value.value === ''))) {
      out.push(required(`${path}.${key}`, isScalar(value) && value.value === '' ? value.range : missingRange(node, value)));
    }
  }
  const kind = getString(node, 'kind');
  const apiGroup = getString(node, 'apiGroup');
  if (!apiGroup?.value && (kind?.value ?? '') !== 'PersistentVolumeClaim') {
    out.push(invalid(path, kind?.range ?? missingRange(node, getKey(node, 'kind')), kind?.value ?? '', "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
  }
  const groupProblem = apiGroup?.value ? dns1123SubdomainProblem(apiGroup.value) : undefined;
  if (apiGroup && groupProblem) out.push(invalid(`${path}.apiGroup`, apiGroup.range, apiGroup.value, groupProblem));
  return out;
}

/** ValidateNamespaceName: a DNS-1123 label. */
function namespaceProblems(ref: YMap, path: string): SourceProblem[] {
  const namespace = getString(ref, 'namespace');
  const problem = namespace?.value ? dns1123LabelProblem(namespace.value) : undefined;
  return namespace && problem ? [invalid(path, namespace.range, namespace.value, problem)] : [];
}

/** isDataSourceEqualDataSourceRef: the same apiGroup (unset equals unset), kind and name. */
function sameObject(source: YMap, ref: YMap): boolean {
  const text = (node: YMap, key: string) => getString(node, key)?.value;
  return ['apiGroup', 'kind', 'name'].every((key) => text(source, key) === text(ref, key));
}
