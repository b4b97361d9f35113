// The pods pane of the stage: without nodes, one list of pod cards by ordinal (as before issue
// #11); with nodes, the same cards in lanes by zone and node (lanes.ts). Also draws the line of
// each PodDisruptionBudget that selects the set's pods.
import { select } from 'd3';
import { t } from '../src/core/l10n/panelMessages';
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import type { RolloutView } from '../src/core/simulate/timeline';
import type { BudgetState } from '../src/core/simulate/types';
import { ClusterTrack } from './cluster';
import { NodeLanes, type NodeActionHandler } from './lanes';
import type { Layout } from './layout';
import { PodCards } from './podCards';

export class PodsPane {
  readonly #cards: PodCards;
  readonly #lanes: NodeLanes;
  #cluster: ClusterTrack | undefined;

  constructor(
    private readonly layout: Layout,
    act: NodeActionHandler,
  ) {
    this.#cards = new PodCards(layout.pods);
    this.#lanes = new NodeLanes(layout.pods, this.#cards, act);
  }

  /** The plan's nodes and budgets over time. */
  get cluster(): ClusterTrack | undefined {
    return this.#cluster;
  }

  load(plan: RolloutPlan): void {
    this.#cards.load(plan);
    this.#cluster = new ClusterTrack(plan);
    this.#lanes.clear();
  }

  interrupt(): void {
    this.#cards.interrupt();
  }

  render(plan: RolloutPlan, view: RolloutView, duration: number, ends: Promise<void>[]): void {
    const cluster = (this.#cluster ??= new ClusterTrack(plan)).at(view.index);
    const pods = this.layout.pods;
    const lanes = cluster.nodes.length > 0;
    pods.classList.toggle('pods--lanes', lanes);
    if (lanes) {
      pods.removeAttribute('role'); // the lanes are the lists
      select(pods).selectChildren('.slot').remove();
      this.#lanes.render(plan, view, cluster, this.#cluster, duration, ends);
    } else {
      pods.setAttribute('role', 'list');
      this.#lanes.clear();
      this.#cards.render(plan, view, duration, ends);
    }
    this.#renderBudgets(cluster.budgets);
  }

  #renderBudgets(budgets: readonly BudgetState[]): void {
    this.layout.budgets.hidden = budgets.length === 0;
    select(this.layout.budgets)
      .selectAll<HTMLLIElement, BudgetState>('li')
      .data(budgets, (b) => b.name)
      .join('li')
      .attr('class', (b) => (b.disruptionsAllowed > 0 ? 'budget' : 'budget budget--none'))
      .text((b) => t(b.disruptionsAllowed === 1 ? 'webview.budget.one' : 'webview.budget.many', b.name, b.disruptionsAllowed, b.currentHealthy, b.desiredHealthy));
  }
}
