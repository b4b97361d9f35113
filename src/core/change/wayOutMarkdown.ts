// The way out of a refused update as Markdown (docs/change-model.md §5): numbered steps, each with
// its exact commands in a fenced `sh` block. `plan --format markdown` prints it, and the editor's
// hover on a refused field shows the same text. Step texts are ours; commands hold user names, so
// they go into a fence that no backtick run inside can close, with control characters shown.
import { plainText } from '../docs/markdown';
import { t } from '../l10n/messages';
import { escapeTerminal } from '../text/terminal';
import type { WayOutStep } from './wayOut';

/** A fenced block that no backtick run inside can close. */
export function fenced(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}sh\n${lines.map((l) => escapeTerminal(l)).join('\n')}\n${fence}`;
}

/** `**the way out:**` and the numbered steps, as lines. */
export function wayOutMarkdown(steps: readonly WayOutStep[]): string[] {
  const out = [`**${plainText(t('change.plan.wayOut'))}**`, ''];
  steps.forEach((step, i) => out.push(`${i + 1}. ${plainText(step.text)}`, ...(step.commands.length > 0 ? ['', fenced(step.commands), ''] : [])));
  out.push('');
  return out;
}
