// How a baseline file is named: `statefulset-baseline:/abs/path/web.yaml?ref=HEAD`. The path is
// the working-tree file's (so the tab reads `web.yaml`), the query the ref the user set; the
// content comes from the cache of that repository's baseline, never from disk. Baseline resources
// carry these names as their uri, so related information points into the baseline document.

export const BASELINE_SCHEME = 'statefulset-baseline';

/** The baseline document of the working-tree file `absolutePath` (POSIX-style or Windows path) at `ref`. */
export function toBaselineUri(absolutePath: string, ref: string): string {
  const posix = absolutePath.replace(/\\/g, '/');
  const rooted = posix.startsWith('/') ? posix : `/${posix}`;
  return `${BASELINE_SCHEME}:${rooted.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`;
}

/** The file path and ref of a baseline uri's decoded `path` and `query`; undefined when it is not one of ours. */
export function fromBaselineUri(uri: { readonly scheme: string; readonly path: string; readonly query: string }): { path: string; ref: string } | undefined {
  if (uri.scheme !== BASELINE_SCHEME) return undefined;
  const ref = new URLSearchParams(uri.query).get('ref');
  return ref === null ? undefined : { path: uri.path, ref };
}
