// Items of a `kind: List` document that kubectl cannot send (docs/yaml-decoding.md §8): a list
// inside the list, which FlattenListVisitor hands to meta.ExtractList and fails on, and an item that
// has no kind even after decodeToList gave it the typed list's one.
import { getKey, getString } from '../model/access';
import { inheritedKind, isNestedList, listItemsOf } from '../model/listDocument';
import { isMap, isSeq, type YMap } from '../model/types';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'list-item-invalid',
  meta: {
    severity: 'error', appliesTo: ['*'], scope: 'document',
    docs: {
      summary:
        'kubectl sends each item of a `kind: List` (or `ServiceList`, …) document as an object of its own. An item that is itself a list is not expanded: kubectl fails on it (`is not a list: no Items field in this object`) and creates none of its items. An item needs a `kind`: only a typed list gives one (`Service` in a `ServiceList`) to items that write neither `kind` nor `apiVersion`; in a plain `List` kubectl fails with `Object \'Kind\' is missing`.',
      remediation: 'Move the items of a nested list into the outer `items` (or into documents of their own, separated by `---`), and give every item of a `List` its `apiVersion` and `kind`.',
      url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#collections',
    },
    source: 'ExtractList',
  },
  messages: {
    nested: 'items[{0}]: a list inside a List is not expanded: kubectl fails with "is not a list: no Items field in this object" and creates none of its {1} items',
    kindMissing: "items[{0}]: Object 'Kind' is missing: kubectl cannot send this item of a {1}",
  },
  check(ctx) {
    const { root } = ctx.resource;
    const items = listItemsOf(root);
    if (!items) return;
    const typed = inheritedKind(ctx.resource.kind.value) !== undefined;
    items.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const range = item.pairs[0]?.keyRange ?? item.range;
      const path = `items[${index}]`;
      if (isNestedList(item)) ctx.report({ range, path, messageId: 'nested', args: [index, nestedCount(item)] });
      else if (!hasKind(item, typed)) ctx.report({ range, path, messageId: 'kindMissing', args: [index, ctx.resource.kind.value] });
    });
  },
});

function nestedCount(item: YMap): number {
  const nested = getKey(item, 'items');
  return isSeq(nested) ? nested.items.length : 0;
}

/** decodeToList: a typed list's kind goes to items that write neither kind nor apiVersion. */
function hasKind(item: YMap, typed: boolean): boolean {
  if (getString(item, 'kind')?.value) return true;
  return typed && !getString(item, 'apiVersion')?.value;
}
