import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportWorkspace, type ExportFormat } from '../../server/src/core/exchange/exportWorkspace';
import { analyzeFile, type FileAnalysis } from '../../server/src/core/check/analyzeFile';
import { FileClassifier } from '../../server/src/core/files/fileKinds';

export const EXAMPLES = path.resolve(__dirname, '../../examples');

/** The files of an example workspace, analysed as the command line does. */
export function example(name: string): FileAnalysis[] {
  const root = path.join(EXAMPLES, name);
  const classifier = new FileClassifier();
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .map((file) => file.split(path.sep).join('/'));
  return files.flatMap((file) => {
    const role = classifier.roleOfPath(file);
    return role ? [analyzeFile(file, role, readFileSync(path.join(root, file), 'utf8'))] : [];
  });
}

/** Exports analysed files; fails the test on an export error. */
export function exported(files: FileAnalysis[], format: ExportFormat, errors = 0): { text: string; warnings: string[] } {
  const result = exportWorkspace(files, format, errors);
  if ('error' in result) throw new Error(result.error);
  return result;
}
