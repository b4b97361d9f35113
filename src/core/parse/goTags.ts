// The explicit scalar tags go-yaml v2 resolves (resolve.go `resolve`, decode.go `d.scalar`): a
// scalar tagged `!!int`, `!!float`, `!!bool` or `!!null`, quoted or not, is resolved as a plain
// scalar would be, and must come out as that type (`!!int "2"` is the int 2; an int is accepted
// as a `!!float`). Anything else fails as go-yaml fails: "cannot decode !!str `abc` as a !!int".
// The failsafe schema knows none of these tags and would leave the value a string, with an error.
import type { ScalarTag } from 'yaml';
import type { ScalarValue } from '../model/types';
import { isGoIntText, resolveGoPlainScalar } from './goScalar';

type GoTag = 'null' | 'bool' | 'int' | 'float';

function resolvedTag(text: string, value: ScalarValue): GoTag | 'str' {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'str';
  return isGoIntText(text) ? 'int' : 'float';
}

function goTag(tag: GoTag): ScalarTag {
  return {
    tag: `tag:yaml.org,2002:${tag}`,
    resolve(text, onError) {
      const value = resolveGoPlainScalar(text);
      const resolved = resolvedTag(text, value);
      if (resolved === tag || (tag === 'float' && resolved === 'int')) return value;
      onError(`cannot decode !!${resolved} \`${text}\` as a !!${tag}`);
      return text;
    },
  };
}

export const GO_SCALAR_TAGS: readonly ScalarTag[] = (['null', 'bool', 'int', 'float'] as const).map(goTag);
