import { getKey, getPath, getString, isSet } from '../model/access';
import { effectivePodManagementPolicy, effectiveReplicas } from '../model/statefulSet';
import { isMap, isSeq } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'sts-no-readiness-probe',
  meta: {
    severity: 'information', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'With the `OrderedReady` pod management policy (the default) the controller waits for each pod to be Ready before it starts the next one, and rolling updates wait the same way. A container without a `readinessProbe` is Ready as soon as it is running, so the ordering guarantees little: the next pod starts before the previous one can serve.',
      remediation:
        'Add a `readinessProbe` that succeeds only when the member can serve (has joined the cluster, caught up replication, …).',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes',
    },
  },
  messages: {
    message:
      'no container in spec.template.spec.containers has a readinessProbe: with podManagementPolicy OrderedReady each pod counts as Ready as soon as it runs, so the next pod starts before this one can serve',
  },
  check(ctx) {
    const { resource } = ctx;
    if (effectivePodManagementPolicy(resource) !== 'OrderedReady' || effectiveReplicas(resource) <= 1) return;
    const containers = getPath(resource.root, 'spec.template.spec.containers');
    if (!isSeq(containers) || containers.items.length === 0) return;
    if (containers.items.some((c) => isSet(getKey(c, 'readinessProbe')))) return;
    // Sidecars (init containers with restartPolicy Always) take part in pod readiness too.
    const init = getPath(resource.root, 'spec.template.spec.initContainers');
    const sidecarProbe = isSeq(init) && init.items.some((c) => getString(c, 'restartPolicy')?.value === 'Always' && isSet(getKey(c, 'readinessProbe')));
    if (sidecarProbe || !containers.items.every(isMap)) return;
    return ctx.report({
      range: containers.keyRange ?? containers.range,
      path: 'spec.template.spec.containers',
      messageId: 'message',
    });
  },
});
