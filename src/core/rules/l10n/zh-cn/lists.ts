// Simplified Chinese for the rules on `kind: List` documents (list-*); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const listsZh: Translations = {
  'list-item-invalid': {
    summary:
      'kubectl 会把 `kind: List`（或 `ServiceList` 等）文档中的每个条目作为独立的对象发送。本身也是列表的条目不会被展开：kubectl 会在它上面报错（`is not a list: no Items field in this object`），其中的条目一个也不会创建。每个条目都需要 `kind`：只有带类型的列表（`ServiceList` 中为 `Service`）会把它赋给既没写 `kind` 也没写 `apiVersion` 的条目；在普通的 `List` 中，kubectl 会报 `Object \'Kind\' is missing`。',
    remediation: '把嵌套列表中的条目移到外层的 `items` 中（或放进用 `---` 分隔的独立文档），并为 `List` 的每个条目写上 `apiVersion` 和 `kind`。',
    nested: 'items[{0}]: List 中嵌套的列表不会被展开：kubectl 会报错 "is not a list: no Items field in this object"，其中的 {1} 个条目都不会被创建',
    kindMissing: "items[{0}]: Object 'Kind' is missing（kubectl 无法发送 {1} 中的这个条目：缺少 kind）",
  },
};
