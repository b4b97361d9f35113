// Recognises Helm / Go template syntax. `{{` inside a quoted or block scalar is ordinary text (Argo
// CD ships notification templates that way) and must still be checked; `{{` as YAML structure
// (`replicas: {{ .Values.n }}`, `{{- if … }}` lines) or inside a plain scalar
// (`image: repo/{{ .Values.tag }}`) means the file is a chart template, not YAML.
import { isMap, isScalar, Scalar, visit, type Document, type Node as YamlNode } from 'yaml';

function isTemplateFlowMap(node: unknown): boolean {
  // `{{ x }}` parses as a flow map whose only key is another flow map.
  if (!isMap(node) || !node.flow) return false;
  const first = node.items[0];
  return first !== undefined && isMap(first.key) && (first.key as { flow?: boolean }).flow === true;
}

function isTemplatePlainScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === Scalar.PLAIN || node.type === undefined) && typeof node.value === 'string' && node.value.includes('{{');
}

export function findHelmSyntax(doc: Document, text: string): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node: YamlNode) {
      if (isTemplateFlowMap(node) || isTemplatePlainScalar(node)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
    Pair(_key, pair) {
      if (isTemplateFlowMap(pair.key) || isTemplatePlainScalar(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (found) return true;
  // A template that broke the YAML structure: errors, and `{{` outside any quoted or block scalar.
  return doc.errors.length > 0 && hasTemplateOutsideStrings(doc, text);
}

function hasTemplateOutsideStrings(doc: Document, text: string): boolean {
  const stringSpans: Array<[number, number]> = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== Scalar.PLAIN && node.range) stringSpans.push([node.range[0], node.range[1]]);
    },
  });
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) {
    if (!stringSpans.some(([s, e]) => at >= s && at < e)) return true;
  }
  return false;
}
