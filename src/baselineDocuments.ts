// The read-only baseline documents (`statefulset-baseline:/path/web.yaml?ref=HEAD`) that the update
// rules' related information opens: the committed text, from the baseline's cache (never read
// from disk or git again). Open ones refresh when the baseline moves.
import * as vscode from 'vscode';
import { BASELINE_SCHEME } from './baseline/baselineUri';
import { t } from './core/index';
import type { GitBaselineTracker } from './gitBaseline';
import type { Register } from './services';
import { Disposable } from './util/dispose';

export class BaselineDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#onDidChange.event;

  constructor(private readonly baseline: GitBaselineTracker) {
    super();
    this._register(baseline.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === BASELINE_SCHEME) this.#onDidChange.fire(document.uri);
    }));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.baseline.textOf(uri) ?? `# ${t('ui.baseline.gone')}\n`;
  }
}

export const register: Register = (_context, { baseline }) => {
  const documents = new BaselineDocuments(baseline);
  return [documents, vscode.workspace.registerTextDocumentContentProvider(BASELINE_SCHEME, documents)];
};
