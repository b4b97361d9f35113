// Offsets <-> 0-based line/character, for the CLI and tests (VS Code uses document.positionAt).
// The one place where positions are computed outside VS Code; `yaml`'s LineCounter is 1-based
// and is not used for this.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  readonly #lineStarts: number[] = [0];

  /** Lines end at LF, CRLF or a lone CR, as in VS Code and go-yaml (see parseFile.ts). */
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#lineStarts.push(i + 1);
    if (text.includes('\r')) this.#addLoneCarriageReturns();
  }

  #addLoneCarriageReturns(): void {
    for (let i = this.text.indexOf('\r'); i !== -1; i = this.text.indexOf('\r', i + 1)) {
      if (this.text[i + 1] !== '\n') this.#lineStarts.push(i + 1);
    }
    this.#lineStarts.sort((a, b) => a - b);
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.#lineStarts[low] };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.#lineStarts.length - 1));
    const lineEnd = line + 1 < this.#lineStarts.length ? this.#lineStarts[line + 1] - 1 : this.text.length;
    return Math.min(this.#lineStarts[line] + Math.max(0, position.character), lineEnd);
  }
}
