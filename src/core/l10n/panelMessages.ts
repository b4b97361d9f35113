// The strings the webview (the rollout panel) shows: the simulator's and the UI's tables only, so
// its bundle carries no rule, hover or schema strings. Same keys and texts as messages.ts.
import { panelCluster } from './en/panelCluster';
import { panelLearn } from './en/panelLearn';
import { simulator } from './en/simulator';
import { ui } from './en/ui';
import { why } from './en/why';
import { stringTable } from './stringTable';
import { panelClusterZh } from './zh-cn/panelCluster';
import { panelLearnZh } from './zh-cn/panelLearn';
import { simulatorZh } from './zh-cn/simulator';
import { uiZh } from './zh-cn/ui';
import { whyZh } from './zh-cn/why';

/** The English of the panel strings (the fallback of every translation). */
export const panelEnglish = { ...simulator, ...why, ...ui, ...panelCluster, ...panelLearn } as const;

export type MessageKey = keyof typeof panelEnglish;

export const { setLocale, getLocale, t } = stringTable<MessageKey>(panelEnglish, { 'zh-cn': { ...simulatorZh, ...whyZh, ...uiZh, ...panelClusterZh, ...panelLearnZh } });
