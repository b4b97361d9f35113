// Small read helpers over the located tree. Rules use these instead of walking pairs by hand.
import { isListItem } from './listDocument';
import { detached } from '../text/detached';
import { isMap, isScalar, isSeq, type Located, type Range, type YMap, type YNode, type YSeq } from './types';

/** The value under `key` in a map (the last one wins, as in Kubernetes' JSON decoding). */
export function getKey(node: YNode | undefined, key: string): YNode | undefined {
  if (!isMap(node)) return undefined;
  for (let i = node.pairs.length - 1; i >= 0; i--) {
    if (node.pairs[i].key === key) return node.pairs[i].value;
  }
  return undefined;
}

/**
 * Paths are a few dozen literals read tens of thousands of times per check: split each once
 * (splitting on every read was most of getPath's cost in the 20k-line benchmark's profile).
 */
const segmentsByPath = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 4096;

function segmentsOf(path: string): readonly string[] {
  let segments = segmentsByPath.get(path);
  if (segments === undefined) {
    // Paths built from user keys would grow it without end; the literals fit many times over. A
    // path held is detached: one built from a key would keep its file's text alive (text/detached.ts).
    if (segmentsByPath.size >= MAX_CACHED_PATHS) return path.split('.');
    const held = detached(path);
    segmentsByPath.set(held, (segments = held.split('.')));
  }
  return segments;
}

/** Follows a dotted path of map keys: `getPath(root, 'spec.template.metadata')`. */
export function getPath(node: YNode | undefined, path: string): YNode | undefined {
  const segments = segmentsOf(path);
  let current = node;
  for (let i = 0; i < segments.length && current !== undefined; i++) current = getKey(current, segments[i]);
  return current;
}

export function getMap(node: YNode | undefined, path: string): YMap | undefined {
  const found = getPath(node, path);
  return isMap(found) ? found : undefined;
}

export function getSeq(node: YNode | undefined, path: string): YSeq | undefined {
  const found = getPath(node, path);
  return isSeq(found) ? found : undefined;
}

/** A scalar that is a string (as written or as typed by YAML), with its range. */
export function getString(node: YNode | undefined, path: string): Located<string> | undefined {
  const found = getPath(node, path);
  if (!isScalar(found) || typeof found.value !== 'string') return undefined;
  return { value: found.value, range: found.range };
}

/** A scalar that is a number, with its range. */
export function getNumber(node: YNode | undefined, path: string): Located<number> | undefined {
  const found = getPath(node, path);
  if (!isScalar(found) || typeof found.value !== 'number') return undefined;
  return { value: found.value, range: found.range };
}

/** Whether a field is present with a non-null value. `key:` alone decodes as null, i.e. unset. */
export function isSet(node: YNode | undefined): boolean {
  return node !== undefined && !(isScalar(node) && node.value === null);
}

/** A map of string to string (labels, selectors); non-string values are skipped. */
export function toStringMap(node: YNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!isMap(node)) return out;
  for (const pair of node.pairs) {
    if (isScalar(pair.value) && pair.value.value !== null) out.set(pair.key, String(pair.value.value));
  }
  return out;
}

/**
 * Kubernetes field path of a node: `spec.template.spec.containers[0].volumeMounts[1].name`. Inside
 * a List the path starts at the item, as the apiserver receives each item alone.
 */
export function pathOf(node: YNode | undefined): string {
  const parts: string[] = [];
  for (let current = node; current && current.key !== undefined && !isListItem(current); current = current.parent) {
    parts.push(typeof current.key === 'number' ? `[${current.key}]` : `.${current.key}`);
  }
  return parts.reverse().join('').replace(/^\./, '');
}

/** A block collection's range ends after its trailing newline; this one stops at its last value. */
export function trimmedRange(node: YNode): Range {
  let last: YNode = node;
  while (!('flow' in last && last.flow)) {
    const next: YNode | undefined = last.kind === 'map' ? last.pairs[last.pairs.length - 1]?.value : last.kind === 'seq' ? last.items[last.items.length - 1] : undefined;
    if (!next) break;
    last = next;
  }
  return { start: node.range.start, end: last.range.end };
}
