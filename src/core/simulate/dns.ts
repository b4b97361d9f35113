// The headless Service's DNS (the EndpointSlice controller and cluster DNS together): a pod's
// record is published while it is Ready, or while it has an IP with publishNotReadyAddresses.
import { t } from '../l10n/messages';
import type { Pod, World } from './world';

/** The pod's per-pod DNS name, or null when no headless Service governs the pods. */
export function dnsName(world: World, pod: Pod): string | null {
  const suffix = world.podDnsSuffix;
  return suffix === null ? null : pod.name + suffix;
}

/** The pod a DNS event names (by its DNS name, or by its name when it has none). */
export function podOfDnsName(world: World, name: string): Pod | undefined {
  const suffix = world.podDnsSuffix;
  return world.pods.get(suffix !== null && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name);
}

/** Publishes or withdraws the pod's DNS record to match its state. */
export function syncDns(world: World, pod: Pod): void {
  const name = dnsName(world, pod);
  const wanted = name !== null && pod.ip !== null && !pod.terminating && pod.phase !== 'Failed' && (pod.ready || world.service!.publishNotReadyAddresses);
  if (wanted === pod.published) return;
  world.updatePod(pod, { published: wanted });
  if (wanted) world.emit({ time: world.time, type: 'DNSRecordAdded', object: name!, ip: pod.ip!, message: `${name} -> ${pod.ip}` });
  else world.emit({ time: world.time, type: 'DNSRecordRemoved', object: name ?? pod.name, ip: pod.ip ?? undefined, message: t('sim.dns.removed', String(name)) });
}
