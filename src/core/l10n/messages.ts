// Our own user-facing strings, keyed, with `{0}` placeholders: `t('sim.wait.for', pod, what, state)`.
// English is the source (one table per area in en/) and the fallback for every key a translation
// lacks; each area has its Simplified Chinese table in zh-cn/ (complete: test/unit/l10n.test.ts).
// The rules' strings are not here: they live in the rule modules, their translations in
// rules/l10n/ (catalog.ts), and the hover's in docs/l10n/ (docs/strings.ts). The webview imports
// panelMessages.ts, which carries only its own tables.
// Kubernetes' own field descriptions are not ours and stay English.
import { change } from './en/change';
import { cluster } from './en/cluster';
import { engine } from './en/engine';
import { panelCluster } from './en/panelCluster';
import { panelLearn } from './en/panelLearn';
import { server } from './en/server';
import { simulator } from './en/simulator';
import { ui } from './en/ui';
import { why } from './en/why';
import { stringTable } from './stringTable';
import { changeZh } from './zh-cn/change';
import { clusterZh } from './zh-cn/cluster';
import { engineZh } from './zh-cn/engine';
import { panelClusterZh } from './zh-cn/panelCluster';
import { panelLearnZh } from './zh-cn/panelLearn';
import { serverZh } from './zh-cn/server';
import { simulatorZh } from './zh-cn/simulator';
import { uiZh } from './zh-cn/ui';
import { whyZh } from './zh-cn/why';

export const en = { ...engine, ...simulator, ...cluster, ...why, ...ui, ...panelCluster, ...panelLearn, ...change, ...server } as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

const table = stringTable<MessageKey>(en, { 'zh-cn': { ...engineZh, ...simulatorZh, ...clusterZh, ...whyZh, ...uiZh, ...panelClusterZh, ...panelLearnZh, ...changeZh, ...serverZh } });

/** Locale (lower case, `en`, `zh-cn`) → table. Missing keys fall back to English. */
export const tables = table.tables;
export const { setLocale, getLocale, t } = table;
