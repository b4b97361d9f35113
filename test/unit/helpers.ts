// Test helpers: inline YAML fixtures with range markers, and one call that runs the whole engine.
//
//   «…»  marks the range a finding must have (at most one pair per fixture).
//   |    marks a caret position (for hover/completion tests), removed from the text.
import { checkFiles, type Diagnostic, type SourceFile } from '../../src/core/check';
import { fixesFor } from '../../src/core/fixes';
import { LineIndex } from '../../src/core/parse/lineIndex';
import { parseFile } from '../../src/core/parse/parseFile';
import type { TextEdit } from '../../src/core/rules/types';

export interface Marked {
  readonly text: string;
  readonly range?: { start: number; end: number };
  readonly caret?: number;
}

/** Strips `«`, `»` and `|` markers and returns where they were. */
export function marked(source: string): Marked {
  let text = '';
  let start: number | undefined;
  let end: number | undefined;
  let caret: number | undefined;
  for (const ch of source) {
    if (ch === '«') start = text.length;
    else if (ch === '»') end = text.length;
    else if (ch === '|' && caret === undefined && source.includes('|') && isCaretMarker(source)) caret = text.length;
    else text += ch;
  }
  return { text, range: start !== undefined && end !== undefined ? { start, end } : undefined, caret };
}

// A `|` is a caret marker only when the fixture says so with a leading `#caret` line; YAML block
// scalars use `|` too.
function isCaretMarker(source: string): boolean {
  return source.startsWith('#caret\n');
}

/** Checks several files together; returns diagnostics of every file, keyed by uri. */
export function checkTexts(files: Record<string, string>): Map<string, Diagnostic[]> {
  return checkFiles(Object.entries(files).map(([uri, text]) => ({ uri, parsed: parseFile(text) })));
}

/** Checks one file (plus optional others) and returns its diagnostics. */
export function checkText(text: string, others: Record<string, string> = {}): Diagnostic[] {
  return checkTexts({ 'file:///test.yaml': text, ...others }).get('file:///test.yaml')!;
}

/** Diagnostics of one rule only. */
export function findingsOf(ruleId: string, text: string, others: Record<string, string> = {}): Diagnostic[] {
  return checkText(text, others).filter((d) => d.ruleId === ruleId);
}

/** `{ruleId, range, message}` of each diagnostic, for exact assertions. */
export function summarize(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({ ruleId: d.ruleId, range: d.range, message: d.message }));
}

/** Runs the fix titled `title` (or the only fix) of the first diagnostic of `ruleId` in `text`. */
export function applyFix(ruleId: string, text: string, title?: string, others: Record<string, string> = {}): string {
  const files: SourceFile[] = Object.entries({ 'file:///test.yaml': text, ...others }).map(([uri, t]) => ({ uri, parsed: parseFile(t) }));
  const diagnostic = checkFiles(files).get('file:///test.yaml')!.find((d) => d.ruleId === ruleId);
  if (!diagnostic) throw new Error(`no ${ruleId} diagnostic`);
  const fixes = fixesFor(diagnostic, files);
  const fix = title === undefined ? fixes[0] : fixes.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix ${title ?? ''} among ${fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, fix.edits.filter((e) => e.uri === 'file:///test.yaml'));
}

/** Applies text edits (absolute offsets) to a text, last first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  return out;
}

export function positionOf(text: string, offset: number) {
  return new LineIndex(text).positionAt(offset);
}

/** The docs example: web StatefulSet and its headless nginx Service, correct as written. */
export const WEB_EXAMPLE = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: nginx
  serviceName: "nginx"
  replicas: 2
  minReadySeconds: 10
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 10
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
        ports:
        - containerPort: 80
          name: web
        readinessProbe:
          httpGet:
            path: /
            port: 80
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      storageClassName: "standard"
      resources:
        requests:
          storage: 1Gi
`;
