// JSON arrays written an element at a time, byte for byte what JSON.stringify(array, null, 2)
// gives at that depth: tools that read the CLI's JSON see no difference, and no output is ever
// one string as large as all findings together (V8 strings stop at about 512 MB).
import type { Write } from './output';

/** Writes `items` as a 2-space indented JSON array whose `[` stands on a line indented by `indent`. */
export function writeJsonArray(items: Iterable<unknown>, indent: string, write: Write): void {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`);
    write(`${first ? '[' : ','}\n${inner}${json}`);
    first = false;
  }
  write(first ? '[]' : `\n${indent}]`);
}
