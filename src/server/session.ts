// What every handler of the server shares: the connection, the language service (targeting the
// settings' Kubernetes version, asked on every call), the workspace, the diagnostics publisher,
// the index, the git baseline and the settings as last read.
import type { Connection } from 'vscode-languageserver/node';
import { createLanguageService, type LanguageService } from '../core/index';
import { notifyBaselineChanged, ServerBaseline } from './baseline';
import type { LinesOf } from './convert';
import { DiagnosticsPublisher } from './diagnostics';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { Workspace } from './workspace';
import { WorkspaceIndexer } from './workspaceIndexer';

/** What the client said it can do, in `initialize`. */
export interface ClientCapabilities {
  pullConfiguration: boolean;
  registerConfiguration: boolean;
  relativePatterns: boolean;
  codeLensRefresh: boolean;
  yamlExtension: boolean;
}

export class Session {
  settings: ServerSettings = DEFAULT_SETTINGS;
  readonly language: LanguageService = createLanguageService({ kubernetesVersion: () => this.settings.kubernetesVersion });
  readonly client: ClientCapabilities = { pullConfiguration: false, registerConfiguration: false, relativePatterns: false, codeLensRefresh: false, yamlExtension: false };
  /** The workspace folders as file paths. */
  roots: string[] = [];
  readonly workspace = new Workspace(() => this.settings.maxFileSize);
  readonly baseline: ServerBaseline;
  readonly publisher: DiagnosticsPublisher;
  readonly indexer: WorkspaceIndexer;
  /** Workspace files, then baseline documents. */
  readonly linesOf: LinesOf = (uri) => this.workspace.linesOf(uri) ?? this.baseline.linesOf(uri);

  constructor(readonly connection: Connection) {
    const settings = () => this.settings;
    const roots = () => this.roots;
    this.baseline = new ServerBaseline({ connection, settings, roots, relativePatterns: () => this.client.relativePatterns, changed: () => this.#baselineChanged() });
    this.publisher = new DiagnosticsPublisher({
      connection,
      language: this.language,
      workspace: this.workspace,
      settings,
      indexComplete: () => this.indexer.complete,
      baselineFor: (resources) => this.baseline.lookupFor(resources),
      linesOf: this.linesOf,
    });
    this.indexer = new WorkspaceIndexer({ connection, workspace: this.workspace, publisher: this.publisher, settings, roots });
  }

  /** Findings, lenses and the client's baseline documents follow the baseline. */
  #baselineChanged(): void {
    void this.indexer.recheckAll();
    if (this.client.codeLensRefresh) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    notifyBaselineChanged(this.connection);
  }
}
