// User text (resource names, keys, label values, file names) printed to a terminal must not be
// able to drive it or forge output lines. kubectl escapes ESC and CR (cli-runtime
// printers/terminal.go `EscapeTerminal`, kubernetes/kubernetes#101695); we escape every C0 and C1
// control character and DEL, so a newline cannot start a fake diagnostic line either.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const NAMED: Readonly<Record<string, string>> = { '\u001b': '^[', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character shown as `^[`, `\n`, `\r`, `\t` or `\xNN`. */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
