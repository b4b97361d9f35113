// `statefulset-studio explain <Kind>.<field.path>`: a field's type and description, offline, in
// the layout of `kubectl explain`, from the same generated data as the editor's hovers.
import { apiLabel, escapeTerminal, t, type DocumentedKind, type KubernetesVersion } from '../core/index';
import { ArgumentError, UsageError } from './errors';
import { languageServiceFor } from './languageService';

const KINDS: Record<string, { kind: DocumentedKind; version: string }> = {
  statefulset: { kind: 'StatefulSet', version: 'apps/v1' },
  statefulsets: { kind: 'StatefulSet', version: 'apps/v1' },
  sts: { kind: 'StatefulSet', version: 'apps/v1' },
  service: { kind: 'Service', version: 'v1' },
  services: { kind: 'Service', version: 'v1' },
  svc: { kind: 'Service', version: 'v1' },
};

function wrap(text: string, indent: string, width = 80): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

/** `version`: `--kube-version`, the API whose fields are listed (the newest when absent). */
export function runExplain(args: readonly string[], version?: KubernetesVersion): string {
  const languageService = languageServiceFor(version);
  if (args.length !== 1) throw new ArgumentError(t('cli.error.explainArgs'));
  const [kindName, ...rest] = args[0].split('.');
  const target = Object.hasOwn(KINDS, kindName.toLowerCase()) ? KINDS[kindName.toLowerCase()] : undefined;
  if (!target) throw new ArgumentError(t('cli.error.explainKind', kindName));
  const path = rest.join('.');
  const doc = languageService.explain(target.kind, path);
  if (!doc) throw new UsageError(t('cli.error.explainField', path, target.kind));
  // The path is the user's text only when it names a field; escaped all the same, as every output of the CLI.
  const name = escapeTerminal(doc.path.split('.').pop() ?? '');
  const lines = [`KIND:       ${target.kind}`, `VERSION:    ${target.version}   (${apiLabel(doc)})`, ''];
  lines.push(doc.path ? `FIELD: ${name} <${doc.type}>${doc.required ? ' -required-' : ''}` : `${target.kind} <${doc.type}>`, '');
  lines.push('DESCRIPTION:', wrap(doc.description || t('cli.explain.noDescription'), '    '));
  if (doc.enum) lines.push('', 'ENUM:', ...doc.enum.map((value) => `    ${JSON.stringify(value)}`));
  const fields = languageService.childFields(target.kind, path);
  if (fields.length > 0) {
    lines.push('', 'FIELDS:');
    for (const field of fields) lines.push(`  ${field.name}\t<${field.type}>${field.required ? ' -required-' : ''}`);
  }
  return lines.join('\n') + '\n';
}
