// The panel's controls (@vscode-elements/elements): playback (play/pause, step, restart, speed,
// scrubber) and the actions that add a step to the simulation at the current simulated time.
// Every text is bound through Texts (view.ts): set now in the current locale, again when it changes.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import { t, type MessageKey } from '../src/core/l10n/panelMessages';
import type { Environment, Outcome } from '../src/core/simulate/types';
import type { Policy, StepAction } from '../src/protocol/messages';
import { ForceDelete } from './forceDelete';
import { el, type Texts } from './view';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface ControlHandlers {
  togglePlay(): void;
  step(): void;
  restart(): void;
  seek(index: number): void;
  setSpeed(speed: number): void;
  addStep(action: StepAction): void;
  setStorageClass(storageClass: 'default' | 'none'): void;
  whatIf(policy: Policy): void;
  resetSteps(): void;
  copyTranscript(): void;
  showTranscript(): void;
}

function button(texts: Texts, parent: Element, text: MessageKey, options: { secondary?: boolean; title?: MessageKey; className?: string } = {}): VscodeButton {
  const b = document.createElement('vscode-button');
  texts.bind(() => {
    b.textContent = t(text);
    if (options.title) b.title = t(options.title);
  });
  b.secondary = options.secondary ?? false;
  if (options.className) b.className = options.className;
  parent.appendChild(b);
  return b;
}

/**
 * A select labelled `label`. Its options (value, text), when given, are created again on a change
 * of locale, keeping the selection: the element reads its options' texts when they are slotted.
 */
function selectBox(
  texts: Texts,
  parent: Element,
  label: MessageKey,
  options?: () => readonly (readonly [string, string])[],
  value = '',
): VscodeSingleSelect {
  const s = document.createElement('vscode-single-select');
  let first = true;
  texts.bind(() => {
    s.setAttribute('aria-label', t(label));
    if (!options) return;
    const selected = first ? value : s.value;
    first = false;
    s.replaceChildren(
      ...options().map(([v, text]) => {
        const o = document.createElement('vscode-option');
        o.value = v;
        o.textContent = text;
        if (v === selected) o.selected = true;
        return o;
      }),
    );
  });
  parent.appendChild(s);
  return s;
}

function numberField(texts: Texts, parent: Element, label: MessageKey, value: number, min: number): VscodeTextfield {
  const f = document.createElement('vscode-textfield');
  f.type = 'number';
  f.min = min;
  f.max = 1000;
  f.value = String(value);
  texts.bind(() => f.setAttribute('aria-label', t(label)));
  f.className = 'field--number';
  parent.appendChild(f);
  return f;
}

function group(texts: Texts, parent: Element, title: MessageKey): HTMLElement {
  const g = el('fieldset', 'action', parent);
  const legend = el('legend', 'action__title', g);
  texts.bind(() => (legend.textContent = t(title)));
  return el('div', 'action__row', g);
}

const intIn = (text: string, max = 1000): number | undefined => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
};

export class Controls {
  readonly playButton: VscodeButton;
  readonly scrubber: HTMLInputElement;
  readonly #position: HTMLElement;
  readonly #speed: VscodeSingleSelect;
  readonly #podPicker: VscodeSingleSelect;
  readonly #podButtons: VscodeButton[];
  readonly #podTitles: MessageKey[] = [];
  readonly #forceDelete: ForceDelete;
  /** The pods the picker lists that are terminating now (they are listed only with nodes). */
  #terminating: ReadonlySet<string> = new Set();
  /** The pod the picker shows (its value lags behind a refill of its options). */
  #picked: string | undefined;
  readonly #policy: VscodeSingleSelect;
  readonly #storage: VscodeSingleSelect;
  #podNames = '';
  #podTimer: ReturnType<typeof setTimeout> | undefined;
  #playing = false;
  /** What setPosition last showed (undefined: no plan yet), to say it again in another locale. */
  #shown: { index: number; length: number; time: number; what: string } | undefined;

  constructor(toolbar: HTMLElement, actions: HTMLElement, h: ControlHandlers, texts: Texts) {
    this.playButton = button(texts, toolbar, 'webview.play', { title: 'webview.play.title', className: 'play' });
    texts.bind(() => (this.playButton.textContent = this.#playing ? t('webview.pause') : t('webview.play')));
    this.playButton.addEventListener('click', () => h.togglePlay());
    button(texts, toolbar, 'webview.step', { secondary: true, title: 'webview.step.title' }).addEventListener('click', () => h.step());
    button(texts, toolbar, 'webview.restart', { secondary: true, title: 'webview.restart.title' }).addEventListener('click', () => h.restart());
    const speedBox = el('label', 'speed', toolbar);
    const speedLabel = el('span', 'speed__label', speedBox);
    texts.bind(() => (speedLabel.textContent = t('webview.speed')));
    this.#speed = selectBox(
      texts,
      speedBox,
      'webview.speed.label',
      () => SPEEDS.map((s) => [String(s), `${s}×`] as const),
      '1',
    );
    this.#speed.addEventListener('change', () => h.setSpeed(Number(this.#speed.value)));
    const scrub = el('div', 'scrub', toolbar);
    this.scrubber = el('input', 'scrubber', scrub);
    this.scrubber.type = 'range';
    this.scrubber.min = '-1';
    this.scrubber.max = '0';
    this.scrubber.step = '1';
    this.scrubber.value = '-1';
    texts.bind(() => this.scrubber.setAttribute('aria-label', t('webview.scrubber')));
    this.scrubber.addEventListener('input', () => h.seek(Number(this.scrubber.value)));
    this.#position = el('span', 'position', scrub);
    texts.bind(() => this.#showPosition());

    // Actions: each adds a step at the current simulated time; the extension re-plans.
    const scale = group(texts, actions, 'webview.scale');
    const replicas = numberField(texts, scale, 'webview.scale.replicas', 3, 0);
    button(texts, scale, 'webview.scale.button', { className: 'act-scale' }).addEventListener('click', () => {
      const n = intIn(replicas.value);
      replicas.invalid = n === undefined;
      if (n !== undefined) h.addStep({ kind: 'scale', replicas: n });
    });

    const image = group(texts, actions, 'webview.image');
    const imageField = document.createElement('vscode-textfield');
    imageField.value = 'nginx:1.27';
    texts.bind(() => {
      imageField.placeholder = t('webview.image.placeholder');
      imageField.setAttribute('aria-label', t('webview.image.label'));
    });
    imageField.className = 'field--image';
    image.appendChild(imageField);
    const outcome = selectBox(
      texts,
      image,
      'webview.image.outcome',
      () => [
        ['ready', t('webview.image.ready')],
        ['imagePullError', t('webview.image.pullError')],
        ['crashLoop', t('webview.image.crashLoop')],
      ],
      'ready',
    );
    button(texts, image, 'webview.image.button').addEventListener('click', () => {
      const text = imageField.value.trim();
      imageField.invalid = text === '' || text.length > 256;
      if (!imageField.invalid) h.addStep({ kind: 'setImage', image: text, outcome: outcome.value as Outcome });
    });

    const partition = group(texts, actions, 'webview.partition');
    const partitionField = numberField(texts, partition, 'webview.partition.label', 0, 0);
    button(texts, partition, 'webview.partition.button', { secondary: true }).addEventListener('click', () => {
      const n = intIn(partitionField.value);
      partitionField.invalid = n === undefined;
      if (n !== undefined) h.addStep({ kind: 'setPartition', partition: n });
    });

    const pods = group(texts, actions, 'webview.pod');
    this.#podPicker = selectBox(texts, pods, 'webview.pod.label'); // its options are the pods (setPods)
    this.#podPicker.className = 'pod-picker';
    const podAction = (text: MessageKey, kind: 'deletePod' | 'failPod' | 'failReadiness' | 'restoreReadiness', title: MessageKey) => {
      const b = button(texts, pods, text, { secondary: true, title });
      this.#podTitles.push(title);
      b.addEventListener('click', () => {
        const pod = this.#podPicker.value;
        if (pod) h.addStep({ kind, pod });
      });
      return b;
    };
    this.#podButtons = [
      podAction('webview.pod.delete', 'deletePod', 'webview.pod.delete.title'),
      podAction('webview.pod.fail', 'failPod', 'webview.pod.fail.title'),
      podAction('webview.pod.notReady', 'failReadiness', 'webview.pod.notReady.title'),
      podAction('webview.pod.readyAgain', 'restoreReadiness', 'webview.pod.readyAgain.title'),
    ];
    this.#forceDelete = new ForceDelete(texts, pods, (pod) => h.addStep({ kind: 'forceDeletePod', pod }));
    this.#forceDelete.setVisible(false);
    this.#podPicker.addEventListener('change', () => {
      this.#picked = this.#podPicker.value || undefined;
      this.#updatePodButtons();
    });

    const sts = group(texts, actions, 'webview.deleteSts');
    const first = document.createElement('vscode-checkbox') as VscodeCheckbox;
    texts.bind(() => (first.label = t('webview.deleteSts.scaleFirst')));
    first.checked = true;
    sts.appendChild(first);
    button(texts, sts, 'webview.deleteSts.button', { secondary: true }).addEventListener('click', () => h.addStep({ kind: 'deleteStatefulSet', scaleToZeroFirst: first.checked }));

    const cluster = group(texts, actions, 'webview.cluster');
    this.#storage = selectBox(
      texts,
      cluster,
      'webview.storage.label',
      () => [
        ['default', t('webview.storage.present')],
        ['none', t('webview.storage.none')],
      ],
      'default',
    );
    this.#storage.addEventListener('change', () => h.setStorageClass(this.#storage.value === 'none' ? 'none' : 'default'));
    this.#policy = selectBox(
      texts,
      cluster,
      'webview.policy.label',
      () => [
        ['OrderedReady', 'OrderedReady'],
        ['Parallel', 'Parallel'],
      ],
      'OrderedReady',
    );
    this.#policy.addEventListener('change', () => h.whatIf(this.#policy.value === 'Parallel' ? 'Parallel' : 'OrderedReady'));
    button(texts, cluster, 'webview.reset', { secondary: true, title: 'webview.reset.title' }).addEventListener('click', () => h.resetSteps());

    const transcript = group(texts, actions, 'webview.transcript');
    button(texts, transcript, 'webview.transcript.copy', { secondary: true }).addEventListener('click', () => h.copyTranscript());
    button(texts, transcript, 'webview.transcript.show', { secondary: true }).addEventListener('click', () => h.showTranscript());
  }

  setPlaying(playing: boolean): void {
    this.#playing = playing;
    this.playButton.textContent = playing ? t('webview.pause') : t('webview.play');
    this.playButton.setAttribute('aria-pressed', String(playing));
  }

  setSpeed(speed: number): void {
    this.#speed.value = String(speed);
  }

  setContext(policy: Policy, storageClass: Environment['storageClass']): void {
    this.#policy.value = policy;
    // A script's own StorageClass provisions claims: the switch shows it as present.
    this.#storage.value = storageClass === 'none' ? 'none' : 'default';
  }

  setPosition(index: number, length: number, time: number, what: string): void {
    this.scrubber.max = String(Math.max(0, length - 1));
    this.scrubber.value = String(index);
    this.#shown = { index, length, time, what };
    this.#showPosition();
  }

  #showPosition(): void {
    const shown = this.#shown;
    if (!shown) {
      this.#position.textContent = t('webview.position.none');
      return;
    }
    const { index, length, time, what } = shown;
    const text = index < 0 ? t('webview.position.start', length) : t('webview.position.at', time, index + 1, length);
    this.#position.textContent = text;
    this.scrubber.setAttribute('aria-valuetext', index < 0 ? text : `${text}: ${what}`);
  }

  /**
   * The pods the pod actions can name (the pods that exist now). The options are rebuilt a moment
   * after the set stops changing, not on every frame of a fast playback. `terminating`: those of
   * them that are terminating (listed with nodes: only such a pod can be force-deleted).
   */
  setPods(names: readonly string[], terminating: ReadonlySet<string> = new Set()): void {
    if ([...terminating].join('\n') !== [...this.#terminating].join('\n')) {
      this.#terminating = terminating;
      this.#updatePodButtons();
    }
    const key = names.join('\n');
    if (key === this.#podNames) return;
    this.#podNames = key;
    clearTimeout(this.#podTimer);
    if (this.#podPicker.childElementCount === 0 || names.length === 0) this.#fillPods(names);
    else this.#podTimer = setTimeout(() => this.#fillPods(names), 250);
  }

  #fillPods(names: readonly string[]): void {
    const picker = this.#podPicker;
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
    this.#updatePodButtons();
  }

  /** With nodes the node lanes' what-ifs and Force delete are offered; without, the panel is as before. */
  setClusterMode(on: boolean): void {
    this.#forceDelete.setVisible(on);
  }

  /** A terminating pod can only be force-deleted: the other pod actions say why they are off. */
  #updatePodButtons(): void {
    const pod = this.#picked;
    const terminating = pod !== undefined && this.#terminating.has(pod);
    this.#podButtons.forEach((b, i) => {
      b.disabled = pod === undefined || terminating;
      b.title = terminating ? t('webview.pod.off.terminating', pod) : t(this.#podTitles[i]);
    });
    this.#forceDelete.update(pod, terminating);
  }
}
