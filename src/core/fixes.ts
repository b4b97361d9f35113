// Quick fixes for a diagnostic: the rule is found by the diagnostic's code (its rule id), never by
// its message, and asked for fixes in the same context it was checked in.
import type { Diagnostic, SourceFile } from './check';
import { collectResources } from './check';
import { findRule } from './rules/index';
import { innermostResource, ResourceIndex } from './model/resourceIndex';
import type { Fix, Finding } from './rules/types';

export function fixesFor(diagnostic: Diagnostic, files: readonly SourceFile[], index?: ResourceIndex): Fix[] {
  const rule = findRule(diagnostic.ruleId);
  if (!rule?.fixes) return [];
  const resourceIndex = index ?? new ResourceIndex(collectResources(files));
  const inDocument = resourceIndex.inFile(diagnostic.uri).filter((r) => r.doc.index === diagnostic.document);
  const resource = innermostResource(inDocument, diagnostic.range.start - (inDocument[0]?.doc.offset ?? 0));
  if (!resource) return [];
  const offset = resource.doc.offset;
  const finding: Finding = {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    range: { start: diagnostic.range.start - offset, end: diagnostic.range.end - offset },
    message: diagnostic.message,
    path: diagnostic.path,
    data: diagnostic.data,
  };
  try {
    const texts = new Map(files.map((file) => [file.uri, file.parsed.text]));
    return rule.fixes(finding, { resource, index: resourceIndex, textOf: (uri) => texts.get(uri) });
  } catch {
    return [];
  }
}
