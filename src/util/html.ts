// Escaping for text put into HTML, after VS Code's markdown extension (src/util/dom.ts). Nothing
// here imports vscode, so the panel's HTML can be unit-tested in Node.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** A value for a double-quoted attribute (the only kind the panel writes). */
export function escapeAttribute(value: string | { toString(): string }): string {
  return value.toString().replace(/[&"<>]/g, (ch) => ESCAPES[ch]);
}

/** Text between tags. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}
