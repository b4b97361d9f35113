// The shared fixture builders of the rule tests: a StatefulSet `web` (or a Service) with the part a
// test is about spliced in, so each test shows only that part.

const STS_HEAD = 'apiVersion: apps/v1\nkind: StatefulSet\n';

/** `metadata` and `spec` blocks given as written (each with its own key line). */
export function statefulSetWith(blocks: string): string {
  return STS_HEAD + blocks;
}

/** StatefulSet `web` (or `name`) with `spec` lines (indented two spaces) under `spec:`. */
export function statefulSet(spec: string, name = 'web'): string {
  return `${STS_HEAD}metadata:\n  name: ${name}\nspec:\n${spec}`;
}

/** StatefulSet `web` with pod spec lines (indented six spaces) under `spec.template.spec:`. */
export function podTemplate(podSpec: string): string {
  return statefulSet(`  template:\n    spec:\n${podSpec}`);
}

/** One container `name` running `image`, as pod spec lines. */
export function container(name = 'nginx', image = name): string {
  return `      containers:\n      - name: ${name}\n        image: ${image}\n`;
}

/** Pod spec lines (six spaces), then one container `app` with `lines` of its own (eight spaces). */
export function appPod(podLines: string, lines = ''): string {
  return podTemplate(`${podLines}${container('app')}${lines}`);
}

/** Pod spec lines (six spaces), then one container `app` whose securityContext has `sc` lines (ten spaces). */
export function appWithSecurityContext(podLines: string, sc = ''): string {
  return appPod(podLines, sc ? `        securityContext:\n${sc}` : '');
}

/** Service `name` with `spec` lines (indented two spaces) under `spec:`. */
export function service(spec: string, name = 'nginx'): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

/** The pod labels of webStatefulSet, as lines under `spec.template.metadata:`. */
const NGINX_POD_LABELS = '      labels:\n        app: nginx\n';

/** The parts of webStatefulSet a test may write itself: lines as they stand in the file, each part ending in a newline. */
export interface WebParts {
  /** Lines under `metadata:` after `name: web`. */
  readonly metadata?: string;
  /** The value of `spec.serviceName` as written (`nginx` unless given). */
  readonly serviceName?: string;
  /** Lines under `spec:` between `serviceName` and `selector`. */
  readonly spec?: string;
  /** Lines under `spec.template.metadata:` (the labels `app: nginx` unless given). */
  readonly podMetadata?: string;
  /** Lines under `spec.template.spec:` (one container, nginx, unless given). */
  readonly podSpec?: string;
  /** Lines under `spec:` after the template. */
  readonly rest?: string;
}

/** StatefulSet `web` governed by `nginx`, selecting its pods by `app: nginx`, with the parts a test is about written in. */
export function webStatefulSet(parts: WebParts = {}): string {
  return `${STS_HEAD}metadata:
  name: web
${parts.metadata ?? ''}spec:
  serviceName: ${parts.serviceName ?? 'nginx'}
${parts.spec ?? ''}  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
${parts.podMetadata ?? NGINX_POD_LABELS}    spec:
${parts.podSpec ?? container()}${parts.rest ?? ''}`;
}

/** StatefulSet `web` with selector and template labels `app: nginx`: `podSpec` lines, then `rest` (under `spec:`). */
export function labelledStatefulSet(podSpec: string, rest = ''): string {
  return webStatefulSet({ podSpec, rest });
}

/** Container `nginx` mounting volume `data` at /data, as pod spec lines. */
export const NGINX_MOUNTING_DATA = `${container()}        volumeMounts:\n        - name: data\n          mountPath: /data\n`;

/** The same StatefulSet, its container mounting `data`, with `claims` lines under `volumeClaimTemplates:`. */
export function withClaimTemplates(claims: string): string {
  return labelledStatefulSet(NGINX_MOUNTING_DATA, `  volumeClaimTemplates:\n${claims}`);
}

/** StatefulSet `web` (pods labelled `app: nginx`) governed by `serviceName`, with extra `metadata` lines. */
export function governedStatefulSet(serviceName: string, metadata = ''): string {
  return webStatefulSet({ serviceName, metadata });
}
