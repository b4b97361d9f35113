// The "A pod" actions: a picker of the pods that exist now and Delete, Fail, Not ready, Ready
// again; with nodes (issue #11) also Terminating pods, which only Force delete can act on (each
// other action then says why it is off).
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import { t, type MessageKey } from '../src/core/l10n/panelMessages';
import type { StepAction } from '../src/protocol/messages';
import { ForceDelete } from './forceDelete';
import type { Texts } from './layout';
import { button, group, selectBox } from './widgets';

type PodKind = 'deletePod' | 'failPod' | 'failReadiness' | 'restoreReadiness';

const ACTIONS: readonly (readonly [MessageKey, PodKind, MessageKey])[] = [
  ['webview.pod.delete', 'deletePod', 'webview.pod.delete.title'],
  ['webview.pod.fail', 'failPod', 'webview.pod.fail.title'],
  ['webview.pod.notReady', 'failReadiness', 'webview.pod.notReady.title'],
  ['webview.pod.readyAgain', 'restoreReadiness', 'webview.pod.readyAgain.title'],
];

export class PodActions {
  readonly #picker: VscodeSingleSelect;
  readonly #buttons: VscodeButton[];
  readonly #forceDelete: ForceDelete;
  /** The pods the picker lists that are terminating now (they are listed only with nodes). */
  #terminating: ReadonlySet<string> = new Set();
  /** The pod the picker shows (its value lags behind a refill of its options). */
  #picked: string | undefined;
  #names = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(texts: Texts, actions: HTMLElement, addStep: (action: StepAction) => void) {
    const row = group(texts, actions, 'webview.pod');
    this.#picker = selectBox(texts, row, 'webview.pod.label'); // its options are the pods (setPods)
    this.#picker.className = 'pod-picker';
    this.#buttons = ACTIONS.map(([text, kind, title]) => {
      const b = button(texts, row, text, { secondary: true, title });
      b.addEventListener('click', () => {
        const pod = this.#picker.value;
        if (pod) addStep({ kind, pod });
      });
      return b;
    });
    this.#forceDelete = new ForceDelete(texts, row, (pod) => addStep({ kind: 'forceDeletePod', pod }));
    this.#forceDelete.setVisible(false);
    this.#picker.addEventListener('change', () => {
      this.#picked = this.#picker.value || undefined;
      this.#update();
    });
    texts.bind(() => this.#update()); // the reasons, in the new locale
  }

  /**
   * The pods the actions can name (the pods that exist now). The options are rebuilt a moment
   * after the set stops changing, not on every frame of a fast playback. `terminating`: those of
   * them that are terminating (listed with nodes: only such a pod can be force-deleted).
   */
  setPods(names: readonly string[], terminating: ReadonlySet<string>): void {
    if ([...terminating].join('\n') !== [...this.#terminating].join('\n')) {
      this.#terminating = terminating;
      this.#update();
    }
    const key = names.join('\n');
    if (key === this.#names) return;
    this.#names = key;
    clearTimeout(this.#timer);
    if (this.#picker.childElementCount === 0 || names.length === 0) this.#fill(names);
    else this.#timer = setTimeout(() => this.#fill(names), 250);
  }

  setClusterMode(on: boolean): void {
    this.#forceDelete.setVisible(on);
  }

  #fill(names: readonly string[]): void {
    const picker = this.#picker;
    const keep = picker.value;
    picker.replaceChildren(
      ...names.map((name) => {
        const o = document.createElement('vscode-option');
        o.value = name;
        o.textContent = name;
        if (name === keep) o.selected = true;
        return o;
      }),
    );
    this.#picked = names.length === 0 ? undefined : names.includes(keep) ? keep : names[0];
    if (this.#picked !== undefined) picker.value = this.#picked;
    this.#update();
  }

  /** A terminating pod can only be force-deleted: the other actions say why they are off. */
  #update(): void {
    const pod = this.#picked;
    const terminating = pod !== undefined && this.#terminating.has(pod);
    this.#buttons.forEach((b, i) => {
      b.disabled = pod === undefined || terminating;
      b.title = terminating ? t('webview.pod.off.terminating', pod) : t(ACTIONS[i][2]);
    });
    this.#forceDelete.update(pod, terminating);
  }
}
