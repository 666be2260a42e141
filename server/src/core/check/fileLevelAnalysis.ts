import type { FileKind, FileRole } from '../files/fileKinds';
import { t } from '../l10n';
import type { FindingData } from '../findings';
import { emptyParse } from '../parse/parsedDocument';
import { mainRequirementOf, type FileAnalysis } from '../model/analysis';

/**
 * The analysis of a file that could not be checked (too big, or its check failed): no text is kept
 * and one mandatory finding at the start of the file says why, under the requirement its kind is
 * evidence for, so nothing is skipped silently and coverage cannot read it as met.
 */
export function fileLevelAnalysis(id: string, kind: FileKind, message: string, data: FindingData): FileAnalysis {
  return {
    id,
    kind,
    parsed: emptyParse('', []),
    findings: [{ requirement: mainRequirementOf(kind), weight: 'mandatory', start: 0, end: 0, message, data }],
    evidence: {},
    datasets: [],
  };
}

/** The kind of a file known only by its role and name (it was not read): a plan, a catalog, or a dataset. */
export function unreadFileKind(id: string, role: FileRole): FileKind {
  return role === 'plan' ? 'plan' : /catalog/i.test(id) ? 'catalog' : 'dataset';
}

/**
 * The analysis of a file whose bytes are not UTF-8 (saved as Windows-1252 or Latin-1, as older
 * spreadsheets and editors do): read any other way its accents would be guessed, so it is not
 * checked, and its one finding says how to save it again.
 */
export function notUtf8FileAnalysis(id: string, role: FileRole): FileAnalysis {
  return fileLevelAnalysis(
    id,
    unreadFileKind(id, role),
    t(
      'No se revisó este archivo: no está codificado en UTF-8 (¿se guardó como Windows-1252 o Latin-1?). Guárdalo como UTF-8; en VS Code, «Volver a abrir con codificación» › Western (Windows 1252) y luego «Guardar con codificación» › UTF-8.',
    ),
    { rule: 'archivo-no-utf8' },
  );
}
