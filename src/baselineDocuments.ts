// The read-only baseline documents (`statefulset-baseline:/path/web.yaml?ref=HEAD`) that the update
// rules' related information opens: the committed text, asked of the language server, which holds
// the baseline's cache (never read from disk or git again). Open ones refresh when the baseline moves.
import * as vscode from 'vscode';
import { BASELINE_SCHEME, fromBaselineUri } from './baseline/baselineUri';
import type { StudioClient } from './client/studioClient';
import { uiText } from './core/index';
import type { Register } from './services';
import { Disposable } from './util/dispose';

export class BaselineDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#onDidChange.event;

  constructor(private readonly client: StudioClient) {
    super();
    this._register(client.onDidChangeBaseline(() => {
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === BASELINE_SCHEME) this.#onDidChange.fire(document.uri);
    }));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const parsed = fromBaselineUri(uri);
    const text = parsed && (await this.client.baselineText(parsed).catch(() => null));
    return text ?? `# ${uiText('ui.baseline.gone')}\n`;
  }
}

export const register: Register = (_context, { client }) => {
  const documents = new BaselineDocuments(client);
  return [documents, vscode.workspace.registerTextDocumentContentProvider(BASELINE_SCHEME, documents)];
};
