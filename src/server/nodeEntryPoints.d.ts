// The LSP packages (server, client and their protocol) publish their Node entry points (`…/node`)
// through package.json `exports` only, which the project's `moduleResolution: node` does not read
// (Node and esbuild do, at run and bundle time). These declarations point the type checker at the
// same files, for src/server and src/client alike.
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
