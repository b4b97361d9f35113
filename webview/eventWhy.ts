// The "why?" of each row of the event timeline: a toggle that expands one or two sentences from the
// controller's point of view and a link to the Kubernetes documentation section (texts and links
// from core/simulate/why.ts). Which rows are open is kept per plan, so scrolling the window of
// rows keeps them open.
import type { Selection } from 'd3';
import { t } from '../src/core/l10n/panelMessages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import { explainEvent } from '../src/core/simulate/why';
import type { Policy } from '../src/protocol/messages';
import { el } from './layout';

export class EventWhy {
  readonly #expanded = new Set<number>();
  #plan: RolloutPlan | undefined;
  #policy: Policy = 'OrderedReady';

  load(plan: RolloutPlan, policy: Policy): void {
    this.#plan = plan;
    this.#policy = policy;
    this.#expanded.clear();
  }

  /** Adds the toggle to new rows (keyed by frame index), opened again when it was open. */
  addTo(rows: Selection<HTMLLIElement, number, HTMLOListElement, unknown>): void {
    rows
      .append('button')
      .attr('type', 'button')
      .attr('class', 'link event__why-toggle')
      .attr('aria-expanded', 'false')
      .text(t('sim.why.toggle'))
      .on('click', (event: MouseEvent, i) => {
        event.stopPropagation(); // a click on the row seeks; this one only explains
        this.#toggle((event.currentTarget as HTMLElement).parentElement as HTMLLIElement, i);
      });
    rows.each((i, k, nodes) => {
      if (this.#expanded.has(i)) this.#open(nodes[k], i);
    });
  }

  #toggle(row: HTMLLIElement, index: number): void {
    if (!this.#expanded.delete(index)) return this.#open(row, index);
    row.querySelector('.event__why')?.remove();
    row.querySelector('.event__why-toggle')?.setAttribute('aria-expanded', 'false');
  }

  #open(row: HTMLLIElement, index: number): void {
    const plan = this.#plan;
    if (!plan || row.querySelector('.event__why')) return;
    this.#expanded.add(index);
    const why = explainEvent(plan.frames, index, this.#policy);
    const box = el('div', 'event__why', row);
    box.addEventListener('click', (event) => event.stopPropagation());
    el('span', 'event__why-text', box, `${t(why.key, ...why.args)} `);
    const link = el('a', 'event__why-link', box, t('sim.why.docs'));
    link.href = why.url;
    row.querySelector('.event__why-toggle')?.setAttribute('aria-expanded', 'true');
  }
}
