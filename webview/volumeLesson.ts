// The "data survives" experiment in the panel (docs/learn.md §4), shown only when `init` carries a
// volume lesson: a button that writes each running pod's hostname into its volume at the current
// moment, a hint that says what to do next, and on every pod slot what its claims hold and what the
// pod reads back. The contents come from the core (learn/volumeData.ts); the extension keeps the
// writes and proves the walkthrough step with the same module.
import './lesson.css';
import { select } from 'd3';
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import { VolumeContents, type HeldData } from '../src/core/learn/volumeData';
import { t } from '../src/core/l10n/panelMessages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import type { RolloutView } from '../src/core/simulate/timeline';
import type { VolumeLesson as Lesson } from '../src/protocol/messages';
import { el, type Layout } from './layout';
import type { Slot } from './podCards';
import { button } from './widgets';

export class VolumeLesson {
  readonly #box: HTMLElement;
  readonly #write: VscodeButton;
  readonly #hint: HTMLElement;
  #lesson: Lesson | undefined;
  #contents: VolumeContents | undefined;

  constructor(
    private readonly layout: Layout,
    onWrite: () => void,
  ) {
    this.#box = el('section', 'lesson', undefined);
    layout.pods.before(this.#box);
    const title = el('h2', 'lesson__title', this.#box);
    layout.texts.bind(() => (title.textContent = t('webview.volumes')));
    this.#write = button(layout.texts, this.#box, 'webview.volumes.write', { title: 'webview.volumes.write.title', className: 'lesson__write' });
    this.#write.addEventListener('click', () => !this.#write.disabled && onWrite());
    this.#hint = el('p', 'lesson__hint', this.#box);
    this.#hint.setAttribute('aria-live', 'polite');
    this.#box.hidden = true;
  }

  /** Takes a new plan, with the lesson when this panel has one. */
  load(plan: RolloutPlan, lesson: Lesson | undefined): void {
    this.#lesson = lesson;
    this.#contents = lesson ? new VolumeContents(plan.frames, lesson.writes) : undefined;
    this.#box.hidden = !lesson;
  }

  /** Playback stops after this frame while nothing is written: the pods are up, the deletions come next. */
  get stopAt(): number | undefined {
    const lesson = this.#lesson;
    return lesson && lesson.writes.length === 0 && lesson.writeBefore > 0 ? lesson.writeBefore - 1 : undefined;
  }

  /** The hint and the button for this moment, and each slot's data line. */
  render(view: RolloutView | undefined): void {
    const lesson = this.#lesson;
    const contents = this.#contents;
    if (!lesson || !contents || !view) return;
    const writable = [...view.pods.values()].some((p) => p.phase === 'Running' && !p.terminating && p.claims.some((c) => view.pvcs.get(c)?.phase === 'Bound'));
    this.#write.disabled = !writable;
    const last = lesson.writes.length > 0 ? Math.max(...lesson.writes) : undefined;
    this.#hint.textContent = last !== undefined ? t('webview.volumes.written', last) : !writable ? t('webview.volumes.none') : view.index === this.stopAt ? t('webview.volumes.hint') : '';
    const held = contents.at(view.index);
    select(this.layout.pods)
      .selectAll<HTMLElement, Slot>('.slot')
      .each((slot, i, nodes) => showData(nodes[i], dataLine(slot, view, held)));
  }
}

/** What a slot's claims hold, and what its pod reads back from them (empty: nothing written). */
function dataLine(slot: Slot, view: RolloutView, held: ReadonlyMap<string, HeldData>): { text: string; survived: boolean } | undefined {
  const pod = view.pods.get(slot.name);
  for (const claim of slot.pvcs) {
    const data = held.get(claim.name);
    if (!data) continue;
    if (!pod || pod.phase !== 'Running' || !pod.claims.includes(claim.name)) return { text: t('webview.volume.holds', claim.name, data.text), survived: false };
    const survived = data.writer === pod.name && data.writerCreatedAt !== pod.createdAt;
    return { text: survived ? t('webview.volume.survived', data.text, claim.name, data.writer) : t('webview.volume.reads', data.text, claim.name), survived };
  }
  return undefined;
}

function showData(slot: HTMLElement, line: { text: string; survived: boolean } | undefined): void {
  let p = slot.querySelector<HTMLElement>(':scope > .slot__data');
  if (!line) return p?.remove();
  p ??= el('p', 'slot__data', slot);
  if (p.textContent !== line.text) p.textContent = line.text;
  p.classList.toggle('slot__data--survived', line.survived);
}
