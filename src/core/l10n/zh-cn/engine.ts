// Simplified Chinese for en/engine.ts. The apiserver's own wording (`Required value`, `Unsupported value`,
// `unknown field`) stays as the apiserver prints it: users search for it.
import type { engine } from '../en/engine';

export const engineZh: Readonly<Record<keyof typeof engine, string>> = {
  'schema.unknownField': 'unknown field "{0}"（未知字段）',
  'schema.unknownField.didYouMean': 'unknown field "{0}"（未知字段）；是不是想写 "{1}"？',
  'schema.required': '{0}: Required value（缺少必填字段）',
  'schema.unsupportedValue': '{0}: Unsupported value: {1}: supported values: {2}（不支持该取值）',
  'schema.int32Range': '{0}: {1} 超出了 32 位整数的范围',
  'schema.notQuantity': '{0}: {1} 不是合法的数量（quantity）：请写一个数字，可以带单位，例如 "500m"、"2"、"128Mi" 或 "1Gi"',
  'schema.expectedType': '{0}: 应为{1}，实际为{2}',
  'schema.type.object': '对象',
  'schema.type.list': '列表',
  'schema.type.string': '字符串',
  'schema.type.integer': '整数',
  'schema.type.number': '数字',
  'schema.type.boolean': '布尔值',
  'schema.type.intOrString': '整数或字符串',
  'schema.type.quantity': '数量（如 "500m" 或 "1Gi" 这样的字符串，或一个数字）',
  'schema.value.string': '字符串 {0}',
  'schema.value.number': '数字 {0}',
  'schema.value.boolean': '布尔值 {0}',
  'engine.helmSkipped':
    '发现 Helm 模板语法（{{ … }}）：这是一个 chart 模板，不是普通的 YAML，因此 StatefulSet Studio 跳过了它。请改为检查渲染后的输出（helm template … | statefulset-studio check -）。',
  'engine.internalError': '规则 {0} 在检查 {1} 时出错：{2}。请报告此问题。',
  'engine.fileTooLarge': '文件未检查：大小为 {0}，超过了 {1} 的上限（设置项 statefulsetStudio.maxFileSize，CLI 参数 --max-file-size）。',
  'engine.lenientIndent': '这个带引号的标量跨行书写，续行的缩进没有比它的键更深。Kubernetes 接受这种写法，但更严格的 YAML 工具会拒绝它。',
  'engine.unknownAnchor': "引用了未知的锚点 '{0}'：别名必须指向同一文档中在它之前定义的锚点。Kubernetes 会拒绝这个文档。",
  'engine.controlCharacter': '不允许出现控制字符（{0}）：Kubernetes 会拒绝这个文档。',
  'engine.aliasExpansion': '别名展开过多：这些别名复制了 {0} 个值（上限 {1}）。',
  'schema.walkFailed': '模式检查提前停止（{0}）；此后的字段未被检查。请报告此问题。',
};
