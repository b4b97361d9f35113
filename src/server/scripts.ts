// `statefulsetStudio/findScripts` (FIND_SCRIPTS_REQUEST): of the YAML files the extension found,
// the simulator scripts, told from manifests by their top-level keys (the core's isScriptText), so
// the extension host needs no YAML parser. Read from disk, as the picker offers what is saved.
import * as fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isScriptText } from '../core/index';
import { MAX_SCRIPT_LENGTH, type FindScriptsParams, type ScriptFile } from '../protocol/lsp';

export async function findScripts({ uris }: FindScriptsParams): Promise<ScriptFile[]> {
  const read = await Promise.all((Array.isArray(uris) ? uris : []).map(readScript));
  return read.filter((script): script is ScriptFile => script !== undefined);
}

async function readScript(uri: unknown): Promise<ScriptFile | undefined> {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    if ((await fs.stat(path)).size > MAX_SCRIPT_LENGTH) return undefined;
    const text = new TextDecoder().decode(await fs.readFile(path));
    return isScriptText(text) ? { uri, text } : undefined;
  } catch {
    return undefined; // gone or unreadable since the client found it: not a candidate
  }
}
