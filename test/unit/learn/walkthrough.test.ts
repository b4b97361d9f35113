// The walkthrough as package.json declares it: one step per experiment, in order, each with a
// button that opens its experiment, a completion event on the context key the extension sets
// once the panel has shown the proving event, and theme-aware media in both languages, shipped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { doneContextKey, EXPERIMENT_IDS } from '../../../src/core/learn/experiments';
import { ROOT } from '../cliRun';

interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly svg: string; readonly altText: string };
  readonly completionEvents: readonly string[];
}

const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as T;
const manifest = readJson<{ contributes: { walkthroughs: { id: string; steps: Step[] }[]; commands: { command: string }[]; menus: Record<string, { command: string; when?: string }[]> } }>('package.json');
const NLS = { en: readJson<Record<string, string>>('package.nls.json'), 'zh-cn': readJson<Record<string, string>>('package.nls.zh-cn.json') };
const key = (ref: string) => /^%(.+)%$/.exec(ref)![1];
const steps = manifest.contributes.walkthroughs.find((w) => w.id === 'learnStatefulSets')!.steps;

describe('the Learn StatefulSets walkthrough (package.json)', () => {
  it('has one step per experiment, in order, each completed by its context key', () => {
    assert.deepEqual(steps.map((s) => s.id), [...EXPERIMENT_IDS]);
    assert.deepEqual(steps.map((s) => s.completionEvents), EXPERIMENT_IDS.map((id) => [`onContext:${doneContextKey(id)}`]));
    assert.equal(doneContextKey('no-readiness-probe'), 'statefulsetStudio.learn.noReadinessProbeDone');
  });

  for (const [locale, nls] of Object.entries(NLS)) {
    it(`gives every step a button that opens its own experiment (${locale})`, () => {
      for (const step of steps) {
        const links = [...nls[key(step.description)].matchAll(/\]\(command:statefulsetStudio\.learn\.openExperiment\?([^)]+)\)/g)];
        assert.deepEqual(links.map((m) => JSON.parse(decodeURIComponent(m[1])) as unknown), [[step.id]], step.id);
      }
    });

    it(`shows every step an existing SVG of its language, coloured only by theme variables (${locale})`, () => {
      for (const step of steps) {
        const file = nls[key(step.media.svg)];
        assert.equal(file, `media/walkthrough/${locale}/${step.id}.svg`);
        const svg = fs.readFileSync(path.join(ROOT, file), 'utf8');
        // VS Code shows walkthrough SVGs under a CSP that drops <style> and style="": colours go in
        // presentation attributes, each a --vscode-* variable (a fixed colour only as its fallback),
        // so light, dark and high contrast follow the theme.
        assert.doesNotMatch(svg, /<style|\sstyle=|\sclass=/, file);
        const bare = svg.replace(/var\(--vscode-[\w-]+(?:, [^)]*)?\)/g, 'VAR').match(/#[0-9a-f]{3,8}\b|\b(?:fill|stroke)="(?!VAR"|none")[^"]*"/gi);
        assert.equal(bare, null, `${file}: ${bare?.join(' ')}`);
        assert.ok(nls[key(step.media.altText)].trim(), `${step.id} altText`);
      }
    });
  }

  it('ships the media and the experiments in the VSIX (.vscodeignore allow-list)', () => {
    const allowed = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(allowed.includes('!media/walkthrough/**'));
    assert.ok(allowed.includes('!examples/learn/**'));
  });

  it('contributes the command that opens the walkthrough, and keeps the step button out of the palette', () => {
    const commands = manifest.contributes.commands.map((c) => c.command);
    assert.ok(commands.includes('statefulsetStudio.learn'));
    assert.ok(commands.includes('statefulsetStudio.learn.openExperiment'));
    assert.deepEqual(manifest.contributes.menus.commandPalette, [{ command: 'statefulsetStudio.learn.openExperiment', when: 'false' }]);
  });
});
