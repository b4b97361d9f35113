import { getKey, getSeq } from '../model/access';
import { dns1123SubdomainProblem, quote } from '../model/names';
import { primarySource, validatedVolumes } from '../model/podVolumes';
import { isMap, isScalar, type YNode } from '../model/types';
import { defineRule, type CheckContext } from './defineRule';

export default defineRule({
  id: 'pod-volume-object-name-invalid',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A volume names a Secret, ConfigMap or PersistentVolumeClaim by a name no such object can have: their names are DNS-1123 subdomains (lowercase letters, digits, `-` and `.`, at most 253). The apiserver accepts the StatefulSet, but the object can never exist, so every pod waits for the volume forever (`FailedMount`, or Pending for a claim).',
      remediation: 'Use the exact name of the object (`kubectl get secret,configmap,pvc`): lowercase, with `-` instead of `_`.',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names',
    },
    source: 'ValidateSecretName',
  },
  messages: {
    message: '{0}: {1} can never name a {2}: {3}; the pods wait for this volume forever',
  },
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) {
      const source = primarySource(volume);
      if (!source) continue;
      const ref = REFERENCES[source.key];
      if (ref) checkName(ctx, getKey(source.node, ref.key), `${source.path}.${ref.key}`, ref.kind);
      if (source.key !== 'projected') continue;
      getSeq(source.node, 'sources')?.items.forEach((item, index) => {
        for (const [key, kind] of [['secret', 'Secret'], ['configMap', 'ConfigMap']] as const) {
          const projection = getKey(item, key);
          if (isMap(projection)) checkName(ctx, getKey(projection, 'name'), `${source.path}.sources[${index}].${key}.name`, kind);
        }
      });
    }
  },
});

const REFERENCES: Readonly<Record<string, { key: string; kind: string }>> = {
  secret: { key: 'secretName', kind: 'Secret' },
  configMap: { key: 'name', kind: 'ConfigMap' },
  persistentVolumeClaim: { key: 'claimName', kind: 'PersistentVolumeClaim' },
};

function checkName(ctx: CheckContext<'message'>, node: YNode | undefined, path: string, kind: string): void {
  // Missing and empty names are pod-volume-source-invalid's; other types the schema check's.
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return;
  const problem = dns1123SubdomainProblem(node.value);
  if (problem) ctx.report({ messageId: 'message', args: [path, quote(node.value), kind, problem], range: node.range, path });
}
