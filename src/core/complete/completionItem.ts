// What completion offers at a caret. Its own module so that the workspace values (values.ts) need
// not import completions.ts, which uses them.
import type { Range } from '../model/types';

export interface CompletionItem {
  readonly label: string;
  /** `snippet`: insertText uses snippet syntax (`${1:name}`, `$0`); the others are plain text. */
  readonly kind: 'value' | 'field' | 'snippet';
  readonly insertText: string;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** The text the item replaces (absolute offsets). */
  readonly range: Range;
  /** Orders the items (lower first); the label when absent. */
  readonly sortText?: string;
  readonly preselect?: boolean;
}
