// The git baselines of a workspace (docs/change-model.md §1, §7), for the editor and a language
// server alike (no vscode here): per repository, the ref's commit is resolved and, when it differs
// from the one read, every YAML file at it is read in one batch, parsed and indexed ONCE
// (BaselineIndex). A check then only matches identities (`lookupFor`). The host says when to look
// again (`refresh`: HEAD or a ref moved) and gets `onDidChange` when a baseline appeared, moved or
// went away. Not a repository, no git, a bad ref: no baseline, and one information line at most.
import * as path from 'node:path';
import { BaselineIndex, collectResources, decodeManifestBytes, parseFile, type Resource, type SourceFile } from '../core/index';
import { toBaselineUri } from './baselineUri';
import { findRepository, isProblem, readYamlFiles, resolveCommit, type Repository } from './gitReader';

export interface GitBaselinesOptions {
  /** `HEAD`, a branch, a tag or a commit. */
  readonly ref: string;
  readonly maxFileSize: number;
  /** Why a baseline is missing; each distinct message is said once. */
  readonly info: (message: string) => void;
}

/** One repository's baseline at one commit. */
export interface RepositoryBaseline {
  readonly repository: Repository;
  readonly commit: string;
  readonly index: BaselineIndex;
  /** The baseline files' texts, by their uri (baselineUri.ts). */
  readonly texts: ReadonlyMap<string, string>;
}

/** Files parsed between two yields to the event loop: a large repository does not stall the host. */
const FILES_PER_SLICE = 20;
const toPosix = (p: string) => p.replace(/\\/g, '/');

export class GitBaselines {
  readonly #options: GitBaselinesOptions;
  readonly #repositoryOf = new Map<string, Promise<Repository | undefined>>();
  readonly #loaded = new Map<string, RepositoryBaseline>();
  /** Per repository top: the read in progress, so reads of one repository never overlap. */
  readonly #queue = new Map<string, Promise<boolean>>();
  readonly #listeners = new Set<() => void>();
  readonly #said = new Set<string>();
  #disposed = false;

  constructor(options: GitBaselinesOptions) {
    this.#options = options;
  }

  get ref(): string {
    return this.#options.ref;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
  }

  /** The baselines read so far. */
  baselines(): RepositoryBaseline[] {
    return [...this.#loaded.values()];
  }

  /** The repositories found so far (their git directories are what to watch). */
  async repositories(): Promise<Repository[]> {
    const found = await Promise.all(this.#repositoryOf.values());
    return [...new Map(found.filter((r) => r !== undefined).map((r) => [r.top, r])).values()];
  }

  /**
   * Finds the repositories of these directories and reads their baselines (once per commit).
   * Resolves true when a baseline appeared or changed (onDidChange has fired).
   */
  async load(directories: Iterable<string>): Promise<boolean> {
    const repositories = await Promise.all([...new Set(directories)].map((dir) => this.#findRepository(dir)));
    const unique = new Map(repositories.filter((r) => r !== undefined).map((r) => [r.top, r]));
    const changed = await Promise.all([...unique.values()].filter((r) => !this.#loaded.has(r.top)).map((r) => this.#enqueue(r)));
    return this.#fireIf(changed.some(Boolean));
  }

  /**
   * Resolves the ref again in every repository found; re-reads where its commit moved. The
   * directories are asked of git again first: a `git init` (or a clone) inside the workspace makes a
   * directory's repository a new, nested one, and the answer cached before would hide it for good.
   */
  async refresh(): Promise<boolean> {
    const directories = [...this.#repositoryOf.keys()];
    this.#repositoryOf.clear();
    const found = await this.load(directories);
    const changed = await Promise.all((await this.repositories()).map((r) => this.#enqueue(r)));
    return this.#fireIf(found || changed.some(Boolean));
  }

  /**
   * The baseline lookup of the working-tree resources (built once per check pass): each is matched
   * in the baseline of the repository its file is in. `pathOf` gives a resource uri's file path.
   */
  lookupFor(working: readonly Resource[], pathOf: (uri: string) => string | undefined): (resource: Resource) => Resource | undefined {
    const tops = [...this.#loaded.keys()].sort((a, b) => b.length - a.length);
    const topOfUri = new Map<string, string | undefined>();
    const topOf = (uri: string) => {
      if (!topOfUri.has(uri)) topOfUri.set(uri, containing(tops, pathOf(uri)));
      return topOfUri.get(uri);
    };
    const byTop = new Map<string, Resource[]>();
    for (const resource of working) {
      const top = topOf(resource.uri);
      if (top === undefined) continue;
      const list = byTop.get(top);
      if (list) list.push(resource);
      else byTop.set(top, [resource]);
    }
    const lookups = new Map([...byTop].map(([top, resources]) => [top, this.#loaded.get(top)!.index.lookupFor(resources)]));
    return (resource) => {
      const top = topOf(resource.uri);
      return top === undefined ? undefined : lookups.get(top)?.(resource);
    };
  }

  /** A baseline file's text by its uri, while it is the current baseline. */
  textOf(uri: string): string | undefined {
    for (const baseline of this.#loaded.values()) {
      const text = baseline.texts.get(uri);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** Asked of git once per directory: a nested repository (a submodule, a clone inside) is found too. */
  #findRepository(dir: string): Promise<Repository | undefined> {
    let found = this.#repositoryOf.get(dir);
    if (!found) {
      found = findRepository(dir).then((r) => (isProblem(r) ? this.#say(r.problem) : r));
      this.#repositoryOf.set(dir, found);
    }
    return found;
  }

  #enqueue(repository: Repository): Promise<boolean> {
    const previous = this.#queue.get(repository.top) ?? Promise.resolve(false);
    const next = previous.then(() => this.#read(repository));
    this.#queue.set(repository.top, next);
    return next;
  }

  /** True when the repository's baseline changed (appeared, moved to another commit, or went away). */
  async #read(repository: Repository): Promise<boolean> {
    const { top } = repository;
    const commit = await resolveCommit(top, this.ref);
    if (isProblem(commit)) {
      this.#say(`No baseline for ${top}: ${commit.problem}`);
      return this.#loaded.delete(top);
    }
    if (this.#loaded.get(top)?.commit === commit) return false;
    const files = await readYamlFiles(top, commit);
    if (isProblem(files)) {
      this.#say(`No baseline for ${top}: ${files.problem}`);
      return this.#loaded.delete(top);
    }
    const baseline = await this.#index(repository, commit, files);
    if (this.#disposed) return false;
    this.#loaded.set(top, baseline);
    return true;
  }

  async #index(repository: Repository, commit: string, files: ReadonlyMap<string, Buffer>): Promise<RepositoryBaseline> {
    const sources: SourceFile[] = [];
    const texts = new Map<string, string>();
    for (const [relative, bytes] of files) {
      if (bytes.length > this.#options.maxFileSize) continue;
      const uri = toBaselineUri(path.join(repository.top, relative), this.ref);
      const parsed = parseFile(decodeManifestBytes(bytes), { maxFileSize: this.#options.maxFileSize });
      sources.push({ uri, parsed });
      texts.set(uri, parsed.text);
      if (sources.length % FILES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return { repository, commit, index: new BaselineIndex(collectResources(sources)), texts };
  }

  #say(message: string): undefined {
    if (!this.#said.has(message)) {
      this.#said.add(message);
      this.#options.info(message);
    }
    return undefined;
  }

  #fireIf(changed: boolean): boolean {
    if (changed && !this.#disposed) for (const listener of [...this.#listeners]) listener();
    return changed;
  }
}

/** The longest of `tops` that holds `file` (tops sorted longest first). */
function containing(tops: readonly string[], file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const target = toPosix(file);
  return tops.find((top) => target === toPosix(top) || target.startsWith(toPosix(top).replace(/\/?$/, '/')));
}
