// The ResourceIndex of every indexed file, shared by diagnostics, hover, completion, navigation,
// quick fixes and the panel. Resources are read once per parse of a file, and the index is
// rebuilt only when some file's parse changed: a completion request per keystroke reuses it.
import { collectResources, ResourceIndex, type ParsedFile, type Resource, type SourceFile } from './core/index';
import type { WorkspaceIndex } from './workspaceIndex';

const perParse = new WeakMap<ParsedFile, Resource[]>();
let last: { parsed: readonly ParsedFile[]; index: ResourceIndex } | undefined;

/** The resources of one file's current parse. */
export function resourcesOf(file: SourceFile): Resource[] {
  let resources = perParse.get(file.parsed);
  if (!resources) perParse.set(file.parsed, (resources = collectResources([file])));
  return resources;
}

/** The index of the given files (all of the workspace's by default), reused while no parse changed. */
export function workspaceResources(index: WorkspaceIndex, files: readonly SourceFile[] = index.files()): ResourceIndex {
  const parsed = files.map((file) => file.parsed);
  if (last && last.parsed.length === parsed.length && last.parsed.every((p, i) => p === parsed[i])) return last.index;
  last = { parsed, index: new ResourceIndex(files.flatMap(resourcesOf)) };
  return last.index;
}
