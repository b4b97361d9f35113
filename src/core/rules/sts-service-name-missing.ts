import { getKey, getMap } from '../model/access';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { atLeast } from '../model/kubernetesVersion';

/**
 * kubernetes/kubernetes#130233 marked StatefulSetSpec.serviceName optional in v1.33: the OpenAPI of
 * every older release (kubernetes-models 4.4.2 for 1.27) lists it as required, so tools validating
 * against a cluster's schema (Helm, kubeconform, kubectl's client-side validation) refuse it there.
 */
const OPTIONAL_SINCE = '1.33';

export default defineRule({
  id: 'sts-service-name-missing',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        '`spec.serviceName` names the headless Service that gives each pod a stable DNS name (`web-0.nginx.default.svc.cluster.local`). It is optional since v1.33 (kubernetes/kubernetes#130233; the API schema of older versions requires it, so targeting them it is an error), but without it the pods get no `subdomain` and no per-pod DNS records.',
      remediation: 'Create a headless Service (`clusterIP: None`) that selects the pods and set `spec.serviceName` to its name.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
    },
  },
  messages: {
    message: 'spec.serviceName {0}: the pods get no subdomain, so there are no per-pod DNS names such as "<pod>.<service>"',
    requiredBefore:
      'spec.serviceName {0}: the Kubernetes {1} API schema requires it (optional only from v1.33), so Helm, kubeconform and kubectl\'s client-side validation refuse the StatefulSet; the pods would also get no subdomain',
    notSet: 'is not set',
    empty: 'is empty',
    noValue: 'has no value',
  },
  check(ctx) {
    const { resource } = ctx;
    const spec = getMap(resource.root, 'spec');
    const serviceName = getKey(spec, 'serviceName');
    const unset = serviceName === undefined || (isScalar(serviceName) && (serviceName.value === null || serviceName.value === ''));
    if (!unset) return; // a name, or a value of the wrong type (the schema check's business)
    const range = isScalar(serviceName) && serviceName.value === '' ? serviceName.range : (serviceName?.keyRange ?? spec?.keyRange ?? resource.kind.range);
    const what =
      serviceName === undefined
        ? ctx.t('notSet')
        : isScalar(serviceName) && serviceName.value === ''
          ? ctx.t('empty')
          : ctx.t('noValue');
    const path = 'spec.serviceName';
    if (atLeast(ctx.kubernetesVersion, OPTIONAL_SINCE)) return ctx.report({ range, path, messageId: 'message', args: [what] });
    return ctx.report({ range, path, severity: 'error', messageId: 'requiredBefore', args: [what, ctx.kubernetesVersion] });
  },
});
