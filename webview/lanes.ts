// The pods pane when the script declares nodes (issue #11): one section per zone, in it one lane
// per node (its name, state badges and what-ifs) holding the cards of the pods bound to it, then an
// "Unscheduled" lane for Pending pods the scheduler could not place (with its FailedScheduling
// message) and a lane for claims whose pod is gone. Zones are joined by zone, lanes by node name
// and cards by pod name, so a frame touches only what changed.
// <vscode-button> is defined by controls.ts in the page; the view itself registers no element, so
// that it runs in jsdom too.
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import { select } from 'd3';
import { t } from '../src/core/l10n/panelMessages';
import type { ClusterFrame, RolloutPlan } from '../src/core/simulate/planRollout';
import type { RolloutView } from '../src/core/simulate/timeline';
import type { NodeState, NodeStepKind } from '../src/core/simulate/types';
import type { ClusterTrack } from './cluster';
import { el } from './layout';
import { nodeActions } from './nodeActions';
import type { PodCards, Slot } from './podCards';

export type NodeActionHandler = (kind: NodeStepKind, node: string) => void;

interface Lane {
  readonly key: string;
  /** Undefined for the Unscheduled and no-pod lanes. */
  readonly node?: NodeState;
  /** False for a node a pod names but the nodes list does not. */
  readonly known: boolean;
  readonly slots: Slot[];
}

interface Zone {
  readonly key: string;
  readonly lanes: Lane[];
}

interface LaneRefs {
  readonly state: HTMLElement;
  readonly cordoned: HTMLElement;
  readonly outOfService: HTMLElement;
  readonly buttons: VscodeButton[];
  readonly list: HTMLElement;
  /** What the head shows (stateKey), to leave it alone while the node's state stays the same. */
  shown?: string;
}

/** Everything the lane's head depends on: a new frame's equal node leaves it untouched. */
const stateKey = (node: NodeState, known: boolean) => `${node.ready} ${node.cordoned} ${node.outOfService} ${node.pods.length === 0} ${known}`;

const UNSCHEDULED = '\u0000unscheduled';
const NO_POD = '\u0000no-pod';
/** The zone of the special lanes, after every real zone. */
const SPECIAL = '\u0000special';

/** Zones by name (no zone last), their lanes in the order the nodes are declared; the special lanes last. */
function groupLanes(cluster: ClusterFrame, slots: readonly Slot[], track: ClusterTrack, index: number): Zone[] {
  const lanes = new Map<string, Lane>(cluster.nodes.map((node) => [node.name, { key: node.name, node, known: true, slots: [] }]));
  const special = [{ key: UNSCHEDULED, known: true, slots: [] as Slot[] }, { key: NO_POD, known: true, slots: [] as Slot[] }];
  for (const slot of slots) {
    const node = slot.pod?.node;
    if (!slot.pod) special[1].slots.push(slot);
    else if (!node) special[0].slots.push({ ...slot, scheduling: track.failedScheduling(slot.name, index) });
    else {
      let lane = lanes.get(node);
      if (!lane) lanes.set(node, (lane = { key: node, node: { name: node, zone: null, ready: true, cordoned: false, outOfService: false, pods: [] }, known: false, slots: [] }));
      lane.slots.push(slot);
    }
  }
  const zones = new Map<string, Lane[]>();
  for (const lane of lanes.values()) {
    const zone = lane.node?.zone ?? '';
    zones.set(zone, [...(zones.get(zone) ?? []), lane]);
  }
  const named = [...zones.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const shown = special.filter((lane) => lane.slots.length > 0);
  return [...named.map((key) => ({ key, lanes: zones.get(key)! })), ...(shown.length > 0 ? [{ key: SPECIAL, lanes: shown }] : [])];
}

export class NodeLanes {
  readonly #refs = new WeakMap<Element, LaneRefs>();

  constructor(
    private readonly container: HTMLElement,
    private readonly cards: PodCards,
    private readonly act: NodeActionHandler,
  ) {}

  /** Removes every zone (a new plan, or a frame without nodes). */
  clear(): void {
    select(this.container).selectChildren('.zone').remove();
  }

  render(plan: RolloutPlan, view: RolloutView, cluster: ClusterFrame, track: ClusterTrack, duration: number, ends: Promise<void>[]): void {
    const zones = groupLanes(cluster, this.cards.slots(plan, view), track, view.index);
    this.cards.begin();
    select(this.container)
      .selectChildren<HTMLElement, Zone>('.zone')
      .data(zones, (z) => z.key)
      .join((enter) => enter.append('section').each((z, i, nodes) => this.#buildZone(nodes[i], z)))
      .each((z, i, nodes) => {
        select(nodes[i].lastElementChild as HTMLElement)
          .selectChildren<HTMLElement, Lane>('.lane')
          .data(z.lanes, (l) => l.key)
          .join((enter) => enter.append('section').each((l, k, lanes) => this.#buildLane(lanes[k], l)))
          .each((l, k, lanes) => {
            const refs = this.#refs.get(lanes[k])!;
            if (l.node && refs.shown !== stateKey(l.node, l.known)) this.#renderNode(lanes[k], refs, l.node, l.known);
            this.cards.renderInto(refs.list, l.slots, plan, duration, ends);
          });
      });
    this.cards.markCurrent(plan, view);
  }

  #buildZone(section: HTMLElement, zone: Zone): void {
    section.className = zone.key === SPECIAL ? 'zone zone--special' : 'zone';
    const name = zone.key === '' ? t('webview.zone.none') : zone.key;
    if (zone.key !== SPECIAL) {
      el('h3', 'zone__title', section, zone.key === '' ? name : t('webview.zone', name));
      section.setAttribute('aria-label', t('webview.zone.aria', name));
    }
    el('div', 'zone__lanes', section);
  }

  #buildLane(section: HTMLElement, lane: Lane): void {
    section.className = lane.node ? 'lane' : `lane lane--${lane.key === UNSCHEDULED ? 'unscheduled' : 'no-pod'}`;
    const head = el('header', 'lane__head', section);
    const title = lane.node ? lane.key : lane.key === UNSCHEDULED ? t('webview.lane.unscheduled') : t('webview.lane.noPod');
    el('h4', 'lane__name', head, title);
    if (lane.key === UNSCHEDULED) head.title = t('webview.lane.unscheduled.title');
    const state = el('span', 'badge node-state', head);
    const cordoned = el('span', 'badge node-flag node-flag--cordoned', head, `⊘ ${t('webview.node.cordoned')}`);
    cordoned.title = t('webview.node.cordoned.title');
    const outOfService = el('span', 'badge node-flag node-flag--oos', head, `⊗ ${t('webview.node.outOfService')}`);
    outOfService.title = t('webview.node.outOfService.title');
    const actions = el('div', 'lane__actions', head);
    const buttons = lane.node ? nodeActions(lane.node, lane.known).map(() => this.#button(actions, lane.key)) : [];
    state.hidden = cordoned.hidden = outOfService.hidden = true;
    const list = el('div', 'lane__pods', section);
    list.setAttribute('role', 'list');
    list.setAttribute('aria-label', lane.node ? t('webview.lane.pods', lane.key) : title);
    section.setAttribute('aria-label', lane.node ? t('webview.lane.aria', lane.key) : title);
    this.#refs.set(section, { state, cordoned, outOfService, buttons, list });
  }

  #button(parent: HTMLElement, node: string): VscodeButton {
    const b = document.createElement('vscode-button');
    b.secondary = true;
    b.className = 'lane__action';
    b.addEventListener('click', () => {
      if (!b.disabled && b.dataset.kind) this.act(b.dataset.kind as NodeStepKind, node);
    });
    parent.appendChild(b);
    return b;
  }

  /** Sets the lane's badges and controls for the node's state (only when it changed). */
  #renderNode(section: HTMLElement, refs: LaneRefs, node: NodeState, known: boolean): void {
    refs.shown = stateKey(node, known);
    section.classList.toggle('lane--not-ready', !node.ready);
    section.classList.toggle('lane--cordoned', node.cordoned);
    section.classList.toggle('lane--out-of-service', node.outOfService);
    section.classList.toggle('lane--unknown', !known);
    refs.state.hidden = false;
    refs.state.className = `badge node-state node-state--${node.ready ? 'ready' : 'not-ready'}`;
    // Ready and NotReady as kubectl get nodes prints them.
    refs.state.textContent = known ? (node.ready ? '✓ Ready' : '✕ NotReady') : `? ${t('webview.node.unknown')}`;
    refs.cordoned.hidden = !node.cordoned;
    refs.outOfService.hidden = !node.outOfService;
    nodeActions(node, known).forEach((action, i) => {
      const b = refs.buttons[i];
      b.dataset.kind = action.kind;
      b.textContent = t(action.text);
      b.disabled = action.off !== undefined;
      b.title = action.off ?? t(action.title);
    });
  }
}
