// The manifest's texts are localised by VS Code from package.nls.json (English) and
// package.nls.<locale>.json: every `%key%` in package.json must exist in package.nls.json, and each
// translation must have exactly the English keys (a missing one would show the English text, an
// extra one is a typo).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const readJson = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));

/** Every `%key%` string anywhere in the manifest. */
function nlsReferences(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) found.push(match[1]);
  } else if (Array.isArray(value)) value.forEach((item) => nlsReferences(item, found));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => nlsReferences(item, found));
  return found;
}

describe('package.nls', () => {
  const english = readJson('package.nls.json') as Record<string, unknown>;
  const manifest = readJson('package.json') as { contributes: Record<string, unknown> };

  it('has a text for every %key% of package.json, and no unused key', () => {
    const used = nlsReferences(manifest);
    assert.ok(used.length > 0, 'package.json uses no %key%');
    assert.deepEqual(used.filter((key) => !(key in english)), [], 'keys used in package.json but missing from package.nls.json');
    assert.deepEqual(Object.keys(english).filter((key) => !used.includes(key)), [], 'keys of package.nls.json that package.json does not use');
    for (const [key, text] of Object.entries(english)) assert.ok(typeof text === 'string' && text.trim() !== '', key);
  });

  it('references the texts of every command and setting instead of writing them in package.json', () => {
    const contributes = manifest.contributes as {
      commands: { title: string; category?: string }[];
      configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> }[];
    };
    const texts: string[] = [];
    for (const command of contributes.commands) texts.push(command.title, ...(command.category ? [command.category] : []));
    for (const section of contributes.configuration) {
      texts.push(section.title);
      for (const property of Object.values(section.properties)) {
        for (const text of [property.description, property.markdownDescription, ...(property.enumDescriptions ?? [])]) if (text !== undefined) texts.push(text);
      }
    }
    assert.deepEqual(texts.filter((text) => !/^%.+%$/.test(text)), []);
  });

  for (const file of fs.readdirSync(ROOT).filter((name) => /^package\.nls\.[^.]+\.json$/.test(name))) {
    it(`${file} has exactly the keys of package.nls.json, each translated`, () => {
      const translated = readJson(file) as Record<string, unknown>;
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const [key, text] of Object.entries(translated)) assert.ok(typeof text === 'string' && text.trim() !== '', `${file}: ${key}`);
    });
  }

  it('has a Simplified Chinese translation', () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'package.nls.zh-cn.json')));
  });
});
