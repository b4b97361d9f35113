import { getKey, getMap, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, templateVolumes, volumeMounts } from '../model/statefulSet';
import { isSeq } from '../model/types';
import { appendItem, editTargetOf, insertPairs } from './edit/yamlEdits';
import type { YamlObject } from './edit/yamlText';
import { defineRule } from './defineRule';
import type { Fix } from './types';

export default defineRule({
  id: 'pod-volume-mount-not-found',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'Every `volumeMounts[].name` of a container or init container must name a volume of the pod: a `spec.template.spec.volumes` entry or a `spec.volumeClaimTemplates` entry (each becomes a volume of that name). Since v1.34 the apiserver rejects the StatefulSet (`Not found: "data"`); older clusters fail every pod creation with the same error.',
      remediation: 'Fix the name in `volumeMounts`, or add the missing volume or claim template.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    message: '{0}: Not found: {1}; volumes and claim templates: {2}',
    messageNoVolumes: '{0}: Not found: {1}; the pod has no volumes or claim templates',
    'fix.addClaimTemplate': 'Add a volumeClaimTemplate {0}',
  },
  check(ctx) {
    const { resource } = ctx;
    const available = [...new Set([...templateVolumes(resource), ...claimTemplates(resource)].map((item) => item.name.value))];
    for (const mount of volumeMounts(resource)) {
      const name = mount.name.value;
      if (name === '' || available.includes(name)) continue;
      const path = pathOf(getKey(mount.node, 'name'));
      const candidates = rankByDistance(name, available);
      const message =
        candidates.length > 0
          ? { messageId: 'message' as const, args: [path, quote(name), candidates.map((c) => quote(c)).join(', ')] }
          : { messageId: 'messageNoVolumes' as const, args: [path, quote(name)] };
      ctx.report({ range: mount.name.range, path, ...message, data: { name, candidates } });
    }
  },
  fixes(finding, ctx) {
    const name = finding.data?.name;
    const spec = getMap(ctx.resource.root, 'spec');
    const target = editTargetOf(ctx.resource, ctx);
    if (typeof name !== 'string' || !spec || !target) return [];
    const claim = claimTemplate(name);
    const templates = getKey(spec, 'volumeClaimTemplates');
    let edit;
    if (isSeq(templates)) edit = appendItem(target, templates, claim);
    else if (templates === undefined) edit = insertPairs(target, spec, { volumeClaimTemplates: [claim] });
    else return []; // `volumeClaimTemplates:` with a non-list value: not ours to guess
    const fix: Fix = { title: ctx.t('fix.addClaimTemplate', quote(name)), isPreferred: true, edits: [edit] };
    return [fix];
  },
});

/** A claim template with the smallest useful spec: one node, read-write, 1Gi (the default StorageClass). */
function claimTemplate(name: string): YamlObject {
  return { metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } };
}

/** Names ordered by edit distance to `name`, closest first (for the message and quick fixes). */
function rankByDistance(name: string, names: readonly string[]): string[] {
  return names
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .map((entry) => entry.candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
