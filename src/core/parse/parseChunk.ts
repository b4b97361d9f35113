// Parses one document's text (a chunk from splitDocuments) into the located tree, with its YAML
// problems. Pure and cacheable by text: the result does not depend on where the chunk sits.
import { parseAllDocuments, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { t } from '../l10n/messages';
import type { Range, YNode } from '../model/types';
import { findHelmSyntax } from './helm';
import type { Severity } from '../model/severity';
import { toYamlTree } from './yamlTree';

export type { Severity };

export interface YamlProblem {
  /** The `yaml` package's ErrorCode (`BAD_INDENT`, `DUPLICATE_KEY`, …) or one of ours. */
  readonly code: string;
  readonly message: string;
  readonly range: Range;
  readonly severity: Severity;
}

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
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'failsafe',
  prettyErrors: false,
  strict: false,
  uniqueKeys: true,
};

const MAX_LENIENT_RETRIES = 50;

function toProblem(error: YAMLError, severity: Severity): YamlProblem {
  const [start, end] = error.pos;
  return { code: error.code, message: error.message.split('\n')[0], range: { start, end: Math.max(end, start) }, severity };
}

function parseOne(text: string): Document | undefined {
  const docs = parseAllDocuments(text, OPTIONS);
  return Array.isArray(docs) && docs.length > 0 ? docs[0] : undefined;
}

function isUnderIndentedQuote(doc: Document, text: string): YAMLError | undefined {
  const first = doc.errors[0];
  if (!first || first.code !== 'MISSING_CHAR' || !/quote/i.test(first.message)) return undefined;
  const at = first.pos[0];
  return text[at] === '\n' || text[at] === '\r' ? first : undefined;
}

/**
 * go-yaml accepts a multi-line quoted scalar whose continuation line is indented no deeper than
 * its key; `yaml` does not (the Kubernetes e2e redis manifest has one). Joining that line break
 * with a space keeps every offset, and the value only differs in folded whitespace.
 */
function parseLeniently(text: string, doc: Document): { doc: Document; relaxed: number[] } {
  let current = doc;
  let source = text;
  const relaxed: number[] = [];
  for (let i = 0; i < MAX_LENIENT_RETRIES; i++) {
    const error = isUnderIndentedQuote(current, source);
    if (!error) break;
    const at = error.pos[0];
    source = source.slice(0, at) + ' ' + source.slice(at + 1);
    const retry = parseOne(source);
    if (!retry) break;
    current = retry;
    relaxed.push(at);
  }
  return current.errors.length === 0 ? { doc: current, relaxed } : { doc, relaxed: [] };
}

export function parseChunk(text: string): ParsedChunk {
  const parsed = parseOne(text);
  if (!parsed) return { root: undefined, problems: [], helm: false, noDocument: true };
  if (text.includes('{{') && findHelmSyntax(parsed, text)) {
    return { root: undefined, problems: [], helm: true, noDocument: false };
  }
  const { doc, relaxed } = parsed.errors.length > 0 ? parseLeniently(text, parsed) : { doc: parsed, relaxed: [] };
  const problems: YamlProblem[] = [
    ...doc.errors.map((e) => toProblem(e, 'error')),
    ...doc.warnings.map((w) => toProblem(w, 'warning')),
    ...relaxed.map((at) => ({
      code: 'yaml-lenient-indent',
      message: t('engine.lenientIndent'),
      range: { start: at, end: at + 1 },
      severity: 'hint' as const,
    })),
  ];
  // A document whose structure is broken is still checked where it parsed: the errors say where.
  return { root: toYamlTree(doc), problems, helm: false, noDocument: false };
}
