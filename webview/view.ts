// What the "Simulate rollout" panel draws for a frame: the headless Service and the IPs it answers
// with, the status counters, one slot per ordinal (the pod card and its claims, keyed by pod name so
// every pod keeps its place), the event timeline, the `kubectl get pods -w` transcript and the
// nslookup box. It only displays the frames the extension planned; it decides nothing itself.
// Text goes in with .text()/textContent only; colours come from classes (styles.css).
// Our words go through the core's t() (src/core/l10n); the Kubernetes words a learner matches
// against kubectl stay as kubectl prints them (STATUS values, the `kubectl get pods -w` columns).
// The page skeleton is in layout.ts, the pod cards in podCards.ts, the events and the transcript in
// eventLog.ts; Stage here coordinates them per frame and draws the Service, counters and nslookup.
import { select } from 'd3';
import 'd3-transition';
import { t } from '../src/core/l10n/panelMessages';
import type { PanelProblem, Policy } from '../src/protocol/messages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import { lookUp, serviceAnswers, Timeline, type RolloutView } from '../src/core/simulate/timeline';
import type { NodeStepKind, StatusState } from '../src/core/simulate/types';
import type { ClusterTrack } from './cluster';
import { EventLog } from './eventLog';
import { COUNTERS, MAX_CHIPS, shortRevision, type CounterKey } from './format';
import { el, type Layout } from './layout';
import { PodsPane } from './podsPane';

export { buildLayout, el, Texts, type Layout } from './layout';
export { displayStatus, eventText, shortRevision } from './format';

export interface StageHandlers {
  seek(index: number): void;
  openProblem(index: number): void;
  /** A node lane's what-if (issue #11). */
  nodeAction?(kind: NodeStepKind, node: string): void;
}

export class Stage {
  #plan: RolloutPlan | undefined;
  #timeline: Timeline | undefined;
  #index = -1;
  #view: RolloutView | undefined;
  readonly #cards: PodsPane;
  readonly #log: EventLog;
  readonly #clock: HTMLElement;
  readonly #answers: HTMLElement;
  readonly #serviceName: HTMLElement;
  readonly #serviceKind: HTMLElement;
  readonly #query: HTMLInputElement;
  readonly #answer: HTMLPreElement;

  constructor(
    readonly layout: Layout,
    readonly handlers: StageHandlers,
  ) {
    // Never attached: it only carries the pacing transition between frames.
    this.#clock = el('span', 'clock');
    const texts = layout.texts;
    this.#serviceKind = el('div', 'service__kind', layout.service, t('webview.service.kind'));
    this.#serviceName = el('div', 'service__name', layout.service);
    const answersWith = el('div', 'service__answers-label', layout.service);
    texts.bind(() => (answersWith.textContent = t('webview.service.answersWith')));
    this.#answers = el('div', 'service__answers', layout.service);
    texts.bind(() => this.#answers.setAttribute('aria-label', t('webview.service.answersLabel')));
    this.#cards = new PodsPane(layout, (kind, node) => this.handlers.nodeAction?.(kind, node));
    this.#log = new EventLog(layout, (index) => this.handlers.seek(index));
    const form = el('form', 'nslookup__form', layout.nslookup);
    const label = el('label', 'nslookup__label', form, '$ nslookup');
    this.#query = el('input', 'input nslookup__input', form);
    this.#query.type = 'text';
    this.#query.id = 'nslookup-query';
    this.#query.placeholder = 'web-0.nginx';
    this.#query.spellcheck = false;
    this.#query.autocomplete = 'off';
    label.htmlFor = this.#query.id;
    this.#answer = el('pre', 'nslookup__answer', layout.nslookup);
    this.#answer.setAttribute('aria-live', 'polite');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#renderLookup();
    });
    this.#query.addEventListener('input', () => this.#renderLookup());
  }

  get timeline(): Timeline | undefined {
    return this.#timeline;
  }

  get plan(): RolloutPlan | undefined {
    return this.#plan;
  }

  get index(): number {
    return this.#index;
  }

  get view(): RolloutView | undefined {
    return this.#view;
  }

  /** The plan's nodes and budgets over time (issue #11). */
  get cluster(): ClusterTrack | undefined {
    return this.#cards.cluster;
  }

  /** Takes a new plan: the view is redrawn from scratch at the next show(). */
  load(plan: RolloutPlan, containers: number, title: string, policy?: Policy): void {
    this.interrupt();
    this.#plan = plan;
    this.#timeline = new Timeline(plan);
    this.layout.title.textContent = title;
    this.#index = -1;
    this.#view = undefined;
    this.#cards.load(plan);
    this.#log.load(plan, containers, policy);
    select(this.layout.counters).selectAll('.counter').remove(); // their labels, in the locale of this plan
  }

  setProblems(problems: readonly PanelProblem[]): void {
    const box = select(this.layout.problems);
    box.selectAll('*').remove();
    this.layout.problems.hidden = problems.length === 0;
    if (problems.length === 0) return;
    box.append('h2').attr('class', 'problems__title').text(problems.length === 1 ? t('webview.problems.one') : t('webview.problems.many', problems.length));
    box
      .append('ul')
      .attr('class', 'problems__list')
      .selectAll('li')
      .data(problems)
      .join('li')
      .attr('class', 'problem')
      .append('button')
      .attr('type', 'button')
      .attr('class', 'link problem__link')
      .attr('title', t('webview.problems.link'))
      .text((p) => (p.ruleId ? `${p.message} (${p.ruleId})` : p.message))
      .on('click', (_e, p) => this.handlers.openProblem(p.index));
  }

  /**
   * An error replaces the plan (a bad script, a manifest that does not parse): the last plan stays
   * in place so that the layout does not jump while one types, but dimmed and inert under the
   * message, which stays in view however far the page is scrolled.
   */
  showError(message: string | undefined): void {
    const { error, toolbar, pods } = this.layout;
    error.hidden = message === undefined;
    error.textContent = message ?? '';
    error.parentElement?.classList.toggle('app--error', message !== undefined);
    for (const part of [toolbar, pods.closest('main')]) part?.toggleAttribute('inert', message !== undefined);
  }

  /** Stops every running transition (a new frame, a scrub, pause, page hidden). */
  interrupt(): void {
    this.#cards.interrupt();
    select(this.layout.service).selectAll('.chip--leaving').interrupt('frame');
    select(this.#clock).interrupt('clock');
  }

  /** Waits `ms` on the clock; resolves false when interrupted (pause, seek, hidden). */
  async wait(ms: number): Promise<boolean> {
    const t = select(this.#clock).transition('clock').duration(ms);
    try {
      await t.end();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Draws the view after frame `index`, animating over `duration` ms (0: at once). Resolves true
   * when the animation finished, false when a newer frame or a pause interrupted it.
   */
  async show(index: number, duration: number): Promise<boolean> {
    const timeline = this.#timeline;
    const plan = this.#plan;
    if (!timeline || !plan) return true;
    this.interrupt();
    const view = timeline.at(index);
    this.#index = view.index;
    this.#view = view;
    const ends: Promise<void>[] = [];
    this.#renderService(plan, view, duration, ends);
    this.#renderCounters(view.status, plan);
    this.#cards.render(plan, view, duration, ends);
    this.#log.render(plan, view.index);
    if (this.#query.value.trim() !== '') this.#renderLookup();
    if (ends.length === 0) return true;
    try {
      await Promise.all(ends);
      return true;
    } catch {
      return false;
    }
  }

  /** The transcript after the current frame, whole (for Copy and Show in output). */
  transcriptText(): string {
    return this.#log.transcriptText(this.#index);
  }

  /** nslookup at the current frame, as the box prints it. */
  lookup(query: string): string {
    if (!this.#plan || !this.#timeline) return '';
    const answer = lookUp(this.#view ?? this.#timeline.at(this.#index), this.#plan, query);
    if ('error' in answer) return answer.error;
    return [`Name:\t${answer.name}`, ...answer.addresses.map((a) => `Address: ${a}`)].join('\n');
  }

  #renderLookup(): void {
    const query = this.#query.value;
    this.#answer.textContent = query.trim() === '' ? '' : this.lookup(query);
    this.#answer.classList.toggle('nslookup__answer--error', this.#answer.textContent.startsWith('**'));
  }

  #renderService(plan: RolloutPlan, view: RolloutView, duration: number, ends: Promise<void>[]): void {
    const problem = plan.serviceDnsName === null;
    this.layout.service.classList.toggle('service--problem', problem);
    this.#serviceKind.textContent = problem ? t('webview.service.noDns') : t('webview.service.kind');
    this.#serviceName.textContent = problem ? (plan.dnsProblem ?? t('webview.service.noService')) : plan.serviceDnsName!;
    const all = problem ? [] : serviceAnswers(view);
    const ips = all.length > MAX_CHIPS ? all.slice(0, MAX_CHIPS - 1) : all;
    const answers = select(this.#answers);
    answers.classed('service__answers--none', ips.length === 0);
    answers
      .selectAll<HTMLElement, string>('.chip')
      .data(ips, (d) => d)
      .join(
        (enter) =>
          enter
            .append('span')
            .attr('class', duration > 0 ? 'chip chip--new' : 'chip')
            .text((d) => d),
        (update) => update.classed('chip--leaving', false),
        (exit) => {
          if (duration === 0) return exit.remove();
          exit.classed('chip--leaving', true);
          const t = exit.transition('frame').duration(duration).remove();
          ends.push(t.end());
          return exit;
        },
      );
    let note = this.#answers.querySelector<HTMLElement>('.service__none');
    const more = all.length - ips.length;
    if (ips.length === 0 || more > 0) {
      if (!note) note = el('span', 'service__none', this.#answers);
      else this.#answers.appendChild(note);
      note.textContent = more > 0 ? t('webview.service.more', more) : problem ? t('webview.service.nothingPerPod') : t('webview.service.nothingYet');
      note.title = more > 0 ? all.slice(ips.length).join(', ') : '';
    } else note?.remove();
  }

  #renderCounters(status: StatusState | undefined, plan: RolloutPlan): void {
    // [class key, value, title]; the label shown is t(`webview.counter.${key}`).
    const counts: [CounterKey, string, string][] = status
      ? [
          ['replicas', String(status.replicas), t('webview.counter.replicas.title')],
          ['ready', String(status.readyReplicas), t('webview.counter.ready.title')],
          ['available', String(status.availableReplicas), t('webview.counter.available.title')],
          ['current', String(status.currentReplicas), t('webview.counter.current.title', status.currentRevision)],
          ['updated', String(status.updatedReplicas), t('webview.counter.updated.title', status.updateRevision)],
          [
            'revisions',
            status.revisions.length === 0 ? '0' : `${status.revisions.length} · ${shortRevision(status.updateRevision, plan.statefulset)}`,
            status.revisions.join(', '),
          ],
        ]
      : COUNTERS.map((k) => [k, '–', '']);
    select(this.layout.counters)
      .selectAll<HTMLDivElement, [CounterKey, string, string]>('.counter')
      .data(counts, (d) => d[0])
      .join((enter) => {
        const div = enter.append('div').attr('class', (d) => `counter counter--${d[0]}`);
        div.append('dd').attr('class', 'counter__value');
        div.append('dt').attr('class', 'counter__label').text((d) => t(`webview.counter.${d[0]}`));
        return div;
      })
      .attr('title', (d) => d[2])
      .select('.counter__value')
      .text((d) => d[1]);
  }
}
