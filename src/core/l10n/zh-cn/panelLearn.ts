// 发布面板“数据保留”实验（docs/learn.md §4）的简体中文，键与 en/panelLearn.ts 相同。
import type { panelLearn } from '../en/panelLearn';

export const panelLearnZh: Record<keyof typeof panelLearn, string> = {
  'webview.volumes': '卷中的数据',
  'webview.volumes.write': '把每个主机名写入它的卷',
  'webview.volumes.write.title': "在每个运行中的 Pod 里执行 kubectl exec web-0 -- sh -c 'echo $(hostname) > /usr/share/nginx/html/index.html' 的效果",
  'webview.volumes.hint': '所有 Pod 都已就绪，脚本接下来会删除 Pod：先把每个主机名写入它的卷，再按“播放”。',
  'webview.volumes.none': '此刻没有挂载已绑定声明的运行中 Pod：请移到有这样的 Pod 的时刻。',
  'webview.volumes.written': '已在第 {0} 秒写入。继续播放：每个重建的 Pod 挂载原来的声明，并读回其中的文本。',
  'webview.volume.holds': '{0} 中存有“{1}”',
  'webview.volume.reads': '从 {1} 读到“{0}”',
  'webview.volume.survived': '从 {1} 读到“{0}”，由之前的 {2} 写入：数据保留了下来',
};
