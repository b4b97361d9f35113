// The repository builds, tests and explains itself from its own files: nothing may read or cite the
// team's research folder that sits beside the repository on the team's machines (users who clone
// the repository do not have it). Design notes live in docs/, real manifests in test/fixtures/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Build output, dependencies, and other projects' files (the corpus mounts volumes at /shared). */
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', 'test-output', '.vscode-test', 'generated', 'corpus']);
const TEXT = /\.(ts|mjs|js|json|md|yaml|yml|sh|css|html)$|^run$/;
// Built from parts so that this file does not match itself.
const FOLDER = 'sha' + 'red';
const OUTSIDE_REFERENCE = new RegExp(`\\.\\./${FOLDER}\\b|\\b${FOLDER}/(spec|corpus|tools|harness|hooks)\\b|'\\.\\.', '${FOLDER}'`);

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('out-')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return TEXT.test(entry.name) ? [full] : [];
  });
}

describe('the repository stands alone', () => {
  it('has no file that reads or cites the research folder beside the repository', () => {
    const files = textFiles(ROOT);
    assert.ok(files.length > 100, `only ${files.length} files found under ${ROOT}`);
    const offending = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (OUTSIDE_REFERENCE.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(offending, []);
  });

  it('has every design note that code comments cite', () => {
    const cited = new Set<string>();
    for (const file of textFiles(path.join(ROOT, 'src')).concat(textFiles(path.join(ROOT, 'test')))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/docs\/([a-z-]+\.md) §(\d+)/g)) cited.add(`${match[1]} §${match[2]}`);
    }
    assert.ok(cited.size >= 5, [...cited].join(', '));
    const missing = [...cited].filter((ref) => {
      const [name, section] = ref.split(' §');
      const file = path.join(ROOT, 'docs', name);
      return !fs.existsSync(file) || !new RegExp(`^## ${section}\\. `, 'm').test(fs.readFileSync(file, 'utf8'));
    });
    assert.deepEqual(missing, []);
  });
});
