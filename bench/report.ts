import { round } from './stats';

/** One line of the results: a figure, and the target it is held to (if any). */
export interface Row {
  /** Stable key, used in the JSON output. */
  key: string;
  label: string;
  value: number | undefined;
  unit: 'ms' | 'MB' | 'x' | 'ms/archivo';
  /** The target in words (with the figure it compares to), absent for context-only figures. */
  target?: string;
  pass?: boolean;
  /** A note shown under the row (how it was measured, why a value is missing). */
  note?: string;
}

/** The table printed at the end of `npm run bench`: every figure next to its target. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.label,
    row.value === undefined ? '—' : `${formatNumber(row.value)} ${row.unit}`,
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL',
  ]);
  const header = ['Medida', 'Valor', 'Meta', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]): string =>
    cell
      .map((text, column) => (column === 1 ? text.padStart(widths[column]!) : text.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((width) => '─'.repeat(width)).join('  ')];
  rows.forEach((row, i) => {
    out.push(line(cells[i]!));
    if (row.note) out.push(`    ${row.note}`);
  });
  return out.join('\n');
}

/** The same table in Markdown, to paste into BENCHMARKS.md. */
export function formatMarkdown(rows: readonly Row[]): string {
  const out = ['| Medida | Valor | Meta | |', '|---|---:|---|---|'];
  for (const row of rows) {
    const value = row.value === undefined ? '—' : `${formatNumber(row.value)} ${row.unit}`;
    const verdict = row.pass === undefined ? '' : row.pass ? 'PASS' : '**FAIL**';
    const label = row.note ? `${row.label}<br><sub>${row.note}</sub>` : row.label;
    out.push(`| ${label.trim()} | ${value} | ${row.target ?? ''} | ${verdict} |`);
  }
  return out.join('\n');
}

function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return round(value, digits).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
