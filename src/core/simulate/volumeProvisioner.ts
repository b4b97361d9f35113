// The volume provisioner (the PV controller with a default StorageClass's provisioner): binds a new
// claim to a fresh volume at once, or leaves it Pending with Kubernetes' own message when the
// environment has no StorageClass.
import { t } from '../l10n/messages';
import type { Pvc, World } from './world';

// The PV controller's words (pv_controller.go, FailedBinding): never translated.
export const NO_STORAGE_CLASS = 'no persistent volumes available for this claim and no storage class is set';

/** syncUnboundClaim, for a claim just created: Bound to `pv-<claim>`, or Pending. */
export function provisionClaim(world: World, pvc: Pvc): void {
  if (world.env.storageClass === 'none') {
    world.updatePvc(pvc, { reason: NO_STORAGE_CLASS });
    world.emit('PVCPending', pvc.name, { reason: 'FailedBinding', message: NO_STORAGE_CLASS });
    return;
  }
  const volume = `pv-${pvc.name}`;
  world.updatePvc(pvc, { phase: 'Bound', volume });
  world.emit('PVCBound', pvc.name, { message: t('sim.pvc.bound', pvc.name, volume) });
}
