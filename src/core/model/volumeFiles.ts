// The files a Secret, ConfigMap, downward API or projected volume writes, with the field paths the
// apiserver prints for them: validateSecretVolumeSource, validateConfigMapVolumeSource,
// validateDownwardAPIVolumeSource and validateProjectionSources, each calling validateKeyToPath or
// validateDownwardAPIVolumeFile per item. Upstream passes a downward API file the path of its
// source, not of the item (`…downwardAPI.mode`), and so do these paths.
import { getKey, getSeq } from './access';
import { primarySource, type TemplateVolume } from './podVolumes';
import { isMap, type YMap, type YNode } from './types';

export interface VolumeFile {
  readonly node: YMap;
  /** The path its `key`, `path` and `mode` hang under. */
  readonly path: string;
  /** Secret and ConfigMap items name a key; downward API files do not. */
  readonly hasKey: boolean;
}

export interface ModeField {
  readonly node: YNode;
  readonly path: string;
}

export interface VolumeFiles {
  readonly files: readonly VolumeFile[];
  readonly modes: readonly ModeField[];
}

const NONE: VolumeFiles = { files: [], modes: [] };
const KEYED = new Set(['secret', 'configMap']);

/** The files and the modes of the volume's validated source (none for other sources). */
export function volumeFilesOf(volume: TemplateVolume): VolumeFiles {
  const source = primarySource(volume);
  if (!source || !(KEYED.has(source.key) || source.key === 'downwardAPI' || source.key === 'projected')) return NONE;
  const out = { files: [] as VolumeFile[], modes: [] as ModeField[] };
  addMode(out, source.node, 'defaultMode', `${source.path}.defaultMode`);
  if (source.key === 'projected') addProjections(out, source.node, source.path);
  else addItems(out, source.node, source.path, KEYED.has(source.key));
  return out;
}

function addMode(out: { modes: ModeField[] }, parent: YNode, key: string, path: string): void {
  const node = getKey(parent, key);
  if (node !== undefined) out.modes.push({ node, path });
}

function addItems(out: { files: VolumeFile[]; modes: ModeField[] }, source: YNode, path: string, hasKey: boolean): void {
  getSeq(source, 'items')?.items.forEach((node, index) => {
    if (!isMap(node)) return;
    const itemPath = hasKey ? `${path}.items[${index}]` : path;
    out.files.push({ node, path: itemPath, hasKey });
    addMode(out, node, 'mode', `${itemPath}.mode`);
  });
}

function addProjections(out: { files: VolumeFile[]; modes: ModeField[] }, projected: YMap, path: string): void {
  getSeq(projected, 'sources')?.items.forEach((source, index) => {
    for (const key of ['secret', 'configMap', 'downwardAPI']) {
      const node = getKey(source, key);
      if (isMap(node)) addItems(out, node, `${path}.sources[${index}].${key}`, KEYED.has(key));
    }
  });
}
