// Small builders of the panel's @vscode-elements controls, shared by controls.ts and podActions.ts:
// a button, a select and a titled group, each with its texts bound through Texts (set now and again
// when the locale changes).
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { VscodeButton } from '@vscode-elements/elements/dist/vscode-button/vscode-button.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import { t, type MessageKey } from '../src/core/l10n/panelMessages';
import { el, type Texts } from './layout';

export function button(texts: Texts, parent: Element, text: MessageKey, options: { secondary?: boolean; title?: MessageKey; className?: string } = {}): VscodeButton {
  const b = document.createElement('vscode-button');
  texts.bind(() => {
    b.textContent = t(text);
    if (options.title) b.title = t(options.title);
  });
  b.secondary = options.secondary ?? false;
  if (options.className) b.className = options.className;
  parent.appendChild(b);
  return b;
}

/**
 * A select labelled `label`. Its options (value, text), when given, are created again on a change
 * of locale, keeping the selection: the element reads its options' texts when they are slotted.
 */
export function selectBox(
  texts: Texts,
  parent: Element,
  label: MessageKey,
  options?: () => readonly (readonly [string, string])[],
  value = '',
): VscodeSingleSelect {
  const s = document.createElement('vscode-single-select');
  let first = true;
  texts.bind(() => {
    s.setAttribute('aria-label', t(label));
    if (!options) return;
    const selected = first ? value : s.value;
    first = false;
    s.replaceChildren(
      ...options().map(([v, text]) => {
        const o = document.createElement('vscode-option');
        o.value = v;
        o.textContent = text;
        if (v === selected) o.selected = true;
        return o;
      }),
    );
  });
  parent.appendChild(s);
  return s;
}

export function group(texts: Texts, parent: Element, title: MessageKey): HTMLElement {
  const g = el('fieldset', 'action', parent);
  const legend = el('legend', 'action__title', g);
  texts.bind(() => (legend.textContent = t(title)));
  return el('div', 'action__row', g);
}
