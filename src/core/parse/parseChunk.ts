// Parses one document's text (a chunk from splitDocuments) into the located tree, with its YAML
// problems. Pure and cacheable by text: the result does not depend on where the chunk sits.
import { parseAllDocuments, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { t } from '../l10n/messages';
import type { YNode } from '../model/types';
import type { Severity } from '../model/severity';
import { findControlCharacter } from './controlCharacters';
import { findDuplicateKeys } from './duplicateKeys';
import { GO_SCALAR_TAGS } from './goTags';
import { findHelmSyntax } from './helm';
import { relaxQuotedBreaks } from './lenientQuotes';
import type { YamlProblem } from './yamlProblem';
import { toYamlTree } from './yamlTree';

export type { Severity, YamlProblem };

export interface ParsedChunk {
  readonly root: YNode | undefined;
  readonly problems: readonly YamlProblem[];
  /** Helm/Go template syntax was found: the chunk is a chart template, not YAML to check. */
  readonly helm: boolean;
  /** True when the chunk produced no YAML document at all (only comments or whitespace). */
  readonly noDocument: boolean;
}

// The failsafe schema leaves every scalar a string: yamlTree.ts types plain scalars the way
// go-yaml v2 (which Kubernetes uses) does (goScalar.ts), and resolves `<<` merge keys itself.
// Explicit `!!int`-like tags resolve as go-yaml resolves them (goTags.ts). Duplicate keys are
// found by duplicateKeys.ts: `uniqueKeys: true` is quadratic in the keys of a map.
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'failsafe',
  customTags: [...GO_SCALAR_TAGS],
  prettyErrors: false,
  strict: false,
  uniqueKeys: false,
};

function toProblem(error: YAMLError, severity: Severity): YamlProblem {
  const [start, end] = error.pos;
  return { code: error.code, message: error.message.split('\n')[0], range: { start, end: Math.max(end, start) }, severity };
}

function parseOne(text: string): Document | undefined {
  const docs = parseAllDocuments(text, OPTIONS);
  return Array.isArray(docs) && docs.length > 0 ? docs[0] : undefined;
}

/** The document re-parsed with under-indented quoted line breaks relaxed, when that parses cleanly. */
function parseLeniently(text: string, doc: Document): { doc: Document; relaxed: readonly number[] } {
  const relaxed = relaxQuotedBreaks(text);
  const retry = relaxed && parseOne(relaxed.text);
  return retry && retry.errors.length === 0 ? { doc: retry, relaxed: relaxed.breaks } : { doc, relaxed: [] };
}

function lenientHint(at: number): YamlProblem {
  return { code: 'yaml-lenient-indent', message: t('engine.lenientIndent'), range: { start: at, end: at + 1 }, severity: 'hint' };
}

/** Syntax errors in source order (the first one is what the CLI and the panel show), then the rest. */
function collectProblems(doc: Document, text: string, treeProblems: readonly YamlProblem[], relaxed: readonly number[]): YamlProblem[] {
  const control = findControlCharacter(text);
  const errors = [...doc.errors.map((e) => toProblem(e, 'error')), ...findDuplicateKeys(doc), ...treeProblems, ...(control ? [control] : [])];
  return [
    ...errors.sort((a, b) => a.range.start - b.range.start),
    ...doc.warnings.map((w) => toProblem(w, 'warning')),
    ...relaxed.map(lenientHint),
  ];
}

export function parseChunk(text: string): ParsedChunk {
  const parsed = parseOne(text);
  if (!parsed) return { root: undefined, problems: [], helm: false, noDocument: true };
  if (text.includes('{{') && findHelmSyntax(parsed, text)) {
    return { root: undefined, problems: [], helm: true, noDocument: false };
  }
  const { doc, relaxed } = parsed.errors.length > 0 ? parseLeniently(text, parsed) : { doc: parsed, relaxed: [] };
  const tree = toYamlTree(doc);
  // A document whose structure is broken is still checked where it parsed: the errors say where.
  return { root: tree.root, problems: collectProblems(doc, text, tree.problems, relaxed), helm: false, noDocument: false };
}
