// Whether Red Hat's YAML extension is installed (`yamlSyntaxDiagnostics: auto` leaves YAML syntax
// errors to it), followed while the window runs: installing, enabling or removing it fires
// `vscode.extensions.onDidChange`, and the server is told (YAML_EXTENSION_NOTIFICATION) rather
// than waiting for the next start. No vscode import at run time, so Node unit tests drive it.
import type * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** Reports syntax errors itself; with `yamlSyntaxDiagnostics: auto` the server leaves them to it. */
export const REDHAT_YAML_EXTENSION = 'redhat.vscode-yaml';

/** The part of `vscode.extensions` this needs. */
export interface Extensions {
  getExtension(id: string): unknown;
  readonly onDidChange: vscode.Event<void>;
}

export class YamlExtensionWatch extends Disposable {
  #installed: boolean;

  /** `changed` hears each change of the answer (not every onDidChange: other extensions fire it too). */
  constructor(private readonly extensions: Extensions, changed: (installed: boolean) => void) {
    super();
    this.#installed = this.#look();
    this._register(extensions.onDidChange(() => {
      const installed = this.#look();
      if (installed === this.#installed) return;
      this.#installed = installed;
      changed(installed);
    }));
  }

  get installed(): boolean {
    return this.#installed;
  }

  #look(): boolean {
    return this.extensions.getExtension(REDHAT_YAML_EXTENSION) !== undefined;
  }
}
