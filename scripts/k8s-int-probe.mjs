// Tells integer fields from number fields. The `.d.ts` files say `number` for both, so we ask the
// package's own compiled JSON-schema validators (`_schemas/<Definition>.js`): a probe value of 0.5
// at the field fails with `type: integer` when the field is an integer, and 2^31 fails with
// `format: int32` when it is an int32.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const HALF = 0.5;
const INT32_OVERFLOW = 2 ** 31;

/** The value `{a: [{b: leaf}]}` for the path a, item, b. */
function buildProbe(path, leaf) {
  let value = leaf;
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (part.item) value = [value];
    else if (part.value) value = { k: value };
    else value = { [part.prop]: value };
  }
  return value;
}

function instancePathOf(path) {
  return path.map((part) => (part.item ? '/0' : part.value ? '/k' : `/${part.prop}`)).join('');
}

export class IntProbe {
  #validators = new Map();
  #packageDirs;

  /** packageDirs: the package folders whose `_schemas/` hold the validators. */
  constructor(packageDirs) {
    this.#packageDirs = packageDirs;
  }

  async #validator(definition) {
    if (this.#validators.has(definition)) return this.#validators.get(definition);
    let validate;
    for (const dir of this.#packageDirs) {
      try {
        const mod = await import(pathToFileURL(join(dir, '_schemas', `${definition}.js`)).href);
        // 4.x ships CommonJS validators whose named export Node cannot see: `default.validate`.
        validate = mod.validate ?? mod.default?.validate;
        break;
      } catch (error) {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      }
    }
    if (!validate) throw new Error(`no validator for ${definition} in ${this.#packageDirs.join(', ')}`);
    this.#validators.set(definition, validate);
    return validate;
  }

  /** 'integer', 'int32' or 'number' for the number at `path` under the named definition. */
  async kindOf(definition, path) {
    const validate = await this.#validator(definition);
    const at = instancePathOf(path);
    const failsWith = (leaf, test) => {
      validate(buildProbe(path, leaf));
      return (validate.errors ?? []).some((e) => e.instancePath === at && test(e));
    };
    if (!failsWith(HALF, (e) => e.keyword === 'type' && e.params?.type === 'integer')) {
      if (failsWith('x', (e) => e.keyword === 'type')) return 'number';
      throw new Error(`probe of ${definition}${at} found no number field there`);
    }
    return failsWith(INT32_OVERFLOW, (e) => e.keyword === 'format' && e.params?.format === 'int32') ? 'int32' : 'integer';
  }
}
