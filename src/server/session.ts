// What every handler of the server shares: the connection, the language service, the workspace,
// the diagnostics publisher, the index and the settings as last read.
import type { Connection } from 'vscode-languageserver/node';
import { createLanguageService, type LanguageService } from '../core/index';
import { DiagnosticsPublisher } from './diagnostics';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { Workspace } from './workspace';
import { WorkspaceIndexer } from './workspaceIndexer';

export class Session {
  readonly language: LanguageService = createLanguageService();
  settings: ServerSettings = DEFAULT_SETTINGS;
  /** The workspace folders as file paths. */
  roots: string[] = [];
  readonly workspace = new Workspace(() => this.settings.maxFileSize);
  readonly publisher: DiagnosticsPublisher;
  readonly indexer: WorkspaceIndexer;

  constructor(readonly connection: Connection) {
    const settings = () => this.settings;
    this.publisher = new DiagnosticsPublisher({ connection, language: this.language, workspace: this.workspace, settings, indexComplete: () => this.indexer.complete });
    this.indexer = new WorkspaceIndexer({ connection, workspace: this.workspace, publisher: this.publisher, settings, roots: () => this.roots });
  }
}
