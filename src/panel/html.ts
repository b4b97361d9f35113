// The "Simulate rollout" panel's HTML: one pure function, no vscode import (unit-tested in Node).
// The page loads the built webview bundle only; no inline script or style, a nonce-locked CSP.
// Data never travels in the HTML: the webview sends `ready` and gets `init`.
import { escapeAttribute, escapeHtml } from '../util/html';

export interface HtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh `crypto.randomUUID()` per render. */
  readonly nonce: string;
  /** `webview.asWebviewUri(dist/webview/main.js)`, as a string. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
  /** The page's language, VS Code's display language (`vscode.env.language`); `en` when not given. */
  readonly lang?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; img-src ${cspSource} data:; font-src ${cspSource}; script-src 'nonce-${nonce}';`;
}

export function renderHtml({ cspSource, nonce, scriptUri, styleUri, title, lang = 'en' }: HtmlInput): string {
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="app" aria-busy="true"></div>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>
`;
}
