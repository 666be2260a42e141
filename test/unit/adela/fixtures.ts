import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readCsv } from '../../../server/src/core/adela/csvReader';
import { decodeText } from '../../../server/src/core/text/decodeText';
import { exportWorkspace, type ExportFormat } from '../../../server/src/core/exchange/exportWorkspace';
import { importFiles, type ImportResult, type KnownDataset } from '../../../server/src/core/exchange/importFiles';
import type { ImportIssue } from '../../../server/src/core/adela/importModel';
import { analyzeFile, type FileAnalysis } from '../../../server/src/core/check/analyzeFile';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/adela');

export function fixture(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

/** Imports fixture files as `guia import` would. */
export function importFixtures(names: string[], known: KnownDataset[] = []): ImportResult {
  return importFiles(
    names.map((name) => ({ name, bytes: fixture(name) })),
    known,
  );
}

/** `file:row: message-start` of each issue, to assert the rows reported. */
export function places(issues: readonly ImportIssue[]): string[] {
  return issues.map((issue) => `${issue.file}:${issue.row ?? issue.item ?? '-'}`);
}

/** The written files, analysed as the checker reads them. */
export function analyseWritten(result: ImportResult): FileAnalysis[] {
  return result.files.map((file) => analyzeFile(file.name, file.kind === 'plan' ? 'plan' : 'metadata', file.text));
}

/** Imports fixtures, then exports what was written; fails the test on an export error. */
export function roundTrip(names: string[], format: ExportFormat): string {
  const exported = exportWorkspace(analyseWritten(importFixtures(names)), format, 0);
  if ('error' in exported) throw new Error(exported.error);
  return exported.text;
}

/** The non-blank rows of CSV bytes or text, cells trimmed and trailing empty cells dropped. */
export function csvRows(input: Uint8Array | string): string[][] {
  const text = typeof input === 'string' ? decodeText(new TextEncoder().encode(input)).text : decodeText(input).text;
  return readCsv(text)
    .rows.map((row) => row.cells.map((cell) => cell.replace(/\r\n?/g, '\n').trim()))
    .map((cells) => {
      const copy = [...cells];
      while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
      return copy;
    })
    .filter((cells) => cells.length > 0);
}
