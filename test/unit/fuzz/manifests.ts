// Building blocks of the hostile catalogue: a StatefulSet with its headless Service, with any
// field replaced, so each case changes one thing and the rest stays a manifest Kubernetes accepts.

export interface StatefulSetParts {
  /** Written as is after `name: ` (quote it yourself where needed). */
  readonly name?: string;
  readonly replicas?: string;
  readonly serviceName?: string;
  readonly label?: string;
  /** Extra lines under `metadata:` (indented by 2). */
  readonly metadata?: string;
  /** Extra lines under the first container (indented by 8). */
  readonly container?: string;
  /** Extra containers, as list items indented by 6. */
  readonly containers?: string;
  readonly storage?: string;
}

export function statefulSet(parts: StatefulSetParts = {}): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${parts.name ?? 'web'}
${parts.metadata ?? ''}spec:
  serviceName: ${parts.serviceName ?? 'nginx'}
  replicas: ${parts.replicas ?? '3'}
  selector:
    matchLabels:
      app: ${parts.label ?? 'nginx'}
  template:
    metadata:
      labels:
        app: ${parts.label ?? 'nginx'}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe: {httpGet: {path: /, port: 80}}
        volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
${parts.container ?? ''}${parts.containers ?? ''}  volumeClaimTemplates:
  - metadata: {name: www}
    spec:
      accessModes: [ReadWriteOnce]
      storageClassName: standard
      resources: {requests: {storage: ${parts.storage ?? '1Gi'}}}
`;
}

export function headlessService(name = 'nginx', label = 'nginx'): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: None
  selector:
    app: ${label}
  ports:
  - {port: 80, name: web}
`;
}

/** The StatefulSet and its Service in one file, as most manifests ship them. */
export function webManifest(parts: StatefulSetParts = {}): string {
  return `${headlessService(parts.serviceName, parts.label)}---\n${statefulSet(parts)}`;
}

/** `count` lines `prefix<i>: value`, indented. */
export function keyLines(count: number, indent: number, line: (i: number) => string): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (let i = 0; i < count; i++) out += `${pad}${line(i)}\n`;
  return out;
}

/** A YAML 1.1 "billion laughs": `levels` levels of ten aliases each, in 700-odd bytes. */
export function billionLaughs(levels = 9): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.map((line) => `    ${line}`).join('\n')}\n`;
}

/** The text as a file with a byte-order mark and UTF-16 code units. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}
