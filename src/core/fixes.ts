// Quick fixes for a diagnostic: the rule is found by the diagnostic's code (its rule id), never by
// its message, and asked for fixes in the same context it was checked in.
import type { Diagnostic, SourceFile } from './check';
import { collectResources } from './check';
import { reasonOf, reportInternalError } from './internalErrors';
import { t } from './l10n/messages';
import { describeResource, type Resource } from './model/resource';
import { findRule } from './rules/index';
import { innermostResource, ResourceIndex } from './model/resourceIndex';
import type { Fix, Finding, Rule } from './rules/types';

/** `rules`: those the diagnostics came from, when not the registry's (a language service's own). */
export function fixesFor(diagnostic: Diagnostic, files: readonly SourceFile[], index?: ResourceIndex, rules?: readonly Rule[]): Fix[] {
  const rule = rules ? rules.find((r) => r.id === diagnostic.ruleId) : findRule(diagnostic.ruleId);
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
  } catch (error) {
    return [failedFix(rule.id, resource, error)];
  }
}

/**
 * A fix that threw is a bug of ours: the other diagnostics and fixes stay, and instead of silently
 * offering nothing, the list says that the fix failed (applying it changes nothing) and the
 * internal-error listeners hear of it, as they do of a crashing check.
 */
function failedFix(ruleId: string, resource: Resource, error: unknown): Fix {
  const message = t('engine.fixFailed', ruleId, describeResource(resource), reasonOf(error));
  reportInternalError({ ruleId, phase: 'fix', message, error });
  return { title: message, edits: [] };
}
