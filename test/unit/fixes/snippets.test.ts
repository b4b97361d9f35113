// The snippets contributed for YAML, expanded with their default placeholder values, are
// manifests the engine finds nothing serious in.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText, summarize } from '../helpers';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description?: string;
}

function snippetsFile(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'snippets', 'statefulset.code-snippets');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('snippets/statefulset.code-snippets not found');
}

const snippets = JSON.parse(readFileSync(snippetsFile(), 'utf8')) as Record<string, Snippet>;

/** The body as VS Code inserts it when every placeholder keeps its default (the first choice). */
function expand(body: string | string[]): string {
  let text = Array.isArray(body) ? body.join('\n') : body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\{?\d+\}?/g, '');
}

const serious = (text: string) => summarize(checkText(text).filter((d) => d.severity === 'error' || d.severity === 'warning'));

describe('snippets', () => {
  it('expands placeholders, choices and tab stops', () => {
    assert.equal(expand(['a: ${1:web}', 'b: ${2|x,y|}', 'c: ${3:${4:in}ner}$0']), 'a: web\nb: x\nc: inner');
  });

  it('has a StatefulSet with its headless Service that checks without errors or warnings', () => {
    const text = expand(snippets['StatefulSet with headless Service'].body);
    assert.match(text, /kind: Service[\s\S]*clusterIP: None[\s\S]*kind: StatefulSet/);
    assert.doesNotMatch(text, /\$/);
    assert.deepEqual(serious(text), []);
  });

  it('has a volumeClaimTemplate that is a correct claim template inside a StatefulSet', () => {
    const base = expand(snippets['StatefulSet with headless Service'].body);
    const claim = expand(snippets['volumeClaimTemplate'].body).trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
    const withTwo = `${base.trimEnd()}\n${claim.replace('name: data', 'name: logs')}\n`.replace('        - name: data\n', '        - name: logs\n          mountPath: /logs\n        - name: data\n');
    assert.deepEqual(serious(withTwo), []);
    assert.ok(checkText(withTwo).every((d) => d.ruleId !== 'vct-unused'));
  });

  it('gives every snippet a prefix and a description', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0 && snippet.description, name);
    }
  });
});
