// The output channel the panel's "Show transcript" writes to, highlighted by our TextMate grammar
// (syntaxes/statefulset-rollout.tmLanguage.json). Created on first use.
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

export const TRANSCRIPT_CHANNEL = 'StatefulSet Rollout';
export const TRANSCRIPT_LANGUAGE = 'statefulset-rollout';

export class TranscriptChannel extends Disposable {
  #channel: vscode.OutputChannel | undefined;

  show(text: string): void {
    if (this.isDisposed) return;
    this.#channel ??= this._register(vscode.window.createOutputChannel(TRANSCRIPT_CHANNEL, TRANSCRIPT_LANGUAGE));
    this.#channel.replace(text.endsWith('\n') ? text : `${text}\n`);
    this.#channel.show(true);
  }
}
