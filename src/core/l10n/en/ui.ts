// English strings of the editor (commands, code actions, panel), the webview and the CLI, keys `ui.*`, `webview.*`, `cli.*`.
export const ui = {} as const;
