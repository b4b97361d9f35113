// The language server's own messages (src/server): indexing progress and the file cap, and the
// CLI's `lsp` command. Setting names stay as written: users search for them.
export const server = {
  'server.index.title': 'StatefulSet Studio: indexing YAML files',
  'server.index.progress': '{0} of {1} files',
  'server.index.capReached':
    'StatefulSet Studio indexed {0} of the {1} YAML files found: statefulsetStudio.maxIndexedFiles is {0}. Raise that setting, or leave folders out with statefulsetStudio.exclude.',
  'server.index.failed': 'StatefulSet Studio could not index the workspace: {0}',
  'cli.usage.lsp': 'Runs the language server on standard input and output (Neovim, Helix, any LSP client).',
  'cli.error.lspArgs': 'lsp takes exactly --stdio (the server speaks LSP on standard input and output), not: {0}',
} as const;
