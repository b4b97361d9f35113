// Small markdown helpers for hover and completion documentation. Everything a manifest or a
// file name supplies reaches Markdown through code() or plainText(), so a name holding backticks,
// line breaks, `[x](command:…)`, `# heading` or `<img>` shows as text and never becomes markup.
import { escapeTerminal } from '../text/terminal';

/**
 * Escapes what would turn prose into markup (emphasis, links such as `[a-z]([-a-z]*)`, HTML);
 * backticks stay, since Kubernetes descriptions use them for code. URLs stay links. For our own
 * and Kubernetes' text only: user text goes through plainText() or code().
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*[\]<>]/g, (ch) => `\\${ch}`);
}

/**
 * User text as literal Markdown text: control characters shown (escapeTerminal: `\n`, `^[`,
 * `\xNN`, so the text stays on its line), every ASCII punctuation character
 * backslash-escaped (CommonMark 2.4: any of them may be), so nothing in it starts a link, an
 * emphasis, a heading, a list, an entity, an autolink or HTML.
 */
export function plainText(text: string): string {
  return escapeTerminal(text).replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`);
}

/**
 * An inline code span showing `text` literally (CommonMark 6.1): the fence is one backtick longer
 * than the longest run of backticks inside, and a space pads content that starts or ends with a
 * backtick or a space (the renderer strips one from each side). Line breaks and control characters
 * are shown, not kept: a blank line would end the span's paragraph.
 */
export function code(text: string): string {
  // An empty span would be a bare "``" that pairs with the fence of a later span and frees its text.
  if (text === '') return '` `';
  const shown = escapeTerminal(text);
  const fence = '`'.repeat(longestBacktickRun(shown) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) && shown.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * A link to `url` when it is an absolute https (or http) URL with nothing that could end the link
 * destination early (white space, parentheses, angle brackets, backslashes); else the text alone.
 */
export function link(text: string, url: string): string {
  return isSafeLinkTarget(url) ? `[${plainText(text)}](${url})` : plainText(text);
}

function isSafeLinkTarget(url: string): boolean {
  if (/[\s<>()\\]/.test(url) || !URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * `count` names as a sentence list in code spans: `a`; `a` and `b`; `a`, `b` and `c`; more than
 * `max` are elided in the middle (`a`, `b`, `c`, `d`, …, `z`). Only the names shown are built, so
 * a StatefulSet of 10,000 replicas costs five names. `and` is the localised conjunction.
 */
export function listNames(count: number, nameAt: (i: number) => string, and: string, max = 5): string {
  if (count <= 0) return '';
  if (count === 1) return code(nameAt(0));
  if (count > max) {
    const head = Array.from({ length: max - 1 }, (_, i) => code(nameAt(i)));
    return `${head.join(', ')}, …, ${code(nameAt(count - 1))}`;
  }
  const shown = Array.from({ length: count }, (_, i) => code(nameAt(i)));
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

/** `count` names as a bullet list, elided after `max` the same way as listNames. */
export function bulletNames(count: number, nameAt: (i: number) => string, max = 5): string {
  const lines: string[] = [];
  const head = count > max ? max - 1 : count;
  for (let i = 0; i < head; i++) lines.push(`- ${code(nameAt(i))}`);
  if (count > max) lines.push('- …', `- ${code(nameAt(count - 1))}`);
  return lines.join('\n');
}
