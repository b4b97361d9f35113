// `environment.nodes` of a simulator script: [{name, zone, capacity: {pods, cpu, memory}, labels}].
// Capacities take numbers (cpu in cores, memory in bytes) or Kubernetes quantities (`500m`, `8Gi`).
// Duplicate names and a node that can hold no pod are refused: no cluster is like that on purpose.
import { t } from '../l10n/messages';
import { quantityValue } from '../model/quantityValue';
import type { NodeSpec } from './types';
import { describe, isPlain, type Check } from './values';

const NODE_KEYS = ['name', 'zone', 'capacity', 'labels'];
const CAPACITY_KEYS = ['pods', 'cpu', 'memory'] as const;
/** More nodes than this would only slow the scheduler down; the simulator's point is a few nodes. */
export const MAX_NODES = 1_000;

export function toNodes(raw: unknown): Check<NodeSpec[]> {
  if (raw === undefined) return { value: [] };
  if (!Array.isArray(raw)) return { error: t('sim.script.list', 'environment.nodes', describe(raw)) };
  if (raw.length > MAX_NODES) return { error: t('sim.script.tooManyNodes', 'environment.nodes', raw.length, MAX_NODES) };
  const nodes: NodeSpec[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < raw.length; index++) {
    const node = toNode(raw[index], `environment.nodes[${index}]`);
    if ('error' in node) return node;
    if (seen.has(node.value.name)) return { error: t('sim.script.duplicateNode', `environment.nodes[${index}].name`, node.value.name) };
    seen.add(node.value.name);
    nodes.push(node.value);
  }
  return { value: nodes };
}

function toNode(raw: unknown, where: string): Check<NodeSpec> {
  if (!isPlain(raw)) return { error: t('sim.script.map', where, describe(raw)) };
  const unknown = Object.keys(raw).find((key) => !NODE_KEYS.includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', where, unknown, NODE_KEYS.join(', ')) };
  const { name, zone = null, labels = {} } = raw;
  if (typeof name !== 'string' || name === '') return { error: t('sim.script.nonEmptyString', `${where}.name`, describe(name)) };
  if (zone !== null && (typeof zone !== 'string' || zone === '')) return { error: t('sim.script.nonEmptyString', `${where}.zone`, describe(zone)) };
  const capacity = toCapacity(raw.capacity, `${where}.capacity`);
  if ('error' in capacity) return capacity;
  if (!isPlain(labels) || !Object.values(labels).every((v) => typeof v === 'string')) {
    return { error: t('sim.script.labels', `${where}.labels`, describe(labels)) };
  }
  return { value: { name, zone, capacity: capacity.value, labels: labels as Record<string, string> } };
}

function toCapacity(raw: unknown, where: string): Check<NodeSpec['capacity']> {
  if (raw === undefined) return { value: {} };
  if (!isPlain(raw)) return { error: t('sim.script.map', where, describe(raw)) };
  const unknown = Object.keys(raw).find((key) => !(CAPACITY_KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', where, unknown, CAPACITY_KEYS.join(', ')) };
  const capacity: { pods?: number; cpu?: number; memory?: number } = {};
  for (const key of CAPACITY_KEYS) {
    if (raw[key] === undefined) continue;
    const value = toAmount(raw[key]);
    if (value === undefined || (key === 'pods' && !Number.isInteger(value))) return { error: t('sim.script.capacity', `${where}.${key}`, describe(raw[key])) };
    if (value === 0) return { error: t('sim.script.zeroCapacity', `${where}.${key}`) };
    capacity[key] = value;
  }
  return { value: capacity };
}

/** A non-negative amount: a number, or a quantity such as `500m` or `8Gi`. */
function toAmount(raw: unknown): number | undefined {
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  const quantity = quantityValue(raw);
  if (!quantity) return undefined;
  const value = Number(quantity.num) / Number(quantity.den);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
