import { isSafeFileName } from '../../../server/src/core/files/safeFileName';
import { t } from '../../../server/src/core/l10n';

/**
 * What the writer needs of the destination folder, file by bare name: in the browser it is
 * `workspace.fs` (see `workspaceFolderFiles`), in the tests a stand-in that can fail on demand.
 */
export interface FolderFiles {
  /** What is at `name` now, without following a link: nothing, a regular file, a link, or something else (a folder…). */
  kind(name: string): Promise<'missing' | 'file' | 'link' | 'other'>;
  read(name: string): Promise<Uint8Array>;
  /** Creates or replaces the file. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
}

/** A file to write: a bare name in the folder, and its bytes. */
export interface FileToWrite {
  name: string;
  bytes: Uint8Array;
}

/** Every file written (their names), or none and why, in a sentence for the person. */
export type AllOrNothingResult = { written: string[] } | { refused: string };

/**
 * Writes every file into the folder, or leaves it as it was: what the desktop's
 * `writeFilesAtomically` does on disk, for a file system that has no temporary folder nor rename to
 * lean on (VS Code's `workspace.fs` in a browser). In three steps:
 * 1. look at everything first: every name safe (`isSafeFileName`), no target a link or anything but
 *    a regular file, and an existing file only where `replace` allows it (the person was asked);
 * 2. read the present bytes of every file that will be replaced;
 * 3. write one by one; if a write fails, take back what was done (delete the files created, write
 *    back the replaced ones' bytes; the failed one too, which may be half-written) and say so.
 * Between step 1 and a write another program could put a link in place: `workspace.fs` has no way
 * to write without following one, so that window stays (the desktop closes it with hard links).
 */
export async function writeAllOrNothing(folder: FolderFiles, files: readonly FileToWrite[], options: { replace: boolean }): Promise<AllOrNothingResult> {
  const unsafe = files.find((file) => !isSafeFileName(file.name));
  if (unsafe) return { refused: t('«{0}» no es un nombre de archivo seguro; no se escribió ningún archivo.', unsafe.name) };

  const previous = new Map<string, Uint8Array>();
  try {
    const kinds = await Promise.all(files.map(async (file) => ({ name: file.name, kind: await folder.kind(file.name) })));
    const named = (kind: string): string[] => kinds.filter((entry) => entry.kind === kind).map((entry) => entry.name);
    const links = named('link');
    if (links.length > 0)
      return { refused: t('{0} es un enlace simbólico: nunca se escribe a través de un enlace. Quítalo o elige otra carpeta; no se escribió ningún archivo.', links.join(', ')) };
    const others = named('other');
    if (others.length > 0) return { refused: t('{0} existe y no es un archivo normal; no se escribió ningún archivo.', others.join(', ')) };
    const existing = named('file');
    // The server left out or kept what the person chose; a file there now that was not asked about appeared meanwhile.
    if (existing.length > 0 && !options.replace) return { refused: t('{0} apareció mientras se escribía; no se escribió ningún archivo.', existing.join(', ')) };
    for (const name of existing) previous.set(name, await folder.read(name));
  } catch (error) {
    return { refused: t('No se pudo revisar la carpeta de destino ({0}); no se escribió ningún archivo.', messageOf(error)) };
  }

  const touched: FileToWrite[] = [];
  for (const file of files) {
    touched.push(file);
    try {
      await folder.write(file.name, file.bytes);
    } catch (error) {
      const notRestored = await takeBack(folder, touched, previous);
      return {
        refused:
          notRestored.length === 0
            ? t('No se pudo escribir {0} ({1}); se deshizo lo ya escrito y la carpeta quedó como estaba.', file.name, messageOf(error))
            : t('No se pudo escribir {0} ({1}), y no se pudo deshacer todo: revisa {2}.', file.name, messageOf(error), notRestored.join(', ')),
      };
    }
  }
  return { written: files.map((file) => file.name) };
}

/** Deletes the files created and writes back the replaced ones, the last first; the names it could not put back. */
async function takeBack(folder: FolderFiles, touched: readonly FileToWrite[], previous: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const notRestored: string[] = [];
  for (const { name } of [...touched].reverse()) {
    const before = previous.get(name);
    try {
      if (before) await folder.write(name, before);
      // The failed write may have created nothing at all: only what is there is deleted.
      else if ((await folder.kind(name)) !== 'missing') await folder.delete(name);
    } catch {
      notRestored.push(name);
    }
  }
  return notRestored.reverse();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
