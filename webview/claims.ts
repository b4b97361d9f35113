// A slot's claims: one row per PersistentVolumeClaim (joined by name) with its phase, its volume or
// why it has none, its zone once the volume is bound in one, and its owner references as a tooltip.
import { select } from 'd3';
import { t } from '../src/core/l10n/panelMessages';
import type { PvcState } from '../src/core/simulate/types';

export function renderClaims(list: HTMLElement, pvcs: readonly PvcState[]): void {
  select(list)
    .selectAll<HTMLLIElement, PvcState>('.claim')
    .data(pvcs, (p) => p.name)
    .join((enter) => {
      const li = enter.append('li');
      li.append('span').attr('class', 'claim__icon').attr('aria-hidden', 'true').text('⛁');
      li.append('span').attr('class', 'claim__name');
      li.append('span').attr('class', 'claim__phase');
      li.append('span').attr('class', 'claim__volume');
      li.append('span').attr('class', 'badge claim__zone');
      return li;
    })
    .attr('class', (p) => `claim claim--${p.phase.toLowerCase()}`)
    .attr('title', (p) => [p.reason, p.owners.length ? t('webview.claim.owners', p.owners.join(', ')) : t('webview.claim.noOwner')].filter(Boolean).join('\n'))
    .call((li) => {
      li.select('.claim__name').text((p) => p.name);
      li.select('.claim__phase').text((p) => p.phase);
      li.select('.claim__volume').text((p) => (p.volume ? `→ ${p.volume}` : (p.reason ?? t('webview.claim.noVolume'))));
      li.select<HTMLElement>('.claim__zone')
        .property('hidden', (p) => !p.zone)
        .text((p) => (p.zone ? t('webview.claim.zone', p.zone) : ''));
    });
}
