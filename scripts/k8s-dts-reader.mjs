// Reads the kubernetes-models `.d.ts` files with the TypeScript parser (syntax only: no Program, no
// type checker, so it takes milliseconds) and collects every type reachable from a root interface.
//
// The package's declaration files follow one shape: each file declares `interface IFoo` (or
// `type IFoo = …` for IntOrString, Quantity, Time) and re-exports it as `IIoK8s…Foo`; other files
// import those `IIoK8s…` names. We follow the imports ourselves.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Field types, as written to schema.json:
 *   'string' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'any'
 *   { ref: TypeName } | { array: FieldType } | { map: FieldType } | { enum: string[] }
 * Numbers are refined to 'integer' / 'int32' later, from the package's validators (intProbe.mjs).
 */

export class DtsReader {
  #nodeModules;
  #modules = new Map();
  /** key (file#localName) → collected type */
  #types = new Map();
  warnings = [];

  constructor(nodeModules) {
    this.#nodeModules = nodeModules;
  }

  /** Collects the interface `exportName` of `file` and everything it references; returns its key. */
  collectRoot(file, exportName) {
    return this.#collectNamed(file, exportName);
  }

  get types() {
    return this.#types;
  }

  #module(file) {
    let mod = this.#modules.get(file);
    if (mod) return mod;
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    mod = { file, imports: new Map(), exports: new Map(), decls: new Map() };
    for (const stmt of source.statements) this.#indexStatement(mod, stmt);
    this.#modules.set(file, mod);
    return mod;
  }

  #indexStatement(mod, stmt) {
    if (ts.isImportDeclaration(stmt) && stmt.importClause?.namedBindings && ts.isNamedImports(stmt.importClause.namedBindings)) {
      const target = this.#resolveSpecifier(mod.file, stmt.moduleSpecifier.text);
      for (const el of stmt.importClause.namedBindings.elements) {
        mod.imports.set(el.name.text, { file: target, name: (el.propertyName ?? el.name).text });
      }
    } else if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      const from = stmt.moduleSpecifier ? this.#resolveSpecifier(mod.file, stmt.moduleSpecifier.text) : undefined;
      for (const el of stmt.exportClause.elements) {
        const local = (el.propertyName ?? el.name).text;
        if (from) mod.imports.set(el.name.text, { file: from, name: local }); // re-export: resolve like an import
        else mod.exports.set(el.name.text, local);
      }
    } else if (ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) {
      mod.decls.set(stmt.name.text, stmt);
    }
  }

  #resolveSpecifier(from, spec) {
    // kubernetes-models 5 writes `./Container.js`, 4.x `./Container`.
    if (spec.startsWith('.')) return resolve(dirname(from), `${spec.replace(/\.js$/, '')}.d.ts`);
    const parts = spec.split('/');
    const pkgLength = spec.startsWith('@') ? 2 : 1;
    const pkg = parts.slice(0, pkgLength).join('/');
    const sub = parts.slice(pkgLength).join('/');
    const pkgDir = findPackage(dirname(from), pkg) ?? join(this.#nodeModules, pkg);
    const candidates = sub ? [join(pkgDir, `${sub}.d.ts`), join(pkgDir, sub, 'index.d.ts')] : [packageTypes(pkgDir), join(pkgDir, 'index.d.ts')];
    return candidates.find((c) => c && existsSync(c)) ?? candidates[0];
  }

  /** The declaration that `name` denotes inside `file` (a local declaration or an import). */
  #lookup(file, name, depth = 0) {
    const mod = this.#module(file);
    const local = mod.exports.get(name) ?? name;
    const decl = mod.decls.get(local);
    if (decl) return { file, local, decl };
    const imported = mod.imports.get(name);
    if (imported && depth < 10) return this.#lookup(imported.file, imported.name, depth + 1);
    return undefined;
  }

  #collectNamed(file, name) {
    const found = this.#lookup(file, name);
    if (!found) {
      this.warnings.push(`cannot resolve ${name} from ${file}`);
      return undefined;
    }
    const mod = this.#module(found.file);
    const canonical = [...mod.exports].find(([exported, local]) => local === found.local && exported.startsWith('IIoK8s'))?.[0];
    const key = `${found.file}#${found.local}`;
    if (!this.#types.has(key)) {
      const type = {
        key,
        file: found.file,
        shortName: found.local.replace(/^I(?=[A-Z])/, ''),
        definition: canonical ? canonical.slice(1) : undefined,
        description: docOf(found.decl),
        properties: new Map(),
        required: [],
        literals: {},
        owner: undefined,
      };
      this.#types.set(key, type);
      this.#fillProperties(type, found.decl.members ?? [], found.file);
      this.#inherit(type, found.decl, found.file);
    }
    return key;
  }

  /** `interface IStatefulSet extends TypeMeta`: inherited fields, and descriptions the own ones lack. */
  #inherit(type, decl, file) {
    for (const clause of decl.heritageClauses ?? []) {
      for (const base of clause.types) {
        if (!ts.isIdentifier(base.expression)) continue;
        const found = this.#lookup(file, base.expression.text);
        if (!found || !ts.isInterfaceDeclaration(found.decl)) continue;
        const inherited = { ...type, properties: new Map(), required: [] };
        this.#fillProperties(inherited, found.decl.members, found.file);
        for (const [name, field] of inherited.properties) {
          const own = type.properties.get(name);
          if (!own) {
            type.properties.set(name, field);
            if (inherited.required.includes(name)) type.required.push(name);
          } else if (!own.description) {
            own.description = field.description;
          }
        }
      }
    }
  }

  #fillProperties(type, members, file) {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (name === undefined) continue;
      const description = docOf(member);
      const fieldType = this.#toFieldType(member.type, file, { type, prop: name, description, path: [{ prop: name }] });
      type.properties.set(name, { type: fieldType, description });
      if (!member.questionToken) type.required.push(name);
    }
  }

  /** ctx: where the type node sits, to name inline object types and to probe integers later. */
  #toFieldType(node, file, ctx) {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return 'string';
      case ts.SyntaxKind.NumberKeyword: return { number: true, probe: ctx };
      case ts.SyntaxKind.BooleanKeyword: return 'boolean';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword: return 'any';
      case ts.SyntaxKind.ParenthesizedType: return this.#toFieldType(node.type, file, ctx);
      case ts.SyntaxKind.ArrayType: return { array: this.#toFieldType(node.elementType, file, step(ctx, { item: true })) };
      default: break;
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
      // `"apiVersion": "apps/v1"` / `"kind": "StatefulSet"` on the root: plain strings here.
      if (!['apiVersion', 'kind'].includes(ctx.prop)) return { enum: [node.literal.text] };
      ctx.type.literals[ctx.prop] = node.literal.text;
      return 'string';
    }
    if (ts.isUnionTypeNode(node)) return this.#unionType(node, file, ctx);
    if (ts.isTypeLiteralNode(node)) return this.#typeLiteral(node, file, ctx);
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) return this.#reference(node, file, ctx);
    this.warnings.push(`unsupported type ${ts.SyntaxKind[node.kind]} at ${ctx.type.shortName}.${ctx.prop}; treated as any`);
    return 'any';
  }

  #unionType(node, file, ctx) {
    const members = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) && t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return { enum: members.map((t) => t.literal.text) };
    if (members.length === 1) return this.#toFieldType(members[0], file, ctx);
    this.warnings.push(`union at ${ctx.type.shortName}.${ctx.prop}; treated as any`);
    return 'any';
  }

  #typeLiteral(node, file, ctx) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) return { map: this.#toFieldType(index.type, file, step(ctx, { value: true })) };
    if (node.members.length === 0) return 'any';
    // An inline object (e.g. volumeClaimTemplates items): a type of its own, named after its place.
    const key = `${ctx.type.key}/${ctx.prop}`;
    if (!this.#types.has(key)) {
      const type = {
        key,
        file,
        shortName: `${ctx.type.shortName}.${ctx.prop}`,
        definition: undefined,
        description: ctx.description,
        properties: new Map(),
        required: [],
        literals: {},
        owner: { key: ctx.type.key, path: ctx.path },
      };
      this.#types.set(key, type);
      this.#fillProperties(type, node.members, file);
    }
    return { ref: key };
  }

  #reference(node, file, ctx) {
    const name = node.typeName.text;
    if (name === 'Array' && node.typeArguments?.length === 1) {
      return { array: this.#toFieldType(node.typeArguments[0], file, step(ctx, { item: true })) };
    }
    const found = this.#lookup(file, name);
    if (!found) {
      this.warnings.push(`cannot resolve ${name} at ${ctx.type.shortName}.${ctx.prop}; treated as any`);
      return 'any';
    }
    if (ts.isTypeAliasDeclaration(found.decl)) {
      if (found.local === 'IIntOrString') return 'int-or-string';
      if (found.local === 'IQuantity') return 'quantity';
      return this.#toFieldType(found.decl.type, found.file, ctx);
    }
    if (found.decl.members.length === 0) return 'any'; // free-form object (FieldsV1): not checked
    return { ref: this.#collectNamed(file, name) };
  }
}

/**
 * Where Node would find `pkg` when imported from `dir`: the nearest `node_modules/<pkg>` upwards.
 * An older kubernetes-models installed under an alias (`kubernetes-models-1.33`) keeps the
 * `@kubernetes-models/apimachinery` of its own major in its nested node_modules.
 */
export function findPackage(dir, pkg) {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', pkg);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** The declaration file a package names in package.json (`types`, or `exports.types`). */
function packageTypes(pkgDir) {
  try {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const types = pkg.types ?? pkg.typings ?? pkg.exports?.types ?? pkg.exports?.['.']?.types;
    return typeof types === 'string' ? join(pkgDir, types) : undefined;
  } catch {
    return undefined;
  }
}

function step(ctx, part) {
  return { ...ctx, path: [...ctx.path, part] };
}

/** The JSDoc text of a declaration, with `Possible enum values` and the rest kept as written. */
function docOf(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  if (!last || last.comment === undefined) return '';
  return (ts.getTextOfJSDocComment(last.comment) ?? '').trim();
}
