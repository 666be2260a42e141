import type { FileRole } from '../files/fileKinds';
import { t } from '../l10n';
import type { FileAnalysis } from './analyzeFile';
import { fileLevelAnalysis } from './fileLevelAnalysis';

/**
 * Runs one file's analysis so that a bug in it costs that file only: if it throws, the file gets a
 * single finding that says so (and `onError` hears of it, for the log), while the rest of the
 * workspace is still checked and the server keeps running. The fuzz suite exists so this never fires.
 */
export function analyzeGuarded(id: string, role: FileRole, analyze: () => FileAnalysis, onError?: (error: unknown) => void): FileAnalysis {
  try {
    return analyze();
  } catch (error) {
    onError?.(error);
    return fileLevelAnalysis(
      id,
      role === 'plan' ? 'plan' : 'dataset',
      t(
        'Error interno al revisar este archivo ({0}); el resto del espacio de trabajo sí se revisó. Por favor, informa de este error.',
        error instanceof Error ? error.message : String(error),
      ),
      { rule: 'error-interno' },
    );
  }
}
