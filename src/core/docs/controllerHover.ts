// What the StatefulSet controller does with this manifest's value of a field, in a few sentences:
// pod management, update strategy, partition, maxUnavailable, minReadySeconds and PVC retention.
// Every sentence follows docs/controller-model.md (§2, §5, §6).
import { t } from './strings';
import { getNumber, getPath, getSeq, getString } from '../model/access';
import type { Resource } from '../model/resource';
import { effectivePartition, effectivePodManagementPolicy, effectiveUpdateStrategyType } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { resolveMaxUnavailable } from '../simulate/spec';
import { podCount, podNameAt } from './pods';
import { code, listNames } from './markdown';

/** Sections for the controller-facing fields of a StatefulSet; empty for other fields. */
export function controllerSections(sts: Resource, key: string): string[] {
  switch (key) {
    case 'spec.podManagementPolicy':
      return [podManagement(sts)];
    case 'spec.updateStrategy':
    case 'spec.updateStrategy.type':
      return [updateStrategy(sts)];
    case 'spec.updateStrategy.rollingUpdate':
    case 'spec.updateStrategy.rollingUpdate.partition':
      return [partition(sts)];
    case 'spec.updateStrategy.rollingUpdate.maxUnavailable':
      return maxUnavailable(sts);
    case 'spec.minReadySeconds':
      return [minReady(sts)];
    case 'spec.persistentVolumeClaimRetentionPolicy':
      return [retention(sts, 'whenDeleted'), retention(sts, 'whenScaled')];
    case 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted':
      return [retention(sts, 'whenDeleted')];
    case 'spec.persistentVolumeClaimRetentionPolicy.whenScaled':
      return [retention(sts, 'whenScaled')];
    default:
      return [];
  }
}

function minReadySeconds(sts: Resource): number {
  const value = getNumber(sts.root, 'spec.minReadySeconds')?.value;
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : 0;
}

function podManagement(sts: Resource): string {
  const policy = effectivePodManagementPolicy(sts);
  if (policy === 'Parallel') return t('hover.policy.parallel');
  if (policy !== 'OrderedReady') return t('hover.policy.invalid', code(policy));
  const first = sts.name ? code(podNameAt(sts, 0)) : '0';
  const wait = minReadySeconds(sts) > 0 ? t('hover.policy.waitAvailable', minReadySeconds(sts)) : t('hover.policy.waitReady');
  return t('hover.policy.orderedReady', first, wait);
}

function updateStrategy(sts: Resource): string {
  const type = effectiveUpdateStrategyType(sts);
  if (type === 'OnDelete') return t('hover.update.onDelete');
  if (type !== 'RollingUpdate') return t('hover.update.invalid', code(type));
  const count = podCount(sts);
  const wait = minReadySeconds(sts) > 0 ? t('hover.policy.waitAvailable', minReadySeconds(sts)) : t('hover.policy.waitReady');
  const lines = [t('hover.update.rolling', wait)];
  if (count !== undefined && count > 0 && sts.name && effectivePartition(sts) > 0) lines.push(partition(sts));
  return lines.join('\n\n');
}

/** Partition is an index counted from ordinals.start (§6): indices ≥ partition are updated. */
function partition(sts: Resource): string {
  if (effectiveUpdateStrategyType(sts) === 'OnDelete') return t('hover.partition.onDelete');
  const p = effectivePartition(sts);
  const count = podCount(sts);
  if (count === undefined || !sts.name || !Number.isInteger(p) || p < 0) return t('hover.partition.generic');
  const and = t('list.and');
  const lines: string[] = [];
  if (p === 0) lines.push(t('hover.partition.zero'));
  else if (p >= count) lines.push(t('hover.partition.none', p, count));
  else {
    const updated = listNames(count - p, (i) => podNameAt(sts, p + i), and);
    const kept = listNames(p, (i) => podNameAt(sts, i), and);
    lines.push(t(`hover.partition.split.${count - p === 1 ? 'one' : 'many'}.${p === 1 ? 'one' : 'many'}`, updated, kept));
  }
  const start = getNumber(sts.root, 'spec.ordinals.start')?.value ?? 0;
  if (p > 0 && p < count && start !== 0) lines.push(t('hover.partition.index', start, code(podNameAt(sts, Math.min(p, count)))));
  return lines.join(' ');
}

function maxUnavailable(sts: Resource): string[] {
  const node = getPath(sts.root, 'spec.updateStrategy.rollingUpdate.maxUnavailable');
  const value = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'string') ? node.value : undefined;
  const count = podCount(sts) ?? 1;
  const gate = t('hover.maxUnavailable.gate');
  if (value === undefined) return [gate];
  const budget = resolveMaxUnavailable(value, count);
  const lines = [t('hover.maxUnavailable.budget', budget)];
  if (typeof value === 'string' && /^\d+%$/.test(value.trim())) lines.push(t('hover.maxUnavailable.percent', code(value.trim()), count, budget));
  if (effectivePodManagementPolicy(sts) === 'OrderedReady') lines.push(t('hover.maxUnavailable.ordered'));
  return [lines.join(' '), gate];
}

function minReady(sts: Resource): string {
  const seconds = minReadySeconds(sts);
  if (seconds === 0) return t('hover.minReady.zero');
  const parallel = effectivePodManagementPolicy(sts) === 'Parallel';
  return t(parallel ? 'hover.minReady.parallel' : 'hover.minReady.ordered', seconds);
}

function retention(sts: Resource, which: 'whenDeleted' | 'whenScaled'): string {
  const written = getString(sts.root, `spec.persistentVolumeClaimRetentionPolicy.${which}`)?.value;
  const value = written === undefined || written === '' ? 'Retain' : written;
  if (value !== 'Retain' && value !== 'Delete') return t('hover.retention.invalid', code(which), code(value));
  const claims = claimNames(sts);
  const text = t(`hover.retention.${which}.${value === 'Retain' ? 'retain' : 'delete'}`);
  const names = claims ? t('hover.retention.claims', claims) : t('hover.retention.noClaims');
  return `${code(`${which}: ${value}`)} — ${text} ${names}`;
}

/** The PVC names of every claim template, elided; '' when there are none. */
function claimNames(sts: Resource): string {
  const templates = (getSeq(sts.root, 'spec.volumeClaimTemplates')?.items ?? [])
    .map((item) => getString(item, 'metadata.name')?.value)
    .filter((name): name is string => !!name);
  const count = podCount(sts);
  if (templates.length === 0 || !count || !sts.name) return '';
  const total = templates.length * count;
  const nameAt = (i: number) => `${templates[Math.floor(i / count)]}-${podNameAt(sts, i % count)}`;
  return listNames(total, nameAt, t('list.and'));
}
