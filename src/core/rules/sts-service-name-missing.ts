import { getKey, getMap } from '../model/access';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'sts-service-name-missing',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        '`spec.serviceName` names the headless Service that gives each pod a stable DNS name (`web-0.nginx.default.svc.cluster.local`). It is optional since about v1.33 (required before), but without it the pods get no `subdomain` and no per-pod DNS records.',
      remediation: 'Create a headless Service (`clusterIP: None`) that selects the pods and set `spec.serviceName` to its name.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
    },
  },
  messages: {
    message: 'spec.serviceName {0}: the pods get no subdomain, so there are no per-pod DNS names such as "<pod>.<service>"',
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
    return ctx.report({
      range,
      path: 'spec.serviceName',
      messageId: 'message', args: [what],
    });
  },
});
