// Shared by the hover and completion tests: a caret fixture parsed with the files around it.
import * as assert from 'node:assert/strict';
import { collectResources, type SourceFile } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { marked } from '../helpers';

export const URI = 'file:///work/web.yaml';

export interface CaretFixture {
  readonly file: SourceFile;
  readonly index: ResourceIndex;
  readonly caret: number;
  readonly text: string;
}

/** `source` without its leading `#caret` line; `|` marks the caret. `others` are more files (uri → text). */
export function caretFixture(source: string, others: Record<string, string> = {}): CaretFixture {
  const { text, caret } = marked(`#caret\n${source}`);
  if (caret === undefined) throw new Error('fixture has no | caret');
  const file: SourceFile = { uri: URI, parsed: parseFile(text) };
  const files = [file, ...Object.entries(others).map(([uri, t]) => ({ uri, parsed: parseFile(t) }))];
  return { file, index: new ResourceIndex(collectResources(files)), caret, text };
}

export const STS_HEAD = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n';

export const HEADLESS_NGINX = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n';

interface MarkdownRenderer {
  render(markdown: string): string;
}
// CommonMark (markdown-it), with raw HTML let through and bare URLs linkified: the most a renderer
// could make of our text, so a test that finds no link, heading or tag here is on the safe side.
const MarkdownIt = require('markdown-it') as new (options: { html: boolean; linkify: boolean }) => MarkdownRenderer;
const renderer = new MarkdownIt({ html: true, linkify: true });

/** The HTML a hover's Markdown renders to. */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}

const ALLOWED_TAGS = new Set(['p', 'code', 'strong', 'em', 'hr', 'ul', 'ol', 'li', 'a']);

/**
 * Fails on any tag but text formatting, and on any link but those `links` allows (Kubernetes'
 * own documentation by default); returns the HTML.
 */
export function assertInertMarkdown(markdown: string, label: string, links = /^https:\/\/kubernetes\.io\//): string {
  const html = renderMarkdown(markdown);
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) assert.ok(ALLOWED_TAGS.has(tag.toLowerCase()), `${label}: <${tag}> in\n${html}`);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.match(href, links, `${label}: link to ${href}`);
  return html;
}
