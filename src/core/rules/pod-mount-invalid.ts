import { getKey, isSet, trimmedRange } from '../model/access';
import { quote } from '../model/names';
import { itemsOf, templateContainers, type ListItem, type TemplateContainer } from '../model/podTemplate';
import type { Resource } from '../model/resource';
import { claimTemplates, templateVolumes } from '../model/statefulSet';
import { isMap, isScalar, type Range, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';

const MESSAGES = {
  required: '{0}: Required value',
  invalid: '{0}: Invalid value: {1}: {2}',
  notFound: '{0}: Not found: {1}',
} as const;
type Context = CheckContext<keyof typeof MESSAGES>;

/** A `name` / path pair of a mount or device, with where each is written. */
interface Target {
  readonly item: ListItem;
  readonly map: YMap;
  readonly name: string;
  readonly nameNode: YNode | undefined;
  readonly path: string;
  readonly pathNode: YNode | undefined;
}

export default defineRule({
  id: 'pod-mount-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        "A container's `volumeMounts` or `volumeDevices` entry that the apiserver refuses: no `name`, no `mountPath` (or `devicePath`), the same path twice in one container, a `subPath` or `subPathExpr` that is absolute or contains `..`, both `subPath` and `subPathExpr`, a device naming no claim template or PVC volume, or a volume both mounted and used as a device. Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`). (A mount naming no volume is `pod-volume-mount-not-found`.)",
      remediation:
        'Give every mount a name and a path of its own, write `subPath` relative to the volume without `..`, keep one of `subPath` and `subPathExpr`, and use block devices only with claim templates.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
    },
    source: 'ValidateVolumeMounts',
  },
  messages: MESSAGES,
  check(ctx) {
    const volumes = podVolumes(ctx.resource);
    for (const container of templateContainers(ctx.resource)) {
      const mounts = targetsOf(container, 'volumeMounts', 'mountPath');
      const devices = targetsOf(container, 'volumeDevices', 'devicePath');
      checkMounts(ctx, container, mounts, namesAndPaths(devices));
      checkDevices(ctx, devices, namesAndPaths(mounts), volumes);
    }
  },
});

/** The pod's volumes by name and whether each is a claim (the claim templates replace template volumes of their name). */
function podVolumes(sts: Resource): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const volume of templateVolumes(sts)) out.set(volume.name.value, isSet(getKey(volume.node, 'persistentVolumeClaim')) || isSet(getKey(volume.node, 'ephemeral')));
  for (const claim of claimTemplates(sts)) out.set(claim.name.value, true);
  return out;
}

function stringOf(node: YNode | undefined): string {
  return isScalar(node) && typeof node.value === 'string' ? node.value : '';
}

function targetsOf(container: TemplateContainer, list: string, pathKey: string): Target[] {
  const out: Target[] = [];
  for (const item of itemsOf(container, list)) {
    if (!isMap(item.node)) continue;
    const nameNode = getKey(item.node, 'name');
    const pathNode = getKey(item.node, pathKey);
    out.push({ item, map: item.node, name: stringOf(nameNode), nameNode, path: stringOf(pathNode), pathNode });
  }
  return out;
}

/** The names and paths of a list, for the overlap checks between mounts and devices (sets keep them linear). */
function namesAndPaths(targets: readonly Target[]): { names: Set<string>; paths: Set<string> } {
  return { names: new Set(targets.map((t) => t.name)), paths: new Set(targets.map((t) => t.path)) };
}

/** Where to underline a field: its value, else its key, else the whole entry. */
function rangeOf(target: Target, node: YNode | undefined): Range {
  if (node && !(isScalar(node) && (node.value === null || node.range.start === node.range.end))) return node.range;
  return node?.keyRange ?? trimmedRange(target.map);
}

function reportRequired(ctx: Context, target: Target, key: string, node: YNode | undefined): void {
  const path = `${target.item.path}.${key}`;
  // A value of another type is the schema check's.
  if (isSet(node) && !(isScalar(node) && node.value === '')) return;
  ctx.report({ range: rangeOf(target, node), path, messageId: 'required', args: [path] });
}

function reportInvalid(ctx: Context, path: string, node: YNode | undefined, target: Target, value: string, problem: string): void {
  ctx.report({ range: rangeOf(target, node), path, messageId: 'invalid', args: [path, quote(value), problem] });
}

/** ValidateVolumeMounts (the name's existence is pod-volume-mount-not-found's). */
function checkMounts(ctx: Context, container: TemplateContainer, mounts: Target[], devices: ReturnType<typeof namesAndPaths>): void {
  const paths = new Set<string>();
  for (const mount of mounts) {
    if (mount.name === '') reportRequired(ctx, mount, 'name', mount.nameNode);
    if (mount.path === '') reportRequired(ctx, mount, 'mountPath', mount.pathNode);
    const at = mount.item.path;
    if (paths.has(mount.path)) reportInvalid(ctx, `${at}.mountPath`, mount.pathNode, mount, mount.path, 'must be unique');
    paths.add(mount.path);
    if (mount.name !== '' && devices.names.has(mount.name)) reportInvalid(ctx, `${at}.name`, mount.nameNode, mount, mount.name, 'must not already exist in volumeDevices');
    if (devices.paths.has(mount.path)) reportInvalid(ctx, `${at}.mountPath`, mount.pathNode, mount, mount.path, 'must not already exist as a path in volumeDevices');
    checkSubPaths(ctx, container, mount);
  }
}

/** validateLocalDescendingPath on subPath and subPathExpr; upstream reports them at the list's path, without the index. */
function checkSubPaths(ctx: Context, container: TemplateContainer, mount: Target): void {
  const subPathNode = getKey(mount.map, 'subPath');
  const exprNode = getKey(mount.map, 'subPathExpr');
  const subPath = stringOf(subPathNode);
  const expr = stringOf(exprNode);
  if (subPath !== '') checkDescending(ctx, `${container.path}.volumeMounts.subPath`, subPathNode, mount, subPath);
  if (expr === '') return;
  if (subPath !== '') reportInvalid(ctx, `${mount.item.path}.subPathExpr`, exprNode, mount, expr, 'subPathExpr and subPath are mutually exclusive');
  checkDescending(ctx, `${container.path}.volumeMounts.subPathExpr`, exprNode, mount, expr);
}

function checkDescending(ctx: Context, path: string, node: YNode | undefined, target: Target, value: string): void {
  if (value.startsWith('/')) reportInvalid(ctx, path, node, target, value, 'must be a relative path');
  if (value.split('/').includes('..')) reportInvalid(ctx, path, node, target, value, "must not contain '..'");
}

/** ValidateVolumeDevices: raw block devices must come from claims, each once, at a path of their own. */
function checkDevices(ctx: Context, devices: Target[], mounts: ReturnType<typeof namesAndPaths>, volumes: Map<string, boolean>): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const device of devices) {
    const at = device.item.path;
    if (device.name === '') reportRequired(ctx, device, 'name', device.nameNode);
    else checkDeviceName(ctx, device, names, volumes);
    if (device.path === '') reportRequired(ctx, device, 'devicePath', device.pathNode);
    if (paths.has(device.path)) reportInvalid(ctx, `${at}.devicePath`, device.pathNode, device, device.path, 'must be unique');
    if (device.path.split('/').includes('..')) reportInvalid(ctx, `${at}.devicePath`, device.pathNode, device, device.path, "can not contain backsteps ('..')");
    else paths.add(device.path);
    if (device.name !== '' && mounts.names.has(device.name)) reportInvalid(ctx, `${at}.name`, device.nameNode, device, device.name, 'must not already exist in volumeMounts');
    if (mounts.paths.has(device.path)) reportInvalid(ctx, `${at}.devicePath`, device.pathNode, device, device.path, 'must not already exist as a path in volumeMounts');
  }
}

function checkDeviceName(ctx: Context, device: Target, names: Set<string>, volumes: Map<string, boolean>): void {
  const path = `${device.item.path}.name`;
  if (names.has(device.name)) reportInvalid(ctx, path, device.nameNode, device, device.name, 'must be unique');
  names.add(device.name);
  const isClaim = volumes.get(device.name);
  if (isClaim === false) reportInvalid(ctx, path, device.nameNode, device, device.name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode');
  if (isClaim === undefined) ctx.report({ range: rangeOf(device, device.nameNode), path, messageId: 'notFound', args: [path, quote(device.name)] });
}
