// The "Simulate rollout" panel, one at a time (createOrShow / currentPanel / viewType). The webview
// sends `ready`, and gets `init`: the plan of the session's StatefulSet. Messages from the webview
// are checked with isFromWebview and anything else is dropped. The plan is the language server's
// (`statefulsetStudio/panelPlan`). Edits of YAML documents and new findings of the panel's file
// re-plan, debounced, keeping the simulated time; a re-plan whose result did not change posts nothing.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { StudioClient } from '../client/studioClient';
import { uiText, toVolumeWrites } from '../core/index';
import type { PanelPlanResult } from '../protocol/lsp';
import { isFromWebview, type FromWebview, type ToWebview } from '../protocol/messages';
import { Disposable, guard, type ErrorLog } from '../util/dispose';
import { renderHtml } from './html';
import { linkProblems, revealProblem, type LinkedProblem } from './problems';
import { reportProgress, type PanelProgress } from './progress';
import { addStep, restoreSession, sameTarget, SESSION_KEY, startSession, type PanelScript, type PanelSession, type RolloutTarget } from './sessionState';
import type { TranscriptChannel } from './transcript';

export interface PanelServices {
  readonly extensionUri: vscode.Uri;
  /** The language server: it plans the panel's session, with the problems it published. */
  readonly client: StudioClient;
  /** workspaceState: where the session is kept for the serializer. */
  readonly memento: vscode.Memento;
  readonly transcript: TranscriptChannel;
  readonly log: ErrorLog;
}

const REPLAN_DELAY_MS = 300;
const webviewRoot = (extensionUri: vscode.Uri) => vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
const titleOf = (session: PanelSession | undefined) => (session ? uiText('ui.panel.title', session.target.name) : uiText('ui.panel.titleEmpty'));

export class RolloutPanel extends Disposable {
  static readonly viewType = 'statefulsetStudio.rollout';
  static currentPanel: RolloutPanel | undefined;

  /**
   * With a `script`, the panel always starts over from it (a walkthrough step's button); with
   * `change`, it plays the edit from the git baseline settled ("Simulate this change").
   */
  static createOrShow(extensionUri: vscode.Uri, target: RolloutTarget, services: PanelServices, script?: PanelScript, change = false): RolloutPanel {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const current = RolloutPanel.currentPanel;
    if (current) {
      const session = current.#session;
      if (script || !session || !sameTarget(session.target, target) || (session.change ?? false) !== change) current.#start(startSession(target, script, change));
      current.#panel.reveal(column);
      return current;
    }
    const panel = vscode.window.createWebviewPanel(RolloutPanel.viewType, titleOf(startSession(target)), column, RolloutPanel.options(extensionUri));
    return (RolloutPanel.currentPanel = new RolloutPanel(panel, services, startSession(target, script, change)));
  }

  /** After a reload: the serializer hands over the panel; the session comes from workspaceState. */
  static revive(panel: vscode.WebviewPanel, services: PanelServices): RolloutPanel {
    RolloutPanel.currentPanel?.dispose();
    panel.webview.options = RolloutPanel.options(services.extensionUri);
    return (RolloutPanel.currentPanel = new RolloutPanel(panel, services, restoreSession(services.memento.get(SESSION_KEY))));
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
  }

  readonly #panel: vscode.WebviewPanel;
  #session: PanelSession | undefined;
  #ready = false;
  /** The simulated time the webview was last known at (the `at` of its last added step). */
  #time = 0;
  #problems: LinkedProblem[] = [];
  #lastPosted: string | undefined;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The plan last posted and the learner's writes, kept only for a session with a script (its progress is reported). */
  #progress: Omit<PanelProgress, 'scriptId' | 'shown'> | undefined;

  private constructor(panel: vscode.WebviewPanel, private readonly services: PanelServices, session: PanelSession | undefined) {
    super();
    this.#panel = panel;
    this.#session = session;
    const { log, client } = services;
    const schedule = guard(log, 'Scheduling a rollout re-plan', () => this.#schedule());
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage(guard(log, 'Handling a message from the rollout panel', (m: unknown) => this.#onMessage(m))));
    // Any YAML edit may be the StatefulSet's or its Service's; the server answers after its debounce.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'yaml' && e.contentChanges.length > 0 && schedule()));
    this._register(client.onDidPublish((uri) => this.#session?.target.uri === uri && schedule()));
    this._register(client.onDidChangeBaseline(() => this.#session?.change && schedule()));
    this._register({ dispose: () => clearTimeout(this.#timer) });
    this.#save();
    this.#render();
  }

  override dispose(): void {
    if (this.isDisposed) return;
    if (RolloutPanel.currentPanel === this) RolloutPanel.currentPanel = undefined;
    super.dispose();
    this.#panel.dispose();
  }

  post(message: ToWebview): void {
    if (!this.isDisposed) void this.#panel.webview.postMessage(message);
  }

  /** Follows another StatefulSet: a fresh session, from time 0. */
  #start(session: PanelSession): void {
    this.#time = 0;
    this.#panel.title = titleOf(session);
    this.#change(session, false);
  }

  #render(): void {
    const webview = this.#panel.webview;
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(this.services.extensionUri), name)).toString();
    this.#panel.title = titleOf(this.#session);
    const nonce = crypto.randomUUID();
    webview.html = renderHtml({ cspSource: webview.cspSource, nonce, scriptUri: asset('main.js'), styleUri: asset('main.css'), title: this.#panel.title, lang: vscode.env.language });
  }

  #onMessage(raw: unknown): void {
    if (!isFromWebview(raw)) return; // untrusted: anything else is dropped
    const message: FromWebview = raw;
    const session = this.#session;
    switch (message.type) {
      case 'ready':
        this.#ready = true;
        return void this.#replan({ force: true });
      case 'addStep':
        if (!session) return;
        this.#time = message.at;
        return this.#change(addStep(session, { action: message.action, at: message.at }));
      case 'setStorageClass':
        return session && this.#change({ ...session, storageClass: message.storageClass });
      case 'whatIf':
        return session && this.#change({ ...session, policy: message.policy });
      case 'restart':
        this.#time = 0;
        return session && this.#change({ ...session, added: [], policy: undefined, writes: undefined }, false);
      case 'writeVolumes':
        this.#time = message.at;
        return session?.script && this.#change({ ...session, writes: toVolumeWrites([...(session.writes ?? []), message.at]) });
      case 'copyTranscript':
        return void vscode.env.clipboard.writeText(message.text);
      case 'showTranscript':
        return this.services.transcript.show(message.text);
      case 'shown':
        if (session?.script && this.#progress) reportProgress({ scriptId: session.script.id, ...this.#progress, shown: message.index });
        return;
      case 'openProblem': {
        const problem = this.#problems[message.index];
        return problem && void revealProblem(problem).catch((e: unknown) => this.services.log.error(`Revealing a problem failed: ${String(e)}`));
      }
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  #change(session: PanelSession, keepTime = true): void {
    this.#session = session;
    this.#save();
    void this.#replan({ force: true, keepTime });
  }

  #save(): void {
    if (this.#session) void this.services.memento.update(SESSION_KEY, this.#session);
  }

  #schedule(): void {
    if (!this.#ready || this.isDisposed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#replan({ force: false, keepTime: true }), REPLAN_DELAY_MS);
  }

  /** Plans the session and posts `init` (or `error`); unless forced, only when the plan changed. */
  async #replan({ force, keepTime = false }: { force: boolean; keepTime?: boolean }): Promise<void> {
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    const session = this.#session;
    const result = await this.#plan(session, keepTime);
    if (generation !== this.#generation || !this.#ready || this.isDisposed) return; // superseded
    // The time to stay at is not an input: a re-plan that only carries another keepTime changes nothing.
    const key = JSON.stringify(result.message.type === 'init' ? { ...result, message: { ...result.message, keepTime: undefined } } : result);
    if (!force && key === this.#lastPosted) return;
    this.#lastPosted = key;
    this.#problems = linkProblems(this.services.client, result.problems);
    if (session && result.target && !sameTarget(result.target, session.target)) {
      this.#session = { ...this.#session!, target: result.target }; // renamed in the editor: follow it
      this.#panel.title = titleOf(this.#session);
      this.#save();
    }
    const init: ToWebview = result.message;
    this.#progress = init.type === 'init' && this.#session?.script ? { frames: init.plan.frames, writes: init.volumes?.writes ?? [] } : undefined;
    this.post(init);
  }

  /** The server's plan of the session (opening its file first when a restored panel's file is not open). */
  async #plan(session: PanelSession | undefined, keepTime: boolean): Promise<PanelPlanResult> {
    if (!session) return { message: { type: 'error', message: uiText('ui.panel.lost') }, problems: [] };
    const uri = vscode.Uri.parse(session.target.uri);
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === session.target.uri)) {
      await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined); // the server reads it once open
    }
    const params = { session, locale: vscode.env.language, ...(keepTime ? { keepTime: this.#time } : {}) };
    return this.services.client.planPanel(params).catch((error: unknown) => {
      this.services.log.error(`Planning the rollout failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { message: { type: 'error', message: uiText('ui.panel.planFailed') }, problems: [] };
    });
  }
}
