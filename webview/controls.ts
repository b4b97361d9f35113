// The panel's controls (@vscode-elements/elements): playback (play/pause, step, restart, speed,
// scrubber) and the actions that add a step to the simulation at the current simulated time.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import type { Outcome } from '../src/core/simulate/types';
import type { Policy, StepAction } from '../src/protocol/messages';
import { el } from './view';

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

function button(parent: Element, text: string, options: { secondary?: boolean; title?: string; className?: string } = {}): VscodeButton {
  const b = document.createElement('vscode-button');
  b.textContent = text;
  b.secondary = options.secondary ?? false;
  if (options.title) b.title = options.title;
  if (options.className) b.className = options.className;
  parent.appendChild(b);
  return b;
}

function selectBox(parent: Element, label: string, options: readonly (readonly [string, string])[], value: string): VscodeSingleSelect {
  const s = document.createElement('vscode-single-select');
  s.setAttribute('aria-label', label);
  for (const [v, text] of options) {
    const o = document.createElement('vscode-option');
    o.value = v;
    o.textContent = text;
    if (v === value) o.selected = true;
    s.appendChild(o);
  }
  parent.appendChild(s);
  return s;
}

function numberField(parent: Element, label: string, value: number, min: number): VscodeTextfield {
  const f = document.createElement('vscode-textfield');
  f.type = 'number';
  f.min = min;
  f.max = 1000;
  f.value = String(value);
  f.setAttribute('aria-label', label);
  f.className = 'field--number';
  parent.appendChild(f);
  return f;
}

function group(parent: Element, title: string): HTMLElement {
  const g = el('fieldset', 'action', parent);
  el('legend', 'action__title', g, title);
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
  readonly #policy: VscodeSingleSelect;
  readonly #storage: VscodeSingleSelect;
  #podNames = '';
  #podTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(toolbar: HTMLElement, actions: HTMLElement, h: ControlHandlers) {
    this.playButton = button(toolbar, '▶ Play', { title: 'Play or pause the rollout', className: 'play' });
    this.playButton.addEventListener('click', () => h.togglePlay());
    button(toolbar, 'Step ▸', { secondary: true, title: 'Show the next event' }).addEventListener('click', () => h.step());
    button(toolbar, '↺ Restart', { secondary: true, title: 'Back to the start of the rollout' }).addEventListener('click', () => h.restart());
    const speedBox = el('label', 'speed', toolbar);
    el('span', 'speed__label', speedBox, 'Speed');
    this.#speed = selectBox(
      speedBox,
      'Playback speed',
      SPEEDS.map((s) => [String(s), `${s}×`] as const),
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
    this.scrubber.setAttribute('aria-label', 'Position in the rollout (← → step one event)');
    this.scrubber.addEventListener('input', () => h.seek(Number(this.scrubber.value)));
    this.#position = el('span', 'position', scrub, 'no events');

    // Actions: each adds a step at the current simulated time; the extension re-plans.
    const scale = group(actions, 'Scale');
    const replicas = numberField(scale, 'Replicas', 3, 0);
    button(scale, 'Scale', { className: 'act-scale' }).addEventListener('click', () => {
      const n = intIn(replicas.value);
      replicas.invalid = n === undefined;
      if (n !== undefined) h.addStep({ kind: 'scale', replicas: n });
    });

    const image = group(actions, 'Rolling update');
    const imageField = document.createElement('vscode-textfield');
    imageField.placeholder = 'image, e.g. nginx:1.27';
    imageField.value = 'nginx:1.27';
    imageField.setAttribute('aria-label', 'New image');
    imageField.className = 'field--image';
    image.appendChild(imageField);
    const outcome = selectBox(
      image,
      'Outcome of the new image',
      [
        ['ready', 'becomes Ready'],
        ['imagePullError', 'image pull error'],
        ['crashLoop', 'crash loop'],
      ],
      'ready',
    );
    button(image, 'Change image').addEventListener('click', () => {
      const text = imageField.value.trim();
      imageField.invalid = text === '' || text.length > 256;
      if (!imageField.invalid) h.addStep({ kind: 'setImage', image: text, outcome: outcome.value as Outcome });
    });

    const partition = group(actions, 'Partition');
    const partitionField = numberField(partition, 'Partition', 0, 0);
    button(partition, 'Set partition', { secondary: true }).addEventListener('click', () => {
      const n = intIn(partitionField.value);
      partitionField.invalid = n === undefined;
      if (n !== undefined) h.addStep({ kind: 'setPartition', partition: n });
    });

    const pods = group(actions, 'A pod');
    this.#podPicker = selectBox(pods, 'Pod', [], '');
    this.#podPicker.className = 'pod-picker';
    const podAction = (text: string, kind: 'deletePod' | 'failPod' | 'failReadiness' | 'restoreReadiness', title: string) => {
      const b = button(pods, text, { secondary: true, title });
      b.addEventListener('click', () => {
        const pod = this.#podPicker.value;
        if (pod) h.addStep({ kind, pod });
      });
      return b;
    };
    this.#podButtons = [
      podAction('Delete', 'deletePod', 'kubectl delete pod: recreated with the same name and a new IP'),
      podAction('Fail', 'failPod', 'The pod fails (phase Failed, e.g. evicted)'),
      podAction('Not ready', 'failReadiness', 'Its readiness probe starts failing'),
      podAction('Ready again', 'restoreReadiness', 'Its readiness probe passes again'),
    ];

    const sts = group(actions, 'Delete the StatefulSet');
    const first = document.createElement('vscode-checkbox') as VscodeCheckbox;
    first.label = 'scale to 0 first';
    first.checked = true;
    sts.appendChild(first);
    button(sts, 'Delete StatefulSet', { secondary: true }).addEventListener('click', () => h.addStep({ kind: 'deleteStatefulSet', scaleToZeroFirst: first.checked }));

    const cluster = group(actions, 'Cluster and policy');
    this.#storage = selectBox(
      cluster,
      'Default StorageClass',
      [
        ['default', 'StorageClass present'],
        ['none', 'no StorageClass'],
      ],
      'default',
    );
    this.#storage.addEventListener('change', () => h.setStorageClass(this.#storage.value === 'none' ? 'none' : 'default'));
    this.#policy = selectBox(
      cluster,
      'podManagementPolicy (what if)',
      [
        ['OrderedReady', 'OrderedReady'],
        ['Parallel', 'Parallel'],
      ],
      'OrderedReady',
    );
    this.#policy.addEventListener('change', () => h.whatIf(this.#policy.value === 'Parallel' ? 'Parallel' : 'OrderedReady'));
    button(cluster, 'Reset steps', { secondary: true, title: 'Forget the steps added here and replay the manifest as written' }).addEventListener('click', () => h.resetSteps());

    const transcript = group(actions, 'Transcript');
    button(transcript, 'Copy transcript', { secondary: true }).addEventListener('click', () => h.copyTranscript());
    button(transcript, 'Show in output', { secondary: true }).addEventListener('click', () => h.showTranscript());
  }

  setPlaying(playing: boolean): void {
    this.playButton.textContent = playing ? '❚❚ Pause' : '▶ Play';
    this.playButton.setAttribute('aria-pressed', String(playing));
  }

  setSpeed(speed: number): void {
    this.#speed.value = String(speed);
  }

  setContext(policy: Policy, storageClass: 'default' | 'none'): void {
    this.#policy.value = policy;
    this.#storage.value = storageClass;
  }

  setPosition(index: number, length: number, time: number, what: string): void {
    this.scrubber.max = String(Math.max(0, length - 1));
    this.scrubber.value = String(index);
    const text = index < 0 ? `t = 0s · before the first of ${length} events` : `t = ${time}s · event ${index + 1} / ${length}`;
    this.#position.textContent = text;
    this.scrubber.setAttribute('aria-valuetext', index < 0 ? text : `${text}: ${what}`);
  }

  /**
   * The pods the pod actions can name (the pods that exist now). The options are rebuilt a moment
   * after the set stops changing, not on every frame of a fast playback.
   */
  setPods(names: readonly string[]): void {
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
    if (names.length > 0) picker.value = names.includes(keep) ? keep : names[0];
    for (const b of this.#podButtons) b.disabled = names.length === 0;
  }
}
