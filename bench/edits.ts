import type { LspRange } from './lspDriver';

/**
 * A one-character edit that flips one finding on and off: typing `x` after a valid date makes it
 * invalid, deleting it makes it valid again. Every step changes the diagnostics, so every server
 * publishes after every step (ours publishes only what changed) and each step can be timed.
 */
export class ToggleEdit {
  private typed = false;

  constructor(
    readonly line: number,
    readonly character: number,
  ) {}

  /** The next step: the range to replace and the text to put there. */
  next(): { range: LspRange; text: string } {
    const at = { line: this.line, character: this.character };
    const step = this.typed ? { range: { start: at, end: { line: this.line, character: this.character + 1 } }, text: '' } : { range: { start: at, end: at }, text: 'x' };
    this.typed = !this.typed;
    return step;
  }
}

/**
 * The end of the valid `key: AAAA-MM-DD` line nearest to the middle of the text: the place for a
 * toggle edit in "the middle dataset" (or the middle row of a plan).
 */
export function middleDateLine(text: string, key: string): ToggleEdit {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*(- )?${key}: \\d{4}-\\d{2}-\\d{2}$`);
  const middle = Math.floor(lines.length / 2);
  for (let distance = 0; distance < lines.length; distance++) {
    for (const line of [middle - distance, middle + distance]) {
      if (line >= 0 && line < lines.length && pattern.test(lines[line]!)) return new ToggleEdit(line, lines[line]!.length);
    }
  }
  throw new Error(`no "${key}: AAAA-MM-DD" line to edit`);
}

/** Positions spread evenly over the text for completion and hover: on keys and after `key: `. */
export function probePositions(text: string, count: number): Array<{ line: number; character: number; onKey: boolean }> {
  const lines = text.split('\n');
  const candidates: Array<{ line: number; character: number; onKey: boolean }> = [];
  for (let line = 0; line < lines.length; line++) {
    const match = /^(\s*(?:- )?)([A-Za-z]+): ?/.exec(lines[line]!);
    if (!match) continue;
    candidates.push({ line, character: match[1]!.length + 1, onKey: true });
    candidates.push({ line, character: match[0].length, onKey: false });
  }
  const step = candidates.length / count;
  return Array.from({ length: count }, (_, i) => candidates[Math.floor(i * step)]!);
}
