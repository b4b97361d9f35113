// "Force delete" of the pod actions (issue #11): only for a pod stuck Terminating (disabled, with
// the reason, otherwise), and only after a confirmation that says what a force delete risks. The
// webview cannot open a modal dialog, so the confirmation is inline, under the pod actions.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import { t } from '../src/core/l10n/panelMessages';
import { el, type Texts } from './layout';

export class ForceDelete {
  readonly button: VscodeButton;
  readonly #confirm: HTMLElement;
  readonly #yes: VscodeButton;
  readonly #no: VscodeButton;
  #pod: string | undefined;
  #terminating = false;

  constructor(texts: Texts, row: HTMLElement, send: (pod: string) => void) {
    this.button = document.createElement('vscode-button');
    this.button.secondary = true;
    this.button.className = 'act-force-delete';
    texts.bind(() => (this.button.textContent = t('webview.pod.forceDelete')));
    row.appendChild(this.button);
    this.#confirm = el('div', 'confirm', row.parentElement ?? row);
    this.#confirm.setAttribute('role', 'alertdialog');
    this.#confirm.id = 'force-delete-confirm';
    this.#confirm.hidden = true;
    const warning = el('p', 'confirm__text', this.#confirm);
    warning.id = 'force-delete-warning';
    this.#confirm.setAttribute('aria-describedby', warning.id);
    texts.bind(() => (warning.textContent = `⚠ ${t('webview.pod.forceDelete.warning')}`));
    const buttons = el('div', 'confirm__buttons', this.#confirm);
    this.#yes = document.createElement('vscode-button');
    this.#yes.className = 'confirm__yes';
    const no = (this.#no = document.createElement('vscode-button'));
    no.secondary = true;
    no.className = 'confirm__no';
    texts.bind(() => (no.textContent = t('webview.pod.forceDelete.cancel')));
    buttons.append(this.#yes, no);
    this.button.addEventListener('click', () => this.#ask());
    no.addEventListener('click', () => this.#close());
    this.#yes.addEventListener('click', () => {
      const pod = this.#pod;
      this.#close();
      if (pod && this.#terminating) send(pod);
    });
    this.update(undefined, false);
  }

  /** Shows the control (a plan with nodes) or hides it and any open confirmation. */
  setVisible(visible: boolean): void {
    this.button.hidden = !visible;
    if (!visible) this.#close();
  }

  /** The picked pod and whether it is terminating now: the control is enabled only then. */
  update(pod: string | undefined, terminating: boolean): void {
    if (pod !== this.#pod || !terminating) this.#close();
    this.#pod = pod;
    this.#terminating = terminating;
    this.button.disabled = !pod || !terminating;
    this.button.title = pod && !terminating ? t('webview.pod.forceDelete.off', pod) : t('webview.pod.forceDelete.title');
  }

  #ask(): void {
    if (!this.#pod || !this.#terminating) return;
    this.#yes.textContent = t('webview.pod.forceDelete.confirm', this.#pod);
    this.#confirm.hidden = false;
    this.#no.focus(); // a dangerous action: Enter right away cancels
  }

  #close(): void {
    this.#confirm.hidden = true;
  }
}
