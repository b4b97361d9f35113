// Small markdown helpers for hover and completion documentation.

/**
 * Escapes what would turn prose into markup (emphasis, links such as `[a-z]([-a-z]*)`, HTML);
 * backticks stay, since Kubernetes descriptions use them for code. URLs stay links.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*[\]<>]/g, (ch) => `\\${ch}`);
}

/** An inline code span that survives backticks in the value. */
export function code(text: string): string {
  if (!text.includes('`')) return `\`${text}\``;
  return `\`\` ${text} \`\``;
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
