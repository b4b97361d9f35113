// `kind: List` documents (and typed lists such as `ServiceList`), as kubectl reads them: the
// unstructured decoder turns an object with an `items` list into an UnstructuredList
// (unstructuredJSONScheme.decodeToList, which gives an item with neither `kind` nor `apiVersion`
// the list's kind without `List` and the list's apiVersion), and FlattenListVisitor
// (k8s.io/cli-runtime resource/visitor.go) sends each item to the apiserver as an object of its own;
// the apiserver never sees the List. An item that is itself a list is not expanded: meta.ExtractList
// fails on it (`*unstructured.Unstructured is not a list: no Items field in this object`).
// docs/yaml-decoding.md §8.
import { isMap, isScalar, isSeq, type YMap, type YNode, type YSeq } from './types';

// access.ts asks isListItem for every field path, so this module cannot use its helpers (a cycle).
function valueOf(map: YMap, key: string): YNode | undefined {
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i].key === key) return map.pairs[i].value;
  return undefined;
}

/** The `items` of a list document: a map whose `kind` ends in `List` and whose `items` is a list. */
export function listItemsOf(root: YNode | undefined): YSeq | undefined {
  if (!isMap(root)) return undefined;
  const kind = valueOf(root, 'kind');
  if (!isScalar(kind) || typeof kind.value !== 'string' || !kind.value.endsWith('List')) return undefined;
  const items = valueOf(root, 'items');
  return isSeq(items) ? items : undefined;
}

/** Whether a node is an item of a list document: there, field paths start again (the item is sent alone). */
export function isListItem(node: YNode): boolean {
  const items = node.parent;
  return isSeq(items) && items.key === 'items' && items.parent !== undefined && items.parent.parent === undefined && listItemsOf(items.parent) === items;
}

/** An item that is a list itself (Unstructured.IsList: its `items` is a list), which kubectl cannot expand. */
export function isNestedList(item: YMap): boolean {
  return isSeq(valueOf(item, 'items'));
}

/** decodeToList: the kind an item without `kind` and `apiVersion` gets (`Service` in a `ServiceList`; none in a `List`). */
export function inheritedKind(listKind: string): string | undefined {
  const kind = listKind.slice(0, -'List'.length);
  return kind === '' ? undefined : kind;
}
