// The pods pane: one slot per ordinal, each the pod card and its claims, joined by pod name so that
// every pod keeps its place across frames. Owns what it needs to draw a slot: each name's earlier
// incarnations (for the old IP), the per-slot element references and the current slot.
import { select } from 'd3';
import 'd3-transition';
import { t } from '../src/core/l10n/panelMessages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import type { RolloutView } from '../src/core/simulate/timeline';
import type { PodState, PvcState } from '../src/core/simulate/types';
import { displayStatus, LIFE, ordinalOf, setBreakable, shortRevision, subjectOf, SVG } from './format';
import { renderClaims } from './claims';
import { el } from './layout';

interface Incarnation {
  readonly createdAt: number;
  /** First frame that shows this incarnation. */
  readonly frame: number;
  ip: string | null;
}

export interface Slot {
  readonly name: string;
  readonly ordinal: number;
  readonly pod: PodState | undefined;
  readonly pvcs: readonly PvcState[];
  /** The IP the previous incarnation of this name had (when it differs), or the gone pod's last IP. */
  readonly oldIp: string | null;
  readonly updateRevision: string;
  /** Why the scheduler cannot place the pod (its last FailedScheduling), in the Unscheduled lane. */
  readonly scheduling?: string;
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

export class PodCards {
  #history = new Map<string, Incarnation[]>();
  #refs = new WeakMap<Element, SlotRefs>();
  #slotNodes = new Map<string, HTMLElement>();
  #current: string | undefined;
  /** The layout's pods list. */
  readonly #container: HTMLElement;

  constructor(container: HTMLElement) {
    this.#container = container;
  }

  /** Takes a new plan: remembers each name's incarnations and removes every slot. */
  load(plan: RolloutPlan): void {
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
    this.#current = undefined;
    this.#slotNodes = new Map();
    select(this.#container).selectAll('.slot').remove();
  }

  /** Stops the slots' running transitions (the life bars, the leaving slots). */
  interrupt(): void {
    select(this.#container).selectAll('.life__fill, .slot--leaving').interrupt('frame');
  }

  /** One slot per pod name that has a pod or a claim now, in ordinal order. */
  slots(plan: RolloutPlan, view: RolloutView): Slot[] {
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

  /** Draws one slot per pod name (joined by name) in the pods list, and marks the slot the frame is about. */
  render(plan: RolloutPlan, view: RolloutView, duration: number, ends: Promise<void>[]): void {
    this.begin();
    this.renderInto(this.#container, this.slots(plan, view), plan, duration, ends);
    this.markCurrent(plan, view);
  }

  /** Starts a frame drawn list by list (the node lanes): forgets where the slots were. */
  begin(): void {
    this.#slotNodes = new Map();
  }

  /** Joins `slots` by pod name among the direct children of `container` (the pods list, or one lane). */
  renderInto(container: HTMLElement, slots: readonly Slot[], plan: RolloutPlan, duration: number, ends: Promise<void>[]): void {
    const joined = select(container)
      .selectChildren<HTMLElement, Slot>('.slot')
      .data(slots, (d) => d.name)
      .join(
        (enter) =>
          enter
            .append('article')
            .attr('class', duration > 0 ? 'slot slot--new' : 'slot')
            .attr('role', 'listitem')
            .each((_d, i, nodes) => this.#buildSlot(nodes[i])),
        // Only where it is set: classList writes the attribute (a DOM mutation) even when unchanged.
        (update) => {
          update.filter('.slot--leaving').classed('slot--leaving', false);
          return update;
        },
        (exit) => {
          if (duration === 0) return exit.remove();
          exit.classed('slot--leaving', true);
          const t = exit.transition('frame').duration(duration).remove();
          ends.push(t.end());
          return exit;
        },
      );
    joined.each((d, i, nodes) => {
      this.#slotNodes.set(d.name, nodes[i]);
      this.#renderSlot(nodes[i], d, plan, duration, ends);
    });
  }

  /** Marks the slot the frame is about, once every list is drawn. */
  markCurrent(plan: RolloutPlan, view: RolloutView): void {
    const subject = subjectOf(plan.frames[view.index]);
    if (subject !== this.#current) {
      this.#slotNode(this.#current)?.classList.remove('slot--current');
      this.#current = subject;
    }
    const current = this.#slotNode(subject);
    if (current && !current.classList.contains('slot--current')) current.classList.add('slot--current');
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
      before.scheduling === d.scheduling &&
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
    const reason = d.scheduling ?? pod?.reason ?? (pod ? '' : d.pvcs.length > 0 ? t('webview.slot.noPodReason') : '');
    refs.reason.textContent = reason;
    refs.reason.hidden = reason === '';
    slot.setAttribute('aria-label', pod ? (pod.ip ? t('webview.slot.ariaIp', d.name, label, pod.ip) : t('webview.slot.aria', d.name, label)) : t('webview.slot.ariaNoPod', d.name));
    renderClaims(refs.claims, d.pvcs);
  }
}
