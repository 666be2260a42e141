import type { FileRole } from '../files/fileKinds';
import { t } from '../l10n';
import type { FileAnalysis } from './analyzeFile';
import { fileLevelAnalysis, unreadFileKind } from './fileLevelAnalysis';

/**
 * Files above the size limit (the `guia.maxFileSizeKB` setting, `--max-file-size-kb` on the command
 * line) are not parsed: a many-megabyte file would freeze the editor on every keystroke. They get one
 * finding that says what was skipped and how to raise the limit, so nothing is skipped silently.
 */

/** Whether a text is larger than `limitKB` kilobytes in UTF-8, without encoding it. */
export function textExceedsLimit(text: string, limitKB: number): boolean {
  const limit = limitKB * 1024;
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: most texts are decided by their length alone.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Each half of a surrogate pair counts 2: the pair is 4 bytes.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : (code & 0xf800) === 0xd800 ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** The analysis of a file that was not read because it is `sizeBytes` long, above `limitKB`. */
export function oversizedFileAnalysis(id: string, role: FileRole, sizeBytes: number, limitKB: number): FileAnalysis {
  return fileLevelAnalysis(
    id,
    unreadFileKind(id, role),
    t(
      'No se revisó este archivo: mide {0} KB y el límite es {1} KB. Para revisarlo, sube el límite con el ajuste «guia.maxFileSizeKB» (en la línea de comandos, --max-file-size-kb) o divide el archivo en otros más pequeños.',
      Math.ceil(sizeBytes / 1024),
      limitKB,
    ),
    { rule: 'archivo-demasiado-grande', sizeBytes, limitKB },
  );
}

/** `analyze(text)` when the text is within the limit, else the oversized file's single finding. */
export function analyzeWithinLimit(id: string, role: FileRole, text: string, limitKB: number, analyze: (text: string) => FileAnalysis): FileAnalysis {
  if (!textExceedsLimit(text, limitKB)) return analyze(text);
  return oversizedFileAnalysis(id, role, Buffer.byteLength(text, 'utf8'), limitKB);
}
