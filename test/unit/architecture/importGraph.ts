// The import graph of the TypeScript sources, read from the files themselves (not from the build):
// every `import … from`, `import '…'`, `export … from` and `import('…')` of a relative module,
// type-only ones included, since a cycle of types is still a cycle in the design.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Module specifiers in a source text (static imports and re-exports, and `import()` calls). */
const SPECIFIER = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

export interface ImportEdge {
  /** Repository-relative path of the importing file, with `/` separators. */
  readonly from: string;
  /** The specifier as written. */
  readonly specifier: string;
  /** Repository-relative path of the imported file, when it is one of the graph's files. */
  readonly to: string | undefined;
}

export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

/** Every `.ts` file under the given repository-relative folders. */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : walk(child);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [child] : [];
    });
  return folders.flatMap(walk).sort();
}

export function specifiersOf(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2]);
}

export function buildImportGraph(files: readonly string[]): ImportGraph {
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | undefined => {
    if (!specifier.startsWith('.')) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    return [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => known.has(candidate));
  };
  const graph = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    graph.set(file, specifiersOf(text).map((specifier) => ({ from: file, specifier, to: resolve(file, specifier) })));
  }
  return graph;
}

/**
 * Every cycle, one per strongly connected component (Tarjan), each listed as a path that closes on
 * its first file: `a.ts → b.ts → a.ts`.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const next = (file: string) => (graph.get(file) ?? []).flatMap((edge) => (edge.to ? [edge.to] : []));
  const visit = (file: string): void => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next(file)) {
      if (!order.has(to)) visit(to);
      if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, low.get(to)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const component: string[] = [];
    let top: string;
    do {
      top = stack.pop()!;
      onStack.delete(top);
      component.push(top);
    } while (top !== file);
    if (component.length > 1 || next(file).includes(file)) components.push(component);
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return components.map((component) => cycleThrough(component, next));
}

/** A closed path through a strongly connected component, found breadth-first from its first file. */
function cycleThrough(component: readonly string[], next: (file: string) => string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const to of next(queue[i])) {
      if (!members.has(to)) continue;
      if (to === start) return [...pathTo(queue[i], start, cameFrom), start];
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, queue[i]);
      queue.push(to);
    }
  }
  return [start];
}

function pathTo(file: string, start: string, cameFrom: ReadonlyMap<string, string>): string[] {
  const out = [file];
  while (out[0] !== start) out.unshift(cameFrom.get(out[0])!);
  return out;
}
