// Generates the Kubernetes field schema the checker uses, from the npm package kubernetes-models:
//   src/core/schema/generated/schema.json         the newest API: structure only (types, required fields, enums)
//   src/core/schema/generated/schema-<minor>.diff.json  each older API, as the types that differ from it
//   src/core/schema/generated/docs.json           descriptions of the newest (loaded only by hovers and `explain`)
//   src/core/schema/generated/docs-<minor>.delta.json each older API's descriptions, as those that differ
// One schema per kubernetes-models release in k8s-versions.mjs (MODEL_PACKAGES); a targeted minor
// with no release of its own uses the nearest older one (docs/validation.md §11).
// Run by `npm run gen` (and so by every build). Deterministic: the same packages give the same bytes.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DtsReader, findPackage } from './k8s-dts-reader.mjs';
import { IntProbe } from './k8s-int-probe.mjs';
import { diffDocs, diffSchema, MODEL_PACKAGES } from './k8s-versions.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_MODULES = join(ROOT, 'node_modules');
const OUT_DIR = join(ROOT, 'src', 'core', 'schema', 'generated');

const ROOTS = [
  { kind: 'StatefulSet', file: ['apps', 'v1', 'StatefulSet.d.ts'], name: 'IStatefulSet' },
  { kind: 'Service', file: ['v1', 'Service.d.ts'], name: 'IService' },
];

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** Short names (`Container`), qualified by definition only where two types would share one. */
function assignNames(types) {
  const names = new Map();
  const named = [...types.values()].filter((t) => !t.owner);
  const count = new Map();
  for (const t of named) count.set(t.shortName, (count.get(t.shortName) ?? 0) + 1);
  for (const t of named) names.set(t.key, count.get(t.shortName) > 1 ? t.definition : t.shortName);
  const nameOf = (t) => {
    if (!names.has(t.key)) names.set(t.key, `${nameOf(types.get(t.owner.key))}.${t.owner.path[0].prop}`);
    return names.get(t.key);
  };
  for (const t of types.values()) nameOf(t);
  return names;
}

/** The named type and path from it where a field of `type` (possibly inline) sits, for probing. */
function probeTarget(types, type, path) {
  let current = type;
  let full = path;
  while (current.owner) {
    full = [...current.owner.path, ...full];
    current = types.get(current.owner.key);
  }
  return { definition: current.definition, path: full };
}

async function finishFieldType(fieldType, ctx) {
  if (typeof fieldType === 'string') return fieldType;
  if (fieldType.number) {
    const { definition, path } = probeTarget(ctx.types, fieldType.probe.type, fieldType.probe.path);
    return ctx.probe.kindOf(definition, path);
  }
  if (fieldType.ref) return { ref: ctx.names.get(fieldType.ref) };
  if (fieldType.array) return { array: await finishFieldType(fieldType.array, ctx) };
  if (fieldType.map) return { map: await finishFieldType(fieldType.map, ctx) };
  return fieldType; // enum
}

function sortedKeys(map) {
  return [...map.keys()].sort();
}

async function buildOutputs(reader, roots, meta, probe) {
  const types = reader.types;
  const names = assignNames(types);
  const ctx = { types, names, probe };
  const schemaTypes = {};
  const docTypes = {};
  const byName = [...types.values()].sort((a, b) => (names.get(a.key) < names.get(b.key) ? -1 : 1));
  for (const type of byName) {
    const name = names.get(type.key);
    const properties = {};
    const docs = {};
    for (const prop of sortedKeys(type.properties)) {
      const field = type.properties.get(prop);
      properties[prop] = await finishFieldType(field.type, ctx);
      docs[prop] = field.description;
    }
    schemaTypes[name] = type.required.length > 0 ? { properties, required: [...type.required].sort() } : { properties };
    docTypes[name] = { description: type.description, properties: docs };
  }
  const rootEntries = Object.fromEntries(roots.map((r) => [r.kind, { apiVersion: types.get(r.key).literals.apiVersion, type: names.get(r.key) }]));
  return {
    schema: { ...meta, roots: rootEntries, types: schemaTypes },
    docs: { ...meta, types: docTypes },
  };
}

/** Distinct field paths reachable from the roots (a type already on the path is not re-entered). */
export function countFieldPaths(schema) {
  const walk = (typeName, stack) => {
    let n = 0;
    for (const fieldType of Object.values(schema.types[typeName].properties)) {
      n += 1;
      let inner = fieldType;
      while (inner.array || inner.map) inner = inner.array ?? inner.map;
      if (inner.ref && !stack.includes(inner.ref)) n += walk(inner.ref, [...stack, inner.ref]);
    }
    return n;
  };
  return Object.values(schema.roots).reduce((sum, root) => sum + walk(root.type, [root.type]), 0);
}

/** The schema and docs of one kubernetes-models release. */
async function generate(pkg) {
  const models = join(NODE_MODULES, pkg.dir);
  const apimachinery = findPackage(models, '@kubernetes-models/apimachinery');
  const version = packageVersion(models);
  if (version !== pkg.version) throw new Error(`${pkg.dir} is ${version}, MODEL_PACKAGES says ${pkg.version}: update the table`);
  const meta = {
    kubernetesVersion: pkg.kubernetes,
    source: { 'kubernetes-models': version, '@kubernetes-models/apimachinery': packageVersion(apimachinery) },
  };
  const reader = new DtsReader(NODE_MODULES);
  const roots = ROOTS.map((r) => ({ ...r, key: reader.collectRoot(join(models, ...r.file), r.name) }));
  if (roots.some((r) => !r.key)) throw new Error(`cannot read the root types of ${pkg.dir}: ${reader.warnings.join('; ')}`);
  for (const warning of reader.warnings) console.warn(`gen-k8s-schema: ${pkg.dir}: ${warning}`);
  return buildOutputs(reader, roots, meta, new IntProbe([models, apimachinery]));
}

function write(name, data) {
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(join(OUT_DIR, name), text);
  return `${name} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
}

async function main() {
  const started = performance.now();
  const [newest, ...older] = MODEL_PACKAGES;
  const { schema, docs } = await generate(newest);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const stale of readdirSync(OUT_DIR).filter((f) => f.endsWith('.diff.json') || f.endsWith('.delta.json'))) rmSync(join(OUT_DIR, stale));
  const written = [write('schema.json', schema), write('docs.json', docs)];
  for (const pkg of older) {
    const generated = await generate(pkg);
    const diff = diffSchema(schema, generated.schema);
    written.push(`${write(`schema-${pkg.kubernetes}.diff.json`, diff)} (${Object.keys(diff.types).length} types differ)`);
    const docsDiff = diffDocs(docs, generated.docs);
    written.push(`${write(`docs-${pkg.kubernetes}.delta.json`, docsDiff)} (${Object.keys(docsDiff.types).length} types' descriptions differ)`);
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `gen-k8s-schema: Kubernetes ${MODEL_PACKAGES.map((p) => `${p.kubernetes} (kubernetes-models ${p.version})`).join(', ')}: ` +
      `${Object.keys(schema.types).length} types, ${countFieldPaths(schema)} field paths in the newest; ${written.join(', ')}; ${ms} ms`,
  );
}

main().catch((error) => {
  console.error(`gen-k8s-schema: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
