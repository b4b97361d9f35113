// What the "Simulate rollout" panel draws for a frame: the headless Service and the IPs it answers
// with, the status counters, one slot per ordinal (the pod card and its claims, keyed by pod name so
// every pod keeps its place), the event timeline, the `kubectl get pods -w` transcript and the
// nslookup box. It only displays the frames the extension planned; it decides nothing itself.
// Text goes in with .text()/textContent only; colours come from classes (styles.css).
// Our words go through the core's t() (src/core/l10n); the Kubernetes words a learner matches
// against kubectl stay as kubectl prints them (STATUS values, the `kubectl get pods -w` columns).
import { select, type Selection } from 'd3';
import 'd3-transition';
import { getLocale, setLocale, t } from '../src/core/l10n/messages';
import type { PanelProblem } from '../src/protocol/messages';
import type { RolloutFrame, RolloutPlan } from '../src/core/simulate/planRollout';
import { lookUp, serviceAnswers, Timeline, type RolloutView } from '../src/core/simulate/timeline';
import type { PodState, PvcState, StatusState } from '../src/core/simulate/types';
import { WatchTranscript } from './transcript';

/**
 * The page's own texts that outlive a plan (skeleton, controls): each is set by a function that
 * runs now and again when `init` brings another locale. What is drawn per plan uses t() directly.
 */
export class Texts {
  readonly #setters: (() => void)[] = [];

  /** Runs `set` now and after every change of locale. */
  bind(set: () => void): void {
    set();
    this.#setters.push(set);
  }

  /** Switches to `locale` (`en`, `zh-cn`, …); true when the table changed and every text was set again. */
  useLocale(locale: string): boolean {
    const before = getLocale();
    setLocale(locale);
    if (getLocale() === before) return false;
    for (const set of this.#setters) set();
    return true;
  }
}

/** Element references of the page skeleton, shared by the view and the controls. */
export interface Layout {
  readonly texts: Texts;
  readonly title: HTMLElement;
  readonly error: HTMLElement;
  readonly problems: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly actions: HTMLElement;
  readonly service: HTMLElement;
  readonly counters: HTMLElement;
  readonly pods: HTMLElement;
  readonly events: HTMLElement;
  readonly nslookup: HTMLElement;
  readonly transcript: HTMLElement;
  readonly live: HTMLElement;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, parent?: Element, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.appendChild(node);
  return node;
}

function section(texts: Texts, parent: Element, className: string, heading: () => string): HTMLElement {
  const box = el('section', `box ${className}`, parent);
  const id = `h-${className}`;
  const h = el('h2', 'box__title', box);
  texts.bind(() => (h.textContent = heading()));
  h.id = id;
  box.setAttribute('aria-labelledby', id);
  return box;
}

/** Builds the page: header, playback bar, stage (Service, counters, pods, events), side panes. */
export function buildLayout(body: HTMLElement): Layout {
  const texts = new Texts();
  const label = (node: Element, text: () => string) => texts.bind(() => node.setAttribute('aria-label', text()));
  const app = el('div', 'app', body);
  const header = el('header', 'header', app);
  const title = el('h1', 'header__title', header, t('webview.heading'));
  const error = el('p', 'error', app);
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const problems = el('section', 'problems', app);
  problems.hidden = true;
  const toolbar = el('div', 'toolbar', app);
  toolbar.setAttribute('role', 'toolbar');
  label(toolbar, () => t('webview.toolbar'));
  const main = el('main', 'layout', app);
  const stage = el('div', 'stage', main);
  const service = el('section', 'service', stage);
  label(service, () => t('webview.service'));
  const counters = el('dl', 'counters', stage);
  label(counters, () => t('webview.counters'));
  const pods = el('div', 'pods', stage);
  pods.setAttribute('role', 'list');
  label(pods, () => t('webview.pods'));
  const events = section(texts, stage, 'events', () => t('webview.events'));
  const side = el('aside', 'side', main);
  const actions = section(texts, side, 'actions', () => t('webview.whatIf'));
  const nslookup = section(texts, side, 'nslookup', () => 'nslookup');
  const transcript = section(texts, side, 'transcript', () => 'kubectl get pods -w');
  const live = el('div', 'sr-only', app);
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  return { texts, title, error, problems, toolbar, actions, service, counters, pods, events, nslookup, transcript, live };
}

/** The STATUS a learner reads on the card: kubectl's column, with Running+Ready shown as Ready. */
export function displayStatus(pod: PodState): string {
  if (pod.terminating) return 'Terminating';
  if (pod.status === 'Running' && pod.ready) return 'Ready';
  return pod.status;
}

const LIFE: Record<string, number> = {
  Pending: 12,
  ContainerCreating: 38,
  ErrImagePull: 38,
  ImagePullBackOff: 38,
  Running: 72,
  CrashLoopBackOff: 72,
  Error: 72,
  Ready: 100,
  Terminating: 6,
};

/** `web-595f6b8f96` → `595f6b8`. */
export function shortRevision(revision: string, statefulset: string): string {
  const hash = revision.startsWith(`${statefulset}-`) ? revision.slice(statefulset.length + 1) : revision;
  return hash.length > 7 ? hash.slice(0, 7) : hash;
}

interface Incarnation {
  readonly createdAt: number;
  /** First frame that shows this incarnation. */
  readonly frame: number;
  ip: string | null;
}

interface Slot {
  readonly name: string;
  readonly ordinal: number;
  readonly pod: PodState | undefined;
  readonly pvcs: readonly PvcState[];
  /** The IP the previous incarnation of this name had (when it differs), or the gone pod's last IP. */
  readonly oldIp: string | null;
  readonly updateRevision: string;
}

interface SlotRefs {
  readonly pod: HTMLElement;
  readonly name: HTMLElement;
  readonly status: HTMLElement;
  readonly fill: SVGRectElement;
  readonly host: HTMLElement;
  readonly dns: HTMLElement;
  readonly dnsNote: HTMLElement;
  readonly ip: HTMLElement;
  readonly ipBadge: HTMLElement;
  readonly ipOld: HTMLElement;
  readonly rev: HTMLElement;
  readonly restarts: HTMLElement;
  readonly reason: HTMLElement;
  readonly claims: HTMLElement;
  rendered?: Slot;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The event list is a window around the current event (constant size, no scrolling to manage). */
const EVENTS_BEFORE = 9;
const EVENTS_AFTER = 5;
const TRANSCRIPT_LINES = 200;
/** The Service node lists this many answers, then "and N more". */
const MAX_CHIPS = 24;

const COUNTERS = ['replicas', 'ready', 'available', 'current', 'updated', 'revisions'] as const;
type CounterKey = (typeof COUNTERS)[number];

const ordinalOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 0);

/** The object a frame is about, as a slot name (pod events, claim events, DNS records). */
function subjectOf(frame: RolloutFrame | undefined): string | undefined {
  if (!frame) return undefined;
  if (frame.pod) return frame.pod.name;
  if (frame.pvc) return frame.pvc.pod;
  if (frame.event.type.startsWith('Pod')) return frame.event.object;
  return undefined;
}

export interface StageHandlers {
  seek(index: number): void;
  openProblem(index: number): void;
}

export class Stage {
  #plan: RolloutPlan | undefined;
  #timeline: Timeline | undefined;
  #transcript: WatchTranscript | undefined;
  #history = new Map<string, Incarnation[]>();
  #refs = new WeakMap<Element, SlotRefs>();
  #slotNodes = new Map<string, HTMLElement>();
  #index = -1;
  #view: RolloutView | undefined;
  #transcriptCount = -1;
  #current: string | undefined;
  readonly #clock: HTMLElement;
  readonly #answers: HTMLElement;
  readonly #serviceName: HTMLElement;
  readonly #serviceKind: HTMLElement;
  readonly #eventList: HTMLOListElement;
  readonly #pre: HTMLPreElement;
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
    this.#eventList = el('ol', 'events__list', layout.events);
    // A column-reverse scroller stays scrolled to the newest line without reading layout.
    const scroller = el('div', 'transcript__scroll', layout.transcript);
    scroller.tabIndex = 0;
    texts.bind(() => scroller.setAttribute('aria-label', t('webview.transcript.label')));
    this.#pre = el('pre', 'transcript__text', scroller);
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

  /** Takes a new plan: the view is redrawn from scratch at the next show(). */
  load(plan: RolloutPlan, containers: number, title: string): void {
    this.interrupt();
    this.#plan = plan;
    this.#timeline = new Timeline(plan);
    this.#transcript = new WatchTranscript(plan, containers);
    this.#history = new Map();
    plan.frames.forEach((frame, index) => {
      const pod = frame.pod;
      if (!pod) return;
      const list = this.#history.get(pod.name) ?? [];
      let last = list[list.length - 1];
      if (!last || last.createdAt !== pod.createdAt) {
        last = { createdAt: pod.createdAt, frame: index, ip: null };
        list.push(last);
        this.#history.set(pod.name, list);
      }
      if (last.ip === null && pod.ip !== null) last.ip = pod.ip;
    });
    this.layout.title.textContent = title;
    this.#index = -1;
    this.#view = undefined;
    this.#transcriptCount = -1;
    this.#current = undefined;
    this.#slotNodes = new Map();
    select(this.layout.pods).selectAll('.slot').remove();
    select(this.#eventList).selectAll('li').remove();
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

  showError(message: string | undefined): void {
    this.layout.error.hidden = message === undefined;
    this.layout.error.textContent = message ?? '';
  }

  /** Stops every running transition (a new frame, a scrub, pause, page hidden). */
  interrupt(): void {
    select(this.layout.pods).selectAll('.life__fill, .slot--leaving').interrupt('frame');
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
    this.#renderSlots(plan, view, duration, ends);
    this.#renderEvents(plan, view.index);
    this.#renderTranscript(view.index);
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
    return this.#transcript?.textAt(this.#index) ?? '';
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

  #slots(plan: RolloutPlan, view: RolloutView): Slot[] {
    const claims = new Map<string, PvcState[]>();
    for (const pvc of view.pvcs.values()) {
      const list = claims.get(pvc.pod);
      if (list) list.push(pvc);
      else claims.set(pvc.pod, [pvc]);
    }
    const names = new Set<string>([...view.pods.keys(), ...claims.keys()]);
    const updateRevision = view.status?.updateRevision ?? '';
    const slots: Slot[] = [];
    for (const name of names) {
      const pod = view.pods.get(name);
      const history = this.#history.get(name) ?? [];
      let oldIp: string | null = null;
      if (pod) {
        const at = history.findIndex((h) => h.createdAt === pod.createdAt);
        const previous = at > 0 ? history[at - 1] : undefined;
        if (previous?.ip && previous.ip !== pod.ip) oldIp = previous.ip;
      } else {
        const gone = history.filter((h) => h.frame <= view.index).pop();
        oldIp = gone?.ip ?? null;
      }
      const pvcs = claims.get(name) ?? [];
      pvcs.sort((a, b) => a.name.localeCompare(b.name));
      slots.push({ name, ordinal: pod?.ordinal ?? ordinalOf(name), pod, pvcs, oldIp, updateRevision });
    }
    void plan;
    return slots.sort((a, b) => a.ordinal - b.ordinal || a.name.localeCompare(b.name));
  }

  #renderSlots(plan: RolloutPlan, view: RolloutView, duration: number, ends: Promise<void>[]): void {
    const slots = this.#slots(plan, view);
    const joined = select(this.layout.pods)
      .selectAll<HTMLElement, Slot>('.slot')
      .data(slots, (d) => d.name)
      .join(
        (enter) =>
          enter
            .append('article')
            .attr('class', duration > 0 ? 'slot slot--new' : 'slot')
            .attr('role', 'listitem')
            .each((_d, i, nodes) => this.#buildSlot(nodes[i])),
        (update) => update.classed('slot--leaving', false),
        (exit) => {
          if (duration === 0) return exit.remove();
          exit.classed('slot--leaving', true);
          const t = exit.transition('frame').duration(duration).remove();
          ends.push(t.end());
          return exit;
        },
      );
    this.#slotNodes = new Map();
    joined.each((d, i, nodes) => {
      this.#slotNodes.set(d.name, nodes[i]);
      this.#renderSlot(nodes[i], d, plan, duration, ends);
    });
    const subject = subjectOf(plan.frames[view.index]);
    if (subject !== this.#current) {
      this.#slotNode(this.#current)?.classList.remove('slot--current');
      this.#current = subject;
    }
    this.#slotNode(subject)?.classList.add('slot--current');
  }

  #slotNode(name: string | undefined): HTMLElement | undefined {
    return name === undefined ? undefined : this.#slotNodes.get(name);
  }

  #buildSlot(slot: HTMLElement): void {
    const pod = el('div', 'pod', slot);
    const head = el('header', 'pod__head', pod);
    const name = el('h3', 'pod__name', head);
    const status = el('span', 'pod__status', head);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'pod__life');
    svg.setAttribute('viewBox', '0 0 100 4');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    const track = document.createElementNS(SVG, 'rect');
    track.setAttribute('class', 'life__track');
    track.setAttribute('width', '100');
    track.setAttribute('height', '4');
    const fill = document.createElementNS(SVG, 'rect');
    fill.setAttribute('class', 'life__fill');
    fill.setAttribute('width', '0');
    fill.setAttribute('height', '4');
    svg.append(track, fill);
    pod.appendChild(svg);
    const facts = el('dl', 'pod__facts', pod);
    const fact = (label: string, cls: string) => {
      el('dt', 'fact__label', facts, label);
      return el('dd', `fact ${cls}`, facts);
    };
    const host = fact(t('webview.fact.hostname'), 'fact--host');
    const dnsBox = fact('DNS', 'fact--dns');
    const dns = el('span', 'dns', dnsBox);
    const dnsNote = el('span', 'dns__note', dnsBox);
    const ipBox = fact('IP', 'fact--ip');
    const ip = el('span', 'ip', ipBox);
    const ipBadge = el('span', 'badge ip__badge', ipBox, t('webview.ip.new'));
    const ipOld = el('s', 'ip__old', ipBox);
    const rev = fact(t('webview.fact.revision'), 'fact--rev');
    const restarts = fact(t('webview.fact.restarts'), 'fact--restarts');
    const reason = el('p', 'pod__reason', pod);
    const claims = el('ul', 'claims', slot);
    claims.setAttribute('aria-label', t('webview.slot.claims'));
    this.#refs.set(slot, { pod, name, status, fill, host, dns, dnsNote, ip, ipBadge, ipOld, rev, restarts, reason, claims });
  }

  #renderSlot(slot: HTMLElement, d: Slot, plan: RolloutPlan, duration: number, ends: Promise<void>[]): void {
    const refs = this.#refs.get(slot);
    if (!refs) return;
    const before = refs.rendered;
    if (
      before &&
      before.pod === d.pod &&
      before.oldIp === d.oldIp &&
      before.updateRevision === d.updateRevision &&
      before.pvcs.length === d.pvcs.length &&
      before.pvcs.every((p, i) => p === d.pvcs[i])
    ) {
      return;
    }
    refs.rendered = d;
    const pod = d.pod;
    const label = pod ? displayStatus(pod) : 'Gone';
    refs.pod.className = `pod pod--${label.toLowerCase()}`;
    refs.name.textContent = d.name;
    refs.status.textContent = pod ? label : t('webview.slot.noPod');
    const width = pod ? (LIFE[label] ?? 50) : 0;
    const fill = select(refs.fill);
    if (duration > 0 && before && fill.attr('width') !== String(width)) {
      const t = fill.transition('frame').duration(duration).attr('width', width);
      ends.push(t.end());
    } else fill.attr('width', width);
    refs.host.textContent = pod ? pod.hostname : d.name;
    const dnsName = pod?.dnsName ?? (plan.serviceDnsName ? `${d.name}.${plan.serviceDnsName}` : null);
    setBreakable(refs.dns, dnsName ?? t('webview.dns.none'));
    const published = !!pod?.dnsPublished;
    refs.dns.classList.toggle('dns--unpublished', !published);
    refs.dnsNote.textContent = dnsName === null ? '' : published ? '' : t('webview.dns.unpublished');
    refs.ip.textContent = pod?.ip ?? '–';
    const newIp = !!(pod && pod.ip && d.oldIp);
    refs.ipBadge.hidden = !newIp;
    refs.ipOld.textContent = d.oldIp ?? '';
    refs.ipOld.hidden = d.oldIp === null;
    refs.ipOld.title = d.oldIp ? (pod ? t('webview.ip.oldRecreated', d.name) : t('webview.ip.oldGone', d.name)) : '';
    refs.ip.classList.toggle('ip--new', newIp && before?.pod?.ip !== pod?.ip);
    refs.rev.textContent = pod ? shortRevision(pod.revision, plan.statefulset) : '–';
    refs.rev.title = pod?.revision ?? '';
    refs.rev.classList.toggle('rev--old', !!pod && d.updateRevision !== '' && pod.revision !== d.updateRevision);
    refs.restarts.textContent = pod ? String(pod.restarts) : '–';
    refs.restarts.classList.toggle('restarts--some', !!pod && pod.restarts > 0);
    const reason = pod?.reason ?? (pod ? '' : d.pvcs.length > 0 ? t('webview.slot.noPodReason') : '');
    refs.reason.textContent = reason;
    refs.reason.hidden = reason === '';
    slot.setAttribute('aria-label', pod ? (pod.ip ? t('webview.slot.ariaIp', d.name, label, pod.ip) : t('webview.slot.aria', d.name, label)) : t('webview.slot.ariaNoPod', d.name));
    select(refs.claims)
      .selectAll<HTMLLIElement, PvcState>('.claim')
      .data(d.pvcs, (p) => p.name)
      .join((enter) => {
        const li = enter.append('li');
        li.append('span').attr('class', 'claim__icon').attr('aria-hidden', 'true').text('⛁');
        li.append('span').attr('class', 'claim__name');
        li.append('span').attr('class', 'claim__phase');
        li.append('span').attr('class', 'claim__volume');
        return li;
      })
      .attr('class', (p) => `claim claim--${p.phase.toLowerCase()}`)
      .attr('title', (p) => [p.reason, p.owners.length ? t('webview.claim.owners', p.owners.join(', ')) : t('webview.claim.noOwner')].filter(Boolean).join('\n'))
      .call((li) => {
        li.select('.claim__name').text((p) => p.name);
        li.select('.claim__phase').text((p) => p.phase);
        li.select('.claim__volume').text((p) => (p.volume ? `→ ${p.volume}` : (p.reason ?? t('webview.claim.noVolume'))));
      });
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
        li.append('span').attr('class', 'event__type').text((i) => (plan.frames[i].event.type === 'Blocked' ? `⚠ ${plan.frames[i].event.type}` : plan.frames[i].event.type));
        li.append('span').attr('class', 'event__message').text((i) => eventText(plan.frames[i]));
        li.on('click', (_e, i) => this.handlers.seek(i));
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

/** Sets a long DNS name as text with a line-break opportunity after each dot. */
function setBreakable(node: HTMLElement, text: string): void {
  if (node.dataset.text === text) return;
  node.dataset.text = text;
  const parts = text.split('.');
  node.replaceChildren(...parts.flatMap((part, i) => (i < parts.length - 1 ? [document.createTextNode(`${part}.`), document.createElement('wbr')] : [document.createTextNode(part)])));
}

export function eventText(frame: RolloutFrame): string {
  const e = frame.event;
  return e.message ?? `${e.type} ${e.object}`;
}

function eventClass(frame: RolloutFrame): string {
  const type = frame.event.type;
  const kind =
    type === 'Blocked'
      ? 'event--blocked'
      : type === 'PodFailed' || type === 'PVCPending'
        ? 'event--bad'
        : type === 'StatusUpdated' || type === 'StepStarted' || type === 'Settled'
          ? `event--${type === 'StepStarted' ? 'step' : 'quiet'}`
          : type.startsWith('DNS')
            ? 'event--dns'
            : '';
  return `event ${kind}`.trim();
}
