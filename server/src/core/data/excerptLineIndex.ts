import { LineIndex, type Position } from '../text/lineIndex';

/**
 * A line index over a few lines of a file too big to keep: the excerpt's text holds only the
 * lines problems point at, and positions map back to those lines' real numbers, so diagnostics
 * land on the right line of the real file.
 */
export class ExcerptLineIndex extends LineIndex {
  private readonly realLines: number[];

  constructor(
    lines: readonly { line: number; text: string }[],
    private readonly totalLines: number,
  ) {
    super(lines.map((entry) => entry.text.replace(/[\r\n]/g, ' ')).join('\n'));
    this.realLines = lines.map((entry) => entry.line);
  }

  override get lineCount(): number {
    return Math.max(this.totalLines, (this.realLines[this.realLines.length - 1] ?? -1) + 1);
  }

  override positionAt(offset: number): Position {
    const position = super.positionAt(offset);
    return { line: this.realLines[position.line] ?? position.line, character: position.character };
  }

  /** The offset of a position on a kept line; a line not kept maps to the start of the next kept one. */
  override offsetAt(position: Position): number {
    const index = this.excerptLine(position.line);
    if (index === undefined) return this.text.length;
    if (this.realLines[index] !== position.line) return super.offsetAt({ line: index, character: 0 });
    return super.offsetAt({ line: index, character: position.character });
  }

  override lineText(line: number): string {
    const index = this.excerptLine(line);
    return index !== undefined && this.realLines[index] === line ? super.lineText(index) : '';
  }

  /** The first kept line at or after a real line number. */
  private excerptLine(line: number): number | undefined {
    let low = 0;
    let high = this.realLines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.realLines[mid]! < line) low = mid + 1;
      else high = mid;
    }
    return low < this.realLines.length ? low : undefined;
  }
}
