// StatefulSets and Services written out in full, with one knob per test: the change tests edit one
// field of a baseline and compare.
import { collectResources } from '../../../src/core/check';
import type { Resource } from '../../../src/core/model/resource';
import { parseFile } from '../../../src/core/parse/parseFile';

export interface WebOptions {
  readonly replicas?: number;
  readonly image?: string;
  readonly partition?: number;
  readonly strategy?: string;
  readonly minReadySeconds?: number;
  readonly storage?: string;
  readonly serviceName?: string;
  readonly extra?: string;
  readonly labels?: string;
  readonly namespace?: string;
}

/** StatefulSet `web` with a claim template `www`, as in the Kubernetes StatefulSet tutorial. */
export function web(options: WebOptions = {}): string {
  const { replicas = 3, image = 'nginx:1.24', storage = '1Gi', serviceName = 'nginx', labels = '{app: nginx}' } = options;
  const strategy = options.strategy ?? (options.partition === undefined ? '' : `  updateStrategy:\n    rollingUpdate: {partition: ${options.partition}}\n`);
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
${options.namespace ? `  namespace: ${options.namespace}\n` : ''}  labels: ${labels}
spec:
  serviceName: ${serviceName}
  replicas: ${replicas}
${options.minReadySeconds === undefined ? '' : `  minReadySeconds: ${options.minReadySeconds}\n`}${strategy}${options.extra ?? ''}  selector:
    matchLabels: {app: nginx}
  template:
    metadata:
      labels: {app: nginx}
    spec:
      containers:
      - name: nginx
        image: ${image}
        volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
  volumeClaimTemplates:
  - metadata: {name: www}
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: ${storage}
`;
}

/** Service `nginx`; `spec` is the text under `spec:` (indented by two). */
export function service(spec = '  clusterIP: None\n  selector: {app: nginx}\n  ports: [{port: 80}]\n', name = 'nginx'): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

/** Every resource of `text`, parsed as the file `uri`. */
export function resourcesOf(text: string, uri = 'file:///web.yaml'): Resource[] {
  return collectResources([{ uri, parsed: parseFile(text) }]);
}

/** The first resource of `text`. */
export function resourceOf(text: string, uri = 'file:///web.yaml'): Resource {
  const [first] = resourcesOf(text, uri);
  if (!first) throw new Error(`no resource in ${text}`);
  return first;
}
