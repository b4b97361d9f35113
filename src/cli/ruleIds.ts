// Every id `--rule ID=LEVEL` can name: the rule registry, the engine's own notices, and the YAML
// parser's error codes (a finding's rule is one of these). An id outside this list is a typo, not
// a rule that happens never to fire, so it is rejected instead of being accepted silently.
import type { ErrorCode } from 'yaml';
import { closestName, FILE_SKIPPED, HELM_SKIPPED, INTERNAL_ERROR, SCHEMA_RULE_ID } from '../core/index';
import { languageService } from './languageService';

// A Record over ErrorCode, so that a code added to `yaml` fails the type-check until listed here.
const YAML_CODES: Readonly<Record<ErrorCode, true>> = {
  ALIAS_PROPS: true, BAD_ALIAS: true, BAD_DIRECTIVE: true, BAD_DQ_ESCAPE: true, BAD_INDENT: true, BAD_PROP_ORDER: true,
  BAD_SCALAR_START: true, BLOCK_AS_IMPLICIT_KEY: true, BLOCK_IN_FLOW: true, DUPLICATE_KEY: true, IMPOSSIBLE: true,
  KEY_OVER_1024_CHARS: true, MISSING_CHAR: true, MULTILINE_IMPLICIT_KEY: true, MULTIPLE_ANCHORS: true, MULTIPLE_DOCS: true,
  MULTIPLE_TAGS: true, NON_STRING_KEY: true, RESOURCE_EXHAUSTION: true, TAB_AS_INDENT: true, TAG_RESOLVE_FAILED: true,
  UNEXPECTED_TOKEN: true, BAD_COLLECTION_TYPE: true,
};

/** The parser's own finding for indentation it accepts leniently (parse/parseChunk.ts). */
const LENIENT_INDENT = 'yaml-lenient-indent';

export function knownRuleIds(): string[] {
  const engine = [SCHEMA_RULE_ID, HELM_SKIPPED, FILE_SKIPPED, INTERNAL_ERROR, LENIENT_INDENT];
  return [...new Set([...languageService.rules.map((rule) => rule.id), ...engine, ...Object.keys(YAML_CODES)])];
}

/** undefined when `id` is known; else the known id it was most likely meant to be, or '' when none is close. */
export function unknownRuleSuggestion(id: string): string | undefined {
  const known = knownRuleIds();
  return known.includes(id) ? undefined : closestName(id, known) ?? '';
}
