// Hover text for a caret: the field's type and official description (fieldDocs, from the generated
// Kubernetes schema), then what only this manifest can tell (contextHover.ts). Plain markdown over
// absolute offsets; the language server (src/server/features.ts) only converts.
import type { SourceFile } from '../check';
import { t } from './strings';
import type { Range } from '../model/types';
import { findRule } from '../rules/index';
import type { ResourceIndex } from '../model/resourceIndex';
import { contextSections } from './contextHover';
import { describeField, type DocumentedKind, type FieldDoc } from './fieldDocs';
import { code, escapeMarkdown, link, plainText } from './markdown';
import { documentedKind, nodeAt, toSchemaPath, type NodeAt } from './nodeAt';
import type { KubernetesVersion } from '../model/kubernetesVersion';

export interface Hover {
  readonly markdown: string;
  /** The key, dash or value hovered (absolute offsets). */
  readonly range: Range;
}

const SEPARATOR = '\n\n---\n\n';

/**
 * The hover for a caret in a StatefulSet or Service; undefined where no API has such a field. A field
 * only newer APIs have gets the newest description and says that the targeted API lacks it.
 */
export function hoverAt(file: SourceFile, offset: number, index: ResourceIndex, version?: KubernetesVersion): Hover | undefined {
  const at = nodeAt(file, offset, index);
  const kind = documentedKind(at?.resource);
  if (!at || !kind) return undefined;
  const path = toSchemaPath(at.segments);
  const doc = describeField(kind, path, version);
  // A field the targeted API lacks: the newest API's description, and that the target has no such field.
  const newer = doc ? undefined : describeField(kind, path);
  if (!doc && !newer) return undefined;
  const sections = [doc ? fieldSection(at, doc) : fieldSection(at, newer!, missingFrom(kind, version))];
  sections.push(...contextSections(at, index));
  return { markdown: sections.join(SEPARATOR), range: at.range };
}

/** `Not in the Kubernetes 1.33 API: the 1.36 API has it.`, with the label the target's API gets. */
function missingFrom(kind: DocumentedKind, version: KubernetesVersion | undefined): string {
  const target = describeField(kind, '', version);
  const label = target ? apiLabel(target) : String(version);
  return t('hover.notInTarget', label, describeField(kind, '')?.kubernetesVersion ?? '');
}

function fieldSection(at: NodeAt, doc: FieldDoc, missing?: string): string {
  const last = at.segments[at.segments.length - 1];
  const isItem = typeof last === 'number';
  // The key is the user's: a key holding `[x](command:…)` or a line break must stay text.
  const name = isItem ? `${plainText(String(at.segments[at.segments.length - 2] ?? ''))}[${last}]` : plainText(String(last ?? ''));
  const type = isItem && doc.type.startsWith('[]') ? doc.type.slice(2) : doc.type;
  const lines = [`**${name}** ${code(type)}${doc.required ? ` · ${t('hover.required')}` : ''}`];
  if (missing) lines.push(`**${missing}**`);
  if (doc.description) lines.push(escapeMarkdown(doc.description));
  if (doc.enum && doc.enum.length > 0) {
    lines.push(t('hover.values', doc.enum.map((value) => code(value === '' ? '""' : value)).join(' · ')));
  }
  if (!missing) lines.push(`*${apiLabel(doc)}* · ${code(at.path)}`);
  else lines.push(code(at.path));
  return lines.join('\n\n');
}

/** `Kubernetes 1.36 API`, or `Kubernetes 1.27 API (nearest to the targeted 1.31)` where the target has no schema of its own. */
export function apiLabel(doc: FieldDoc): string {
  return doc.kubernetesVersion === doc.targetVersion
    ? t('hover.kubernetesApi', doc.kubernetesVersion)
    : t('hover.kubernetesApiNearest', doc.kubernetesVersion, doc.targetVersion);
}

/**
 * What a diagnostic of ours adds to the hover: the rule's summary, how to fix it, and links to
 * its README section (`readmeUrl`) and, where the rule names one, the Kubernetes documentation.
 */
export function ruleDocsMarkdown(ruleId: string, readmeUrl: string): string | undefined {
  const rule = findRule(ruleId);
  if (!rule) return undefined;
  const links = [link(t('hover.rule.readme'), readmeUrl)];
  if (rule.docs.url) links.push(link(t('hover.rule.kubernetesDocs'), rule.docs.url));
  return [
    `**${code(rule.id)}** — ${escapeMarkdown(rule.docs.summary)}`,
    `**${t('hover.rule.fix')}** ${escapeMarkdown(rule.docs.remediation)}`,
    links.join(' · '),
  ].join('\n\n');
}
