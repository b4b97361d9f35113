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
import { PodActions } from './podActions';
import { el, type Texts } from './view';
import { button, group, selectBox } from './widgets';

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

const intIn = (text: string, max = 1000): number | undefined => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
};

export class Controls {
  readonly playButton: VscodeButton;
  readonly scrubber: HTMLInputElement;
  readonly #position: HTMLElement;
  readonly #speed: VscodeSingleSelect;
  readonly #pods: PodActions;
  readonly #policy: VscodeSingleSelect;
  readonly #storage: VscodeSingleSelect;
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

    this.#pods = new PodActions(texts, actions, (action) => h.addStep(action));

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

  /** The pods the pod actions can name now, and which of them are terminating. */
  setPods(names: readonly string[], terminating: ReadonlySet<string> = new Set()): void {
    this.#pods.setPods(names, terminating);
  }

  /** With nodes the node lanes' what-ifs and Force delete are offered; without, the panel is as before. */
  setClusterMode(on: boolean): void {
    this.#pods.setClusterMode(on);
  }
}
