/** A zero-based position in a text, counted in UTF-16 code units like LSP and JavaScript strings. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. Structurally identical to the LSP `Range`. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts string offsets to line/character positions.
 * Line starts are computed once per text so that mapping thousands of findings on a big catalog
 * stays a binary search each, not a scan from the start of the file.
 */
export class LineIndex {
  /**
   * Found on first use: a catalog's 2,000 items are each parsed with an index nobody reads. Private
   * fields (#), so that two indexes of one text are equal whether or not they were used yet.
   */
  #starts: number[] | undefined;

  /** `lineStarts`, when given, must be those of `text`, which has no carriage return (see `afterEdit`). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.#starts = lineStarts;
    if (lineStarts) this.#carriageReturns = false;
  }

  #carriageReturns: boolean | undefined;

  /** Whether the text may hold a carriage return (then `afterEdit` indexes afresh). */
  private get mayHaveCarriageReturns(): boolean {
    this.#carriageReturns ??= this.text.includes('\r');
    return this.#carriageReturns;
  }

  private get lineStarts(): number[] {
    this.#starts ??= findLineStarts(this.text);
    return this.#starts;
  }

  /**
   * The index of `text`, which is `previous.text` with `[start, oldEnd)` replaced by `text`'s
   * `[start, newEnd)`: lines before the edit are kept, lines after it move by the change in length,
   * and only the edited stretch is searched. A keystroke in a 28,000-line catalog then does not
   * search the whole text for line breaks. Texts with carriage returns are indexed afresh.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    if (previous.mayHaveCarriageReturns || text.slice(start, newEnd).includes('\r')) return new LineIndex(text);
    const old = previous.lineStarts;
    const delta = newEnd - oldEnd;
    // A line starts after its line break: those up to `start` are before the edit.
    let i = previous.firstStartAfter(start);
    const starts = old.slice(0, i);
    for (let at = text.indexOf('\n', start); at >= 0 && at < newEnd; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    for (i = Math.max(i, previous.firstStartAfter(oldEnd)); i < old.length; i++) starts.push(old[i]! + delta);
    return new LineIndex(text, starts);
  }

  /** The index of the first line that starts after `offset`. */
  private firstStartAfter(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    const start = this.offsetAt({ line, character: 0 });
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}

/** Where each line of `text` starts: after `\n`, `\r\n` or a lone `\r`. */
function findLineStarts(text: string): number[] {
  const starts = [0];
  // Without CR, the native search is several times faster than visiting each character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      starts.push(i + 1);
    } else if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
