// The ResourceIndex of every indexed file, for the language features (hover, completion, navigation): resources are read once per
// parse of a file (kept with the ParsedFile), the index itself is rebuilt per request, which is
// cheap next to the parse the WorkspaceIndex already keeps.
import { collectResources } from './core/check';
import type { Resource } from './core/model/resource';
import type { ParsedFile } from './core/parse/parseFile';
import { ResourceIndex } from './core/rules/resourceIndex';
import type { IndexedFile, WorkspaceIndex } from './workspaceIndex';

const perParse = new WeakMap<ParsedFile, Resource[]>();

function resourcesOf(file: IndexedFile): Resource[] {
  let resources = perParse.get(file.parsed);
  if (!resources) perParse.set(file.parsed, (resources = collectResources([file])));
  return resources;
}

export function workspaceResources(index: WorkspaceIndex): ResourceIndex {
  return new ResourceIndex(index.files().flatMap(resourcesOf));
}
