// The three forms of `statefulset-studio plan`. JSON is a contract other tools read (issue #10):
// `{"baseline", "resources": [{"kind", "namespace", "name", "file", "change", "forbidden": [{"path",
// "rule", "message"}], "rollout": null | {…}}]}`, exactly. Text is for terminals (every line through
// escapeTerminal); markdown is for a pull-request comment (user text through plainText/code).
import { code, escapeTerminal, plainText, t, wayOutMarkdown, type MessageKey, type PlannedResource } from '../core/index';

export interface PlanReport {
  readonly baseline: string;
  readonly entries: readonly PlannedResource[];
  /** The file a resource is in, as output names it. */
  readonly fileOf: (entry: PlannedResource) => string;
}

function identity(entry: PlannedResource) {
  const { resource } = entry;
  return { kind: resource.kind.value, namespace: resource.namespace, name: resource.name?.value ?? '' };
}

export function toPlanJson(report: PlanReport): string {
  const resources = report.entries.map((entry) => {
    const rollout = entry.rollout && {
      fromRevision: entry.rollout.fromRevision, toRevision: entry.rollout.toRevision, replaced: entry.rollout.replaced,
      created: entry.rollout.created, deleted: entry.rollout.deleted, unchanged: entry.rollout.unchanged,
      claimsCreated: entry.rollout.claimsCreated, waitsFor: entry.rollout.waitsFor,
    };
    const forbidden = entry.forbidden.map((f) => ({ path: f.path, rule: f.rule, message: f.message }));
    return { ...identity(entry), file: report.fileOf(entry), change: entry.change, forbidden, rollout };
  });
  return `${JSON.stringify({ baseline: report.baseline, resources }, null, 2)}\n`;
}

function changeWord(entry: PlannedResource): string {
  return t(`change.plan.${entry.change}` as MessageKey);
}

function summary(report: PlanReport): string {
  const count = (change: string) => report.entries.filter((e) => e.change === change).length;
  const refused = report.entries.reduce((sum, e) => sum + e.forbidden.length, 0);
  return t('change.plan.summary', report.entries.length, count('created'), count('updated'), count('deleted'), count('unchanged'), refused);
}

/** The lines under a resource: refusals, the way out, the rollout, a duplicate's note. */
function details(entry: PlannedResource, baseline: string): string[] {
  const lines: string[] = [];
  if (entry.duplicate) lines.push(`  ${t('change.plan.duplicate', baseline)}`);
  if (entry.forbidden.length > 0) lines.push(`  ${t('change.plan.refused')}`, ...entry.forbidden.map((f) => `    ${f.message} (${f.rule})`));
  if (entry.wayOut.length > 0) {
    lines.push(`  ${t('change.plan.wayOut')}`);
    entry.wayOut.forEach((step, i) => lines.push(`    ${i + 1}. ${step.text}`, ...step.commands.map((c) => `       ${c}`)));
  }
  if (entry.rollout) lines.push(`  ${t('change.plan.rollout', entry.rollout.fromRevision, entry.rollout.toRevision)} ${entry.rollout.waitsFor}`);
  if (entry.notSimulated) lines.push(`  ${t('change.notSimulated', entry.notSimulated)}`);
  return lines;
}

export function toPlanText(report: PlanReport): string {
  const lines = [t('change.plan.title', report.baseline)];
  for (const entry of report.entries) {
    const { kind, namespace, name } = identity(entry);
    lines.push(`${kind} ${namespace}/${name}: ${changeWord(entry)} (${report.fileOf(entry)})`, ...details(entry, report.baseline));
  }
  lines.push(summary(report));
  return lines.map((line) => escapeTerminal(line)).join('\n') + '\n';
}

function markdownSection(entry: PlannedResource, report: PlanReport): string[] {
  const { kind, namespace, name } = identity(entry);
  const out = [`#### ${plainText(kind)} ${code(`${namespace}/${name}`)}`, ''];
  if (entry.duplicate) out.push(plainText(t('change.plan.duplicate', report.baseline)), '');
  if (entry.forbidden.length > 0) out.push(`**${plainText(t('change.plan.refused'))}**`, '', ...entry.forbidden.map((f) => `- ${code(f.path)}: ${plainText(f.message)} (${code(f.rule)})`), '');
  if (entry.wayOut.length > 0) out.push(...wayOutMarkdown(entry.wayOut));
  if (entry.rollout) out.push(`**${plainText(t('change.plan.rollout', entry.rollout.fromRevision, entry.rollout.toRevision))}** ${plainText(entry.rollout.waitsFor)}`, '');
  if (entry.notSimulated) out.push(plainText(t('change.notSimulated', entry.notSimulated)), '');
  return out;
}

export function toPlanMarkdown(report: PlanReport): string {
  const [before, after] = t('change.plan.title', '\u0000').split('\u0000');
  const head = [`### ${plainText(before)}${code(report.baseline)}${plainText(after ?? '')}`, ''];
  const columns = ['resource', 'change', 'file'].map((c) => plainText(t(`change.plan.column.${c}` as MessageKey)));
  const table = [`| ${columns.join(' | ')} |`, '|---|---|---|'];
  for (const entry of report.entries) {
    const { kind, namespace, name } = identity(entry);
    table.push(`| ${plainText(`${kind} ${namespace}/${name}`)} | ${plainText(changeWord(entry))} | ${plainText(report.fileOf(entry))} |`);
  }
  const noteworthy = report.entries.filter((e) => e.forbidden.length > 0 || e.rollout || e.duplicate || e.notSimulated);
  const sections = noteworthy.flatMap((entry) => markdownSection(entry, report));
  return [...head, ...table, '', ...sections, plainText(summary(report)), ''].join('\n');
}
