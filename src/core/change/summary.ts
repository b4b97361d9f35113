// The rollout of an edit in one line, for the plan and (later) a CodeLens: "template changed (image
// nginx:1.24 → nginx:1.25): RollingUpdate replaces web-4, web-3, web-2 one at a time, each waits
// Ready + minReadySeconds 10 s; web-1 and web-0 stay (partition 2)". Built from the simulated
// RolloutChange (rollout.ts) and the two manifests; worded in the current locale.
import { t } from '../l10n/messages';
import { getKey, getNumber } from '../model/access';
import type { Resource } from '../model/resource';
import { effectivePartition, effectiveReplicas, effectiveUpdateStrategyType } from '../model/statefulSet';
import { toPlainValue } from '../parse/toPlainValue';
import { diffValues, normalizeValue, type ValueChange } from './normalize';
import type { RolloutChange } from './rollout';

const MAX_FIELDS = 3;

/** `a`, `a and b`, `a, b and c`, in the current locale. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -1).reduce((list, name) => t('change.list.more', list, name));
  return t('change.list.two', head, names[names.length - 1]);
}

/** The changed places of the pod template; [] when it is equal (a revision is the template only). */
export function templateChanges(edited: Resource, baseline: Resource): ValueChange[] {
  const template = (r: Resource) => {
    try {
      return normalizeValue(toPlainValue(getKey(getKey(r.root, 'spec'), 'template')));
    } catch {
      return undefined; // too many aliases: the parse checks say so
    }
  };
  return diffValues(template(baseline), template(edited), 'spec.template');
}

/** `image nginx:1.24 → nginx:1.25` when only images changed, else the changed fields (at most three). */
function describeTemplateChange(changes: readonly ValueChange[]): string {
  if (changes.every((c) => c.path.endsWith('.image'))) {
    return changes.map((c) => t('change.image', String(c.before ?? '(unset)'), String(c.after ?? '(unset)'))).join(', ');
  }
  const paths = changes.slice(0, MAX_FIELDS).map((c) => c.path);
  return t('change.fields', paths.join(', ') + (changes.length > MAX_FIELDS ? ', …' : ''));
}

function describeUpdate(edited: Resource, rollout: RolloutChange): string[] {
  if (effectiveUpdateStrategyType(edited) === 'OnDelete') return [t('change.onDelete', rollout.toRevision)];
  const partition = effectivePartition(edited);
  if (rollout.replaced.length === 0) return [rollout.unchanged.length === 0 ? t('change.noPods') : t('change.noneReplaced', partition)];
  const minReady = getNumber(edited.root, 'spec.minReadySeconds')?.value ?? 0;
  const replaced = joinNames(rollout.replaced);
  const parts = [minReady > 0 ? t('change.rollingMinReady', replaced, minReady) : t('change.rolling', replaced)];
  const stay = [...rollout.unchanged].reverse();
  if (stay.length > 0) parts.push(partition > 0 ? t('change.stayPartition', joinNames(stay), partition) : t('change.stay', joinNames(stay)));
  return parts;
}

function describeScale(edited: Resource, baseline: Resource, rollout: RolloutChange): string | undefined {
  const [from, to] = [effectiveReplicas(baseline), effectiveReplicas(edited)];
  if (from === to) return undefined;
  if (to < from) return t('change.scaleDown', from, to, joinNames(rollout.deleted));
  if (rollout.claimsCreated.length === 0) return t('change.scaleUp', from, to, joinNames(rollout.created));
  return t('change.scaleUpClaims', from, to, joinNames(rollout.created), joinNames(rollout.claimsCreated));
}

/** What the controller does and waits for after the edit is applied, in one line. */
export function describeRollout(edited: Resource, baseline: Resource, rollout: RolloutChange): string {
  const parts: string[] = [];
  const changes = templateChanges(edited, baseline);
  if (changes.length > 0) {
    const [first, ...rest] = describeUpdate(edited, rollout);
    parts.push(`${t('change.template', describeTemplateChange(changes))}: ${first}`, ...rest);
  }
  const scale = describeScale(edited, baseline, rollout);
  if (scale !== undefined) parts.push(scale);
  if (parts.length === 0) parts.push(t('change.noRestart'));
  return parts.join(t('change.separator'));
}
