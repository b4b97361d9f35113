// The page skeleton of the "Simulate rollout" panel (header, playback bar, stage, side panes) and the
// Texts registry that re-sets the page's own texts when `init` brings another locale.
import { getLocale, setLocale, t } from '../src/core/l10n/panelMessages';

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
  /** The disruption budgets that select the set's pods (hidden without any). */
  readonly budgets: HTMLElement;
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
  const budgets = el('ul', 'budgets', stage);
  budgets.hidden = true;
  label(budgets, () => t('webview.budgets'));
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
  return { texts, title, error, problems, toolbar, actions, service, counters, budgets, pods, events, nslookup, transcript, live };
}
