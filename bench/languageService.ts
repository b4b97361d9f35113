// Language-service benchmarks (issue: language service core): full check vs a bare parse,
// cold start in a fresh process, and re-checking after a one-line edit.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkFiles } from '../src/core/check';
import type { ParsedChunk } from '../src/core/parse/parseChunk';
import { parseFile } from '../src/core/parse/parseFile';
import { compare, fmt, median, nowMs } from './measure';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Real manifests published by others (test/fixtures/corpus/SOURCES.md says where from). */
const CORPUS_PLAIN = path.join(ROOT, 'test', 'fixtures', 'corpus', 'plain');

export function generate(args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'bench', 'gen-manifests.mjs'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

function fullCheck(files: ReadonlyArray<{ uri: string; text: string }>): void {
  checkFiles(files.map((f) => ({ uri: f.uri, parsed: parseFile(f.text) })));
}

function bareParse(files: ReadonlyArray<{ text: string }>): void {
  for (const f of files) parseAllDocuments(f.text);
}

function corpusFiles(): Array<{ uri: string; text: string }> {
  return fs.readdirSync(CORPUS_PLAIN).filter((f) => f.endsWith('.yaml')).map((f) => ({ uri: f, text: fs.readFileSync(path.join(CORPUS_PLAIN, f), 'utf8') }));
}

function coldStart(file: string, rounds: number): string {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const bare = `require(${JSON.stringify(require.resolve('yaml'))}).parseAllDocuments(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`;
  const run = (args: string[]) => {
    const t = nowMs();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`cold run failed: ${result.stderr}`);
    return nowMs() - t;
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(run(['-e', bare]));
    b.push(run([cli, 'check', '--format', 'json', file]));
  }
  const ratio = median(b) / median(a);
  return `${ratio.toFixed(2)}x  (${median(b).toFixed(0)} ms vs ${median(a).toFixed(0)} ms, medians of ${rounds})`;
}

function incremental(rounds: number): string {
  const text = generate(['--resources', '100', '--seed', '7']);
  const docs = parseFile(text).documents;
  const target = docs[Math.floor(docs.length / 2)];
  const lineStart = text.indexOf('\n', target.offset) + 1;
  const variants = ['# edited A\n', '# edited B\n'].map((line) => text.slice(0, lineStart) + line + text.slice(lineStart));
  const cache = new Map<string, ParsedChunk>();
  checkFiles([{ uri: 'x', parsed: parseFile(variants[1], { cache }) }]);
  let i = 0;
  const result = compare(
    rounds,
    () => parseAllDocuments(text),
    () => {
      const parsed = parseFile(variants[i++ % 2], { cache });
      checkFiles([{ uri: 'x', parsed }]);
    },
  );
  return `${fmt(result)}  [${docs.length} documents, ${text.split('\n').length} lines]`;
}

export function benchLanguageService(): string[] {
  const big = generate(['--lines', '20000', '--seed', '42']);
  const bigFiles = [{ uri: 'big.yaml', text: big }];
  const corpus = corpusFiles();
  const thanos = path.join(CORPUS_PLAIN, 'kube-thanos__all-manifests-concatenated.yaml');
  return [
    `full check, 20k-line manifest, vs bare parseAllDocuments:   ${fmt(compare(9, () => bareParse(bigFiles), () => fullCheck(bigFiles)))}   (target <= 1.3x)`,
    `full check, corpus/plain (${corpus.length} files), vs bare parse:    ${fmt(compare(9, () => bareParse(corpus), () => fullCheck(corpus)))}   (target <= 1.3x)`,
    `first diagnostics in a fresh process, kube-thanos bundle:  ${coldStart(thanos, 7)}   (target <= 1.5x)`,
    `re-check after a one-line edit vs a full bare parse:       ${incremental(15)}   (target <= 0.5x)`,
  ];
}
