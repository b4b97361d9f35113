// From a Kubernetes field path back to the located tree: where a change is reported (the edited
// document) and where its related information points (the baseline document).
import { getKey } from '../model/access';
import { isScalar, isSeq, type Range, type YNode } from '../model/types';
import { toPlainValue } from '../parse/toPlainValue';

/** `spec.volumeClaimTemplates[0].metadata.name` → ['spec', 'volumeClaimTemplates', 0, 'metadata', 'name']. */
export function splitPath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const segment of path.split('.')) {
    const bracket = segment.indexOf('[');
    parts.push(bracket === -1 ? segment : segment.slice(0, bracket));
    for (const index of segment.slice(bracket === -1 ? segment.length : bracket).matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts.filter((part) => part !== '');
}

/** The node at `path`, or the deepest node on the way there (a removed field points at its parent). */
export function nearestNode(root: YNode, path: string): { node: YNode; exact: boolean } {
  let node = root;
  for (const part of splitPath(path)) {
    const next = typeof part === 'number' ? (isSeq(node) ? node.items[part] : undefined) : getKey(node, part);
    if (next === undefined) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

/** Where to underline a node: a scalar itself, a collection by its key (not the whole block). */
export function reportRange(node: YNode): Range {
  return isScalar(node) ? node.range : (node.keyRange ?? node.range);
}

const MAX_SHOWN = 80;

/** A value as a message shows it: `"nginx"`, `3`, `{"app":"web"}` (shortened), `(unset)`. */
export function showNode(found: { node: YNode; exact: boolean } | undefined): string {
  if (!found?.exact) return '(unset)';
  const { node } = found;
  let text: string;
  try {
    text = isScalar(node) ? JSON.stringify(node.value) : JSON.stringify(toPlainValue(node));
  } catch {
    text = '…';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
