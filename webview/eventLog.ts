// The event timeline (a window of frames around the current one; clicking one seeks to it) and the
// `kubectl get pods -w` transcript pane, drawn for the current frame.
import { select, type Selection } from 'd3';
import { t } from '../src/core/l10n/panelMessages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import type { Policy } from '../src/protocol/messages';
import { EventWhy } from './eventWhy';
import { eventClass, eventLabel, eventText, EVENTS_AFTER, EVENTS_BEFORE, TRANSCRIPT_LINES } from './format';
import { el, type Layout } from './layout';
import { WatchTranscript } from './transcript';

export class EventLog {
  #transcript: WatchTranscript | undefined;
  #transcriptCount = -1;
  readonly #eventList: HTMLOListElement;
  readonly #pre: HTMLPreElement;
  readonly #seek: (index: number) => void;
  readonly #why = new EventWhy();

  /** Builds the event list in `layout.events` and the transcript pane in `layout.transcript`. */
  constructor(layout: Layout, seek: (index: number) => void) {
    this.#seek = seek;
    const texts = layout.texts;
    this.#eventList = el('ol', 'events__list', layout.events);
    // A column-reverse scroller stays scrolled to the newest line without reading layout.
    const scroller = el('div', 'transcript__scroll', layout.transcript);
    scroller.tabIndex = 0;
    texts.bind(() => scroller.setAttribute('aria-label', t('webview.transcript.label')));
    this.#pre = el('pre', 'transcript__text', scroller);
  }

  /** Takes a new plan: its transcript, and an empty event list (`policy`: the plan's, for the "why"). */
  load(plan: RolloutPlan, containers: number, policy: Policy = 'OrderedReady'): void {
    this.#why.load(plan, policy);
    this.#transcript = new WatchTranscript(plan, containers);
    this.#transcriptCount = -1;
    select(this.#eventList).selectAll('li').remove();
  }

  /** Draws the events around frame `index` and the transcript up to it. */
  render(plan: RolloutPlan, index: number): void {
    this.#renderEvents(plan, index);
    this.#renderTranscript(index);
  }

  /** The transcript after frame `index`, whole. */
  transcriptText(index: number): string {
    return this.#transcript?.textAt(index) ?? '';
  }

  #renderEvents(plan: RolloutPlan, index: number): void {
    const n = plan.frames.length;
    const from = Math.max(0, index - EVENTS_BEFORE);
    const to = Math.min(n - 1, Math.max(index, 0) + EVENTS_AFTER);
    const indexes: number[] = [];
    for (let i = from; i <= to; i++) indexes.push(i);
    const items: Selection<HTMLLIElement, number, HTMLOListElement, unknown> = select(this.#eventList)
      .selectAll<HTMLLIElement, number>('li')
      .data(indexes, (i) => String(i))
      .join((enter) => {
        const li = enter.append('li').attr('class', (i) => eventClass(plan.frames[i]));
        li.append('span').attr('class', 'event__time').text((i) => `${plan.frames[i].event.time}s`);
        li.append('span').attr('class', 'event__type').text((i) => eventLabel(plan.frames[i]));
        li.append('span').attr('class', 'event__message').text((i) => eventText(plan.frames[i]));
        li.on('click', (_e, i) => this.#seek(i));
        this.#why.addTo(li);
        return li;
      });
    items.each((i, k, nodes) => {
      const li = nodes[k];
      const past = i <= index;
      if (li.classList.contains('event--future') === past) li.classList.toggle('event--future', !past);
      const current = i === index;
      if (li.classList.contains('event--current') !== current) {
        li.classList.toggle('event--current', current);
        if (current) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      }
    });
  }

  /**
   * The pane shows the header and the last TRANSCRIPT_LINES lines, one text node per line, so that
   * playing forward appends a line instead of re-setting the whole text.
   */
  #renderTranscript(index: number): void {
    const transcript = this.#transcript;
    if (!transcript) return;
    const count = transcript.countAt(index);
    const shown = this.#transcriptCount;
    if (count === shown) return;
    this.#transcriptCount = count;
    const pre = this.#pre;
    if (count === 0) {
      pre.textContent = transcript.textAt(index);
      return;
    }
    const from = Math.max(1, count - TRANSCRIPT_LINES);
    if (shown <= 0 || count < shown || count - shown > TRANSCRIPT_LINES) {
      pre.replaceChildren(document.createTextNode(transcript.lines[0]), document.createTextNode(''), ...transcript.lines.slice(from, count).map((line) => document.createTextNode(line)));
    } else {
      for (let i = shown; i < count; i++) pre.appendChild(document.createTextNode(transcript.lines[i]));
      while (pre.childNodes.length - 2 > count - from) pre.childNodes[2].remove();
    }
    pre.childNodes[1].textContent = from > 1 ? `${t('webview.transcript.earlier', from - 1)}\n` : '';
  }
}
