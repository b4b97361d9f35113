// The engine: runs the rules over every resource of every file checked together, and turns
// document-relative findings into file diagnostics. The CLI and the VS Code adapter both call it.
import { FILE_SKIPPED, HELM_SKIPPED, INTERNAL_ERROR, SCHEMA_RULE_ID } from './engineIds';
import { reasonOf, reportInternalError } from './internalErrors';
import { t } from './l10n/messages';
import { describeResource, toResources, type Resource } from './model/resource';
import { LineIndex } from './parse/lineIndex';
import type { ParsedFile } from './parse/parseFile';
import { rules as allRules } from './rules/index';
import { ResourceIndex } from './model/resourceIndex';
import type { Finding, Rule, Severity } from './rules/types';
import { findSuppressions, isSuppressed } from './suppression';
import type { Range, YMap } from './model/types';
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from './model/kubernetesVersion';
import type { BaselineLookup, BaselineMatcher } from './change/baselineIndex';

export interface SourceFile {
  readonly uri: string;
  readonly parsed: ParsedFile;
}

export interface RelatedLocation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export interface Diagnostic {
  readonly uri: string;
  /** 0-based index of the document in its file. */
  readonly document: number;
  readonly kind?: string;
  readonly name?: string;
  readonly path: string;
  /** The rule id, or the `yaml` ErrorCode for syntax problems. */
  readonly ruleId: string;
  /** The rule's message id the message was built from (rules only). */
  readonly messageId?: string;
  readonly severity: Severity;
  readonly message: string;
  /** Absolute offsets in the file. */
  readonly range: Range;
  readonly related: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  /** Per rule id: another severity, or `off`. */
  readonly severities?: Readonly<Record<string, SeverityOverride>>;
  readonly rules?: readonly Rule[];
  /**
   * The baseline, for the update rules: a lookup of the resources being checked (BaselineIndex
   * `lookupFor`), or the BaselineIndex itself, matched here once with the resources the check
   * collects anyway. An editor checking one file at a time builds the lookup once per pass.
   */
  readonly baseline?: BaselineLookup | BaselineMatcher;
  /** The Kubernetes minor to check against (schema and version-dependent rules); the newest by default. */
  readonly kubernetesVersion?: KubernetesVersion;
}

export { FILE_SKIPPED, HELM_SKIPPED, INTERNAL_ERROR, SCHEMA_RULE_ID };

/**
 * Document-scope findings, cached with the parse of their document (per rule set and targeted
 * version), by the resource's root node: the parse keeps it, and a List's items share one document.
 */
const documentFindings = new WeakMap<readonly Rule[], Map<KubernetesVersion, WeakMap<YMap, Map<string, Finding[]>>>>();

export function collectResources(files: readonly SourceFile[]): Resource[] {
  const out: Resource[] = [];
  for (const file of files) {
    if (file.parsed.helm || file.parsed.skipped) continue;
    for (const doc of file.parsed.documents) out.push(...toResources(file.uri, doc));
  }
  return out;
}

/** Checks every file together (references across files resolve) and returns diagnostics per uri. */
export function checkFiles(files: readonly SourceFile[], options: CheckOptions = {}): Map<string, Diagnostic[]> {
  const resources = collectResources(files);
  const index = new ResourceIndex(resources);
  const baseline = lookupOf(options.baseline, resources);
  const out = new Map<string, Diagnostic[]>();
  for (const file of files) out.set(file.uri, checkOne(file, index.inFile(file.uri), index, options, baseline));
  return out;
}

/** Diagnostics of one file, given the index of everything checked with it (the editor's path). */
export function checkFileWith(file: SourceFile, index: ResourceIndex, options: CheckOptions = {}): Diagnostic[] {
  return checkOne(file, index.inFile(file.uri), index, options, lookupOf(options.baseline, index.resources));
}

/** A matcher is matched with the resources being checked, once (the baseline's identities are already indexed). */
function lookupOf(baseline: CheckOptions['baseline'], resources: readonly Resource[]): BaselineLookup | undefined {
  return typeof baseline === 'function' ? baseline : baseline?.lookupFor(resources);
}

/** `resources` are the file's own. */
function checkOne(
  file: SourceFile, resources: readonly Resource[], index: ResourceIndex, options: CheckOptions, baseline: BaselineLookup | undefined,
): Diagnostic[] {
  const { parsed } = file;
  if (parsed.skipped) return [fileNotice(file.uri, FILE_SKIPPED, parsed.skipped, { start: 0, end: 0 })];
  if (parsed.helm) return [helmNotice(file)];
  const rules = options.rules ?? allRules;
  const diagnostics: Diagnostic[] = [];
  for (const doc of parsed.documents) {
    for (const problem of doc.chunk.problems) {
      diagnostics.push({
        uri: file.uri, document: doc.index, path: '', ruleId: problem.code, severity: problem.severity, message: problem.message,
        range: shift(problem.range, doc.offset), related: [],
      });
    }
  }
  const version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  for (const resource of resources) diagnostics.push(...checkResource(resource, { index, rules, version, baseline: baseline?.(resource) }));
  return applyOptions(diagnostics, parsed.text, options);
}

const severityTables = new WeakMap<readonly Rule[], ReadonlyMap<string, Severity>>();

/** Rule id → default severity, built once per rule set (not once per resource). */
function severitiesOf(rules: readonly Rule[]): ReadonlyMap<string, Severity> {
  let table = severityTables.get(rules);
  if (!table) severityTables.set(rules, (table = new Map(rules.map((rule) => [rule.id, rule.meta.severity]))));
  return table;
}

/** What every rule of one check sees besides the resource. */
interface RunContext {
  readonly index: ResourceIndex;
  readonly rules: readonly Rule[];
  readonly version: KubernetesVersion;
  readonly baseline: Resource | undefined;
}

const applicableTables = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();

/** The rules whose `appliesTo` names this resource type (or `*`), worked out once per rule set and type, not per resource. */
function rulesFor(rules: readonly Rule[], type: string): readonly Rule[] {
  let byType = applicableTables.get(rules);
  if (!byType) applicableTables.set(rules, (byType = new Map()));
  let applicable = byType.get(type);
  if (!applicable) byType.set(type, (applicable = rules.filter(({ meta }) => meta.appliesTo.includes(type) || meta.appliesTo.includes('*'))));
  return applicable;
}

function checkResource(resource: Resource, run: RunContext): Diagnostic[] {
  const { rules } = run;
  const findings: Finding[] = [];
  const cached = cachedFindingsFor(rules, run.version, resource.root);
  for (const rule of rulesFor(rules, resource.type)) {
    const isDocumentScoped = rule.meta.scope === 'document';
    let result = isDocumentScoped ? cached.get(rule.id) : undefined;
    if (result === undefined) {
      result = runRule(rule, resource, run);
      if (isDocumentScoped) cached.set(rule.id, result);
    }
    for (const finding of result) findings.push(finding);
  }
  const severities = severitiesOf(rules);
  return dropSchemaDuplicates(findings).map((finding) => toDiagnostic(resource, finding, severities.get(finding.ruleId) ?? 'warning'));
}

function cachedFindingsFor(rules: readonly Rule[], version: KubernetesVersion, root: YMap): Map<string, Finding[]> {
  let perVersion = documentFindings.get(rules);
  if (!perVersion) documentFindings.set(rules, (perVersion = new Map()));
  let perRoot = perVersion.get(version);
  if (!perRoot) perVersion.set(version, (perRoot = new WeakMap()));
  let cached = perRoot.get(root);
  if (!cached) perRoot.set(root, (cached = new Map()));
  return cached;
}

function runRule(rule: Rule, resource: Resource, { index, baseline, version }: RunContext): Finding[] {
  try {
    return rule.check(baseline ? { resource, index, baseline, kubernetesVersion: version } : { resource, index, kubernetesVersion: version });
  } catch (error) {
    const message = t('engine.internalError', rule.id, describeResource(resource), reasonOf(error));
    reportInternalError({ ruleId: rule.id, phase: 'check', message, error });
    return [{ ruleId: INTERNAL_ERROR, range: resource.kind.range, message, path: '', severity: 'warning' }];
  }
}

/** The schema check does not repeat what a dedicated rule already says about the same field. */
function dropSchemaDuplicates(findings: Finding[]): Finding[] {
  const others = findings.filter((f) => f.ruleId !== SCHEMA_RULE_ID);
  if (others.length === findings.length) return findings;
  const paths = new Set(others.map((f) => f.path));
  const starts = new Set(others.map((f) => f.range.start));
  return findings.filter((f) => f.ruleId !== SCHEMA_RULE_ID || !(paths.has(f.path) || starts.has(f.range.start)));
}

function toDiagnostic(resource: Resource, finding: Finding, ruleSeverity: Severity): Diagnostic {
  return {
    uri: resource.uri,
    document: resource.doc.index,
    kind: resource.kind.value,
    name: resource.name?.value,
    path: finding.path,
    ruleId: finding.ruleId,
    ...(finding.messageId ? { messageId: finding.messageId } : {}),
    severity: finding.severity ?? ruleSeverity,
    message: finding.message,
    range: shift(finding.range, resource.doc.offset),
    related: (finding.related ?? []).map((r) => ({ uri: r.resource.uri, range: shift(r.range, r.resource.doc.offset), message: r.message })),
    data: finding.data,
  };
}

function shift(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}

function fileNotice(uri: string, ruleId: string, message: string, range: Range): Diagnostic {
  return { uri, document: 0, path: '', ruleId, severity: 'information', message, range, related: [] };
}

function helmNotice(file: SourceFile): Diagnostic {
  const text = file.parsed.text;
  const at = Math.max(0, text.indexOf('{{'));
  const lineEnd = text.indexOf('\n', at);
  return fileNotice(
    file.uri,
    HELM_SKIPPED,
    t('engine.helmSkipped'),
    { start: at, end: lineEnd === -1 ? text.length : lineEnd },
  );
}

function applyOptions(diagnostics: Diagnostic[], text: string, options: CheckOptions): Diagnostic[] {
  const suppressions = findSuppressions(text);
  const lines = suppressions ? new LineIndex(text) : undefined;
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = options.severities?.[diagnostic.ruleId];
    if (override === 'off') continue;
    if (suppressions && isSuppressed(suppressions, diagnostic.ruleId, lines!.positionAt(diagnostic.range.start).line)) continue;
    out.push(override ? { ...diagnostic, severity: override } : diagnostic);
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
}
