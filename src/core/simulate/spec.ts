// The StatefulSet as the controller sees it: the manifest with the apiserver's defaults applied
// (SetDefaults_StatefulSet, docs/controller-model.md §1 and docs/validation.md §2).

export type Json = unknown;
type JsonObject = Record<string, unknown>;

export interface ClaimTemplate {
  readonly name: string;
}

export interface EffectiveSpec {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: number;
  readonly startOrdinal: number;
  readonly serviceName: string;
  readonly parallel: boolean;
  readonly updateType: 'RollingUpdate' | 'OnDelete';
  /** Null for OnDelete, and for an explicit `type: RollingUpdate` without a `rollingUpdate` block. */
  readonly rollingUpdate: { readonly partition: number; readonly maxUnavailable: number | string | undefined } | null;
  readonly minReadySeconds: number;
  /** Old ControllerRevisions kept (default 10); a negative limit keeps them all (truncateHistory). */
  readonly revisionHistoryLimit: number;
  readonly whenDeleted: 'Retain' | 'Delete';
  readonly whenScaled: 'Retain' | 'Delete';
  /** By name; a later template of the same name replaces an earlier one, as in the controller. */
  readonly claimTemplates: readonly ClaimTemplate[];
  readonly containerCount: number;
  /** `spec.template`, the only input of a revision. */
  readonly template: Json;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : undefined;
  return current;
}

function wholeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** SetDefaults_StatefulSet: 10 when unset; the apiserver lets a negative value through. */
function historyLimit(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : 10;
}

function retention(value: unknown): 'Retain' | 'Delete' {
  return value === 'Delete' ? 'Delete' : 'Retain';
}

function updateStrategy(manifest: unknown): Pick<EffectiveSpec, 'updateType' | 'rollingUpdate'> {
  const strategy = at(manifest, 'spec', 'updateStrategy');
  const type = at(strategy, 'type');
  const block = at(strategy, 'rollingUpdate');
  if (type === 'OnDelete') return { updateType: 'OnDelete', rollingUpdate: null };
  // Only an omitted type is defaulted together with an empty rollingUpdate block.
  if (type === 'RollingUpdate' && !isObject(block)) return { updateType: 'RollingUpdate', rollingUpdate: null };
  const maxUnavailable = at(block, 'maxUnavailable');
  return {
    updateType: 'RollingUpdate',
    rollingUpdate: {
      partition: wholeNumber(at(block, 'partition'), 0),
      maxUnavailable: typeof maxUnavailable === 'number' || typeof maxUnavailable === 'string' ? maxUnavailable : undefined,
    },
  };
}

function claimTemplates(manifest: unknown): ClaimTemplate[] {
  const list = at(manifest, 'spec', 'volumeClaimTemplates');
  const byName = new Map<string, ClaimTemplate>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const name = at(item, 'metadata', 'name');
      if (typeof name === 'string' && name !== '') byName.set(name, { name });
    }
  }
  return [...byName.values()];
}

export function effectiveSpec(manifest: unknown): EffectiveSpec {
  const containers = at(manifest, 'spec', 'template', 'spec', 'containers');
  const namespace = at(manifest, 'metadata', 'namespace');
  const name = at(manifest, 'metadata', 'name');
  const serviceName = at(manifest, 'spec', 'serviceName');
  return {
    name: typeof name === 'string' ? name : 'unnamed',
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : 'default',
    replicas: wholeNumber(at(manifest, 'spec', 'replicas'), 1),
    startOrdinal: wholeNumber(at(manifest, 'spec', 'ordinals', 'start'), 0),
    serviceName: typeof serviceName === 'string' ? serviceName : '',
    parallel: at(manifest, 'spec', 'podManagementPolicy') === 'Parallel',
    ...updateStrategy(manifest),
    minReadySeconds: wholeNumber(at(manifest, 'spec', 'minReadySeconds'), 0),
    revisionHistoryLimit: historyLimit(at(manifest, 'spec', 'revisionHistoryLimit')),
    whenDeleted: retention(at(manifest, 'spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted')),
    whenScaled: retention(at(manifest, 'spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled')),
    claimTemplates: claimTemplates(manifest),
    containerCount: Array.isArray(containers) ? Math.max(1, containers.length) : 1,
    template: at(manifest, 'spec', 'template') ?? null,
  };
}

/** `maxUnavailable` as a pod count: a percentage of spec.replicas rounded down, at least 1 (nil → 1). */
export function resolveMaxUnavailable(value: number | string | undefined, replicas: number): number {
  if (value === undefined) return 1;
  if (typeof value === 'number') return Math.max(1, Math.floor(value));
  const percent = /^(\d+)%$/.exec(value.trim());
  if (!percent) return 1;
  return Math.max(1, Math.floor((Number(percent[1]) * replicas) / 100));
}

/** JSON merge patch (RFC 7386), as `kubectl patch --type merge` applies it. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** JSON with sorted keys: equal templates give equal text, whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// k8s.io/apimachinery/pkg/util/rand.SafeEncodeString's alphabet (no vowels, no confusable digits).
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A ControllerRevision name the way Kubernetes forms it, `<set>-<SafeEncodeString(fnv32)>`. The
 * hash input is our canonical template JSON rather than the apiserver's serialization, so names
 * have the real shape but not the real value.
 */
export function revisionName(setName: string, template: unknown): string {
  let hash = 0x811c9dc5;
  const text = canonicalJson(template);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const encoded = [...String(hash)].map((digit) => SAFE_ALPHABET[digit.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
  return `${setName}-${encoded}`;
}
