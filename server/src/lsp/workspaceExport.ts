import type { FileAnalysis } from '../core/check/analyzeFile';
import { exportWorkspace } from '../core/exchange/exportWorkspace';
import type { ExportFormat } from '../core/exchange/exportFormats';
import type { GuideWorkspace } from './guideWorkspace';

/**
 * The export of some of the index's files (as the server has them, unsaved edits included), with
 * the count of their errors the export states: shared by the Node server (which writes it) and the
 * web server (which gives the text to the client).
 */
export function exportIndexed(workspace: GuideWorkspace, files: readonly FileAnalysis[], format: ExportFormat): ReturnType<typeof exportWorkspace> {
  const ids = new Set(files.map((file) => file.id));
  const errors = workspace
    .evaluate()
    .report.files.filter((file) => ids.has(file.id))
    .reduce((sum, file) => sum + file.diagnostics.filter((diagnostic) => diagnostic.severity === 1).length, 0);
  return exportWorkspace(files, format, errors);
}
