// What the git baseline adds to the server's answers (docs/change-model.md §4, §5), as the
// extension's hover and code lens added it in-process: the way out of a refused update in the
// hover, and the change code lens that summarises what applying the edit does to the running pods.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeLens, Range as LspRange } from 'vscode-languageserver/node';
import { t, type Diagnostic, type Resource } from '../core/index';
import { SIMULATE_CHANGE_COMMAND, type SimulateTarget } from '../protocol/lsp';
import type { Session } from './session';
import type { ServerFile } from './workspace';

/** The baseline of a StatefulSet of an open or indexed file; undefined when it is new or there is none. */
export function baselineOf({ workspace, baseline }: Session, file: ServerFile, resource: Resource): Resource | undefined {
  const index = workspace.resourceIndexFor([file]);
  // A lookup matches the index's own resource objects: find ours there by file and document.
  const own = index.inFile(file.uri).find((r) => r.doc.index === resource.doc.index) ?? resource;
  return baseline.lookupFor(index.resources)?.(own);
}

/** For an update rule's finding: the exact commands that get the refused edit applied. */
export function wayOutOf(session: Session, file: ServerFile, finding: Diagnostic): string | undefined {
  const rule = session.language.rules.find((r) => r.id === finding.ruleId);
  if (!rule?.meta.comparesWithBaseline) return undefined;
  const edited = session.workspace.resourceIndexFor([file]).inFile(file.uri).find((r) => r.doc.index === finding.document);
  const before = edited && baselineOf(session, file, edited);
  return before && session.language.wayOut(edited, before, displayPath(session.roots, file.uri));
}

/** The rollout line of a StatefulSet that differs from its baseline; none when it is new or unchanged. */
export function changeLensOf(session: Session, file: ServerFile, sts: Resource, range: LspRange): CodeLens | undefined {
  const before = baselineOf(session, file, sts);
  const summary = before && session.language.summarizeChange(sts, before);
  if (!summary) return undefined;
  const name = sts.name?.value ?? t('ui.unnamed');
  const ref = session.baseline.ref ?? '';
  const target: SimulateTarget = { uri: file.uri, documentIndex: sts.doc.index };
  const command = summary.refused
    ? { title: summary.text, tooltip: t('ui.codeLens.refusedTooltip', name, ref), command: 'workbench.actions.view.problems' }
    : { title: summary.text, tooltip: t('ui.codeLens.changeTooltip', name, ref), command: SIMULATE_CHANGE_COMMAND, arguments: [target] };
  return { range, command };
}

/** The file as the user knows it: relative to its workspace folder, else its full path. */
export function displayPath(roots: readonly string[], uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  const file = fileURLToPath(uri);
  const root = roots.find((r) => file.startsWith(r + path.sep));
  return root ? path.relative(root, file) : file;
}
