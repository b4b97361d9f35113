// The volume provisioner (the PV controller with the StorageClass's provisioner): binds a new
// claim to a fresh volume at once (volumeBindingMode Immediate, in the next zone of the nodes'
// zones in turn), leaves it Pending until a pod using it is scheduled (WaitForFirstConsumer,
// volumeBinding.ts), or leaves it Pending with Kubernetes' own message when the environment has
// no StorageClass.
import { t } from '../l10n/messages';
import type { Pvc, World } from './world';

// The PV controller's words (pv_controller.go, FailedBinding and WaitForFirstConsumer): never translated.
export const NO_STORAGE_CLASS = 'no persistent volumes available for this claim and no storage class is set';
const WAITING_FOR_CONSUMER = 'waiting for first consumer to be created before binding';

/** Binds the claim to `pv-<claim>` in `zone`: PVCBound, then PVCZoneBound when the volume has a zone. */
export function bindClaim(world: World, pvc: Pvc, zone: string | null): void {
  const volume = `pv-${pvc.name}`;
  const storageClass = world.env.storageClass;
  world.updatePvc(pvc, { phase: 'Bound', volume, zone, reason: undefined });
  const message = typeof storageClass === 'object' ? t('sim.pvc.boundBy', pvc.name, volume, storageClass.name) : t('sim.pvc.bound', pvc.name, volume);
  world.emit({ time: world.time, type: 'PVCBound', object: pvc.name, message });
  if (zone !== null) world.emit({ time: world.time, type: 'PVCZoneBound', object: pvc.name, zone, message: t('sim.pvc.zoneBound', volume, zone, pvc.name) });
}

/** syncUnboundClaim, for a claim just created: Bound, Pending until its first consumer, or Pending for good. */
export function provisionClaim(world: World, pvc: Pvc): void {
  const storageClass = world.env.storageClass;
  if (storageClass === 'none') {
    world.updatePvc(pvc, { reason: NO_STORAGE_CLASS });
    world.emit({ time: world.time, type: 'PVCPending', object: pvc.name, reason: 'FailedBinding', message: NO_STORAGE_CLASS });
    return;
  }
  if (typeof storageClass === 'object' && storageClass.volumeBindingMode === 'WaitForFirstConsumer') {
    world.updatePvc(pvc, { reason: WAITING_FOR_CONSUMER });
    world.emit({ time: world.time, type: 'PVCPending', object: pvc.name, reason: 'WaitForFirstConsumer', message: WAITING_FOR_CONSUMER });
    return;
  }
  bindClaim(world, pvc, world.cluster?.nextZone() ?? null);
}
