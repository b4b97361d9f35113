// Simplified Chinese for en/server.ts. Setting names stay as written, as users search for them.
import type { server } from '../en/server';

export const serverZh: Readonly<Record<keyof typeof server, string>> = {
  'server.index.title': 'StatefulSet Studio：正在索引 YAML 文件',
  'server.index.progress': '{0} / {1} 个文件',
  'server.index.capReached':
    'StatefulSet Studio 已索引找到的 {1} 个 YAML 文件中的 {0} 个：statefulsetStudio.maxIndexedFiles 为 {0}。请调高该设置，或用 statefulsetStudio.exclude 排除文件夹。',
  'server.index.failed': 'StatefulSet Studio 无法索引工作区：{0}',
  'cli.usage.lsp': '在标准输入输出上运行语言服务器（Neovim、Helix 或任何 LSP 客户端）。',
  'cli.error.lspArgs': 'lsp 只接受 --stdio（服务器在标准输入输出上使用 LSP），而不是：{0}',
};
