// vscode-languageclient publishes its Node entry point (`…/node`) through package.json `exports`
// only, which the project's `moduleResolution: node` does not read (esbuild does, at bundle time):
// this points the type checker at the same file, as src/server/nodeEntryPoints.d.ts does for the server's packages.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
