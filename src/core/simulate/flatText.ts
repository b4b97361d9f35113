// Messages the event log keeps, built as one string each. A template literal of n parts is n - 1
// concatenated-string objects pointing at its parts (32 bytes each on 64-bit V8), a chain that
// every event keeps until the result is dropped, and that each collection copies; join copies
// the characters into one string instead, about half the memory for the controller's messages.

/** A template literal's text as one flat string: `flat\`create Pod ${name}\`` reads as the literal does. */
export function flat(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  const parts = new Array<string>(2 * values.length + 1);
  parts[0] = strings[0];
  for (let i = 0; i < values.length; i++) {
    parts[2 * i + 1] = String(values[i]);
    parts[2 * i + 2] = strings[i + 1];
  }
  return parts.join('');
}
