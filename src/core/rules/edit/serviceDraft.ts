// The headless Service a StatefulSet needs, drafted from the StatefulSet itself: named after
// `spec.serviceName`, in its namespace, selecting the pod template labels, with the ports the
// containers declare (named when there is more than one, as a Service requires).
import { getKey, getNumber, getString } from '../../model/access';
import type { Resource } from '../../model/resource';
import { containersOf, templateLabels } from '../../model/statefulSet';
import { isMap, isSeq } from '../../model/types';
import { defaultPortName } from './portNames';
import type { YamlObject } from './yamlText';

interface ContainerPort {
  readonly port: number;
  readonly name: string | undefined;
  readonly protocol: string;
}

/** `containerPort`s of the (non-init) containers, the first of each port/protocol pair. */
function containerPorts(sts: Resource): ContainerPort[] {
  const out: ContainerPort[] = [];
  for (const container of containersOf(sts)) {
    if (container.list !== 'containers') continue;
    const ports = getKey(container.node, 'ports');
    if (!isSeq(ports)) continue;
    for (const item of ports.items) {
      const port = isMap(item) ? getNumber(item, 'containerPort')?.value : undefined;
      if (!isMap(item) || port === undefined) continue;
      const protocol = getString(item, 'protocol')?.value || 'TCP';
      if (out.some((p) => p.port === port && p.protocol === protocol)) continue;
      out.push({ port, name: getString(item, 'name')?.value || undefined, protocol });
    }
  }
  return out;
}

function servicePorts(sts: Resource): YamlObject[] {
  const ports = containerPorts(sts);
  const taken = new Set<string>();
  const named = ports.map((p) => (p.name && !taken.has(p.name) ? (taken.add(p.name), p.name) : undefined));
  return ports.map((p, i) => {
    const name = named[i] ?? (ports.length > 1 ? defaultPortName(p.port, p.protocol, i, taken) : undefined);
    return {
      ...(name !== undefined ? { name } : {}),
      port: p.port,
      ...(p.protocol !== 'TCP' ? { protocol: p.protocol } : {}),
    };
  });
}

/** The headless Service document for a StatefulSet whose `spec.serviceName` is `name`. */
export function draftHeadlessService(sts: Resource, name: string): YamlObject {
  const namespace = getString(sts.root, 'metadata.namespace')?.value;
  const labels = Object.fromEntries(templateLabels(sts));
  const ports = servicePorts(sts);
  const spec: YamlObject = {
    clusterIP: 'None',
    ...(Object.keys(labels).length > 0 ? { selector: labels } : {}),
    ...(ports.length > 0 ? { ports } : {}),
  };
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, ...(namespace ? { namespace } : {}) }, spec };
}
