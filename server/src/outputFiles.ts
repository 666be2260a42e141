import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isSafeFileName } from './core/files/safeFileName';
import { t } from './core/l10n';

/** A file to write: a bare name (no folder) in the destination folder, and its text. */
export interface OutputFile {
  name: string;
  text: string;
}

/** Why nothing was written, in a sentence for the person; `targets` names the files at fault. */
export class OutputRefused extends Error {
  constructor(
    message: string,
    readonly targets: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * Writes every file into `folder`, or none: the one way `guia import`, `guia export` and the VS Code
 * commands write. The destination folder may be given through a link (the person chose it), but
 * nothing inside it is ever written through one:
 * - each target is looked at with `lstat`: a link (even a dangling one) or anything but a regular
 *   file is refused, `--force` or not; an existing file is replaced only with `force`;
 * - every file is first written, created exclusively, into a fresh temporary folder inside `folder`
 *   (same file system, so moving is a rename); a failure there (a full disk, a name too long) leaves
 *   the destination untouched;
 * - only then are they moved into place: a new file with a hard link that fails if anything appeared
 *   there meanwhile (or a rename where links are not supported), a replaced one with a rename, which
 *   swaps the directory entry and never follows a link. If a move fails, the ones already moved are
 *   taken back and the files they replaced restored.
 * Names must be safe on every system (`isSafeFileName`). Resolves to the paths written.
 */
export async function writeFilesAtomically(folder: string, files: readonly OutputFile[], options: { force: boolean }): Promise<string[]> {
  for (const file of files) {
    if (!isSafeFileName(file.name) || path.basename(file.name) !== file.name) {
      throw new OutputRefused(t('«{0}» no es un nombre de archivo seguro; no se escribió ningún archivo.', file.name), [file.name]);
    }
  }
  await fs.mkdir(folder, { recursive: true });
  const real = await fs.realpath(folder);
  const targets = files.map((file) => path.join(real, file.name));
  await refuseUnsafeTargets(targets, options.force);

  const staging = await fs.mkdtemp(path.join(real, '.guia-escritura-'));
  try {
    for (const [index, file] of files.entries()) {
      await fs.writeFile(path.join(staging, `${index}`), file.text, { encoding: 'utf8', flag: 'wx' });
    }
    await moveIntoPlace(staging, targets, options.force);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  return targets;
}

/** Refuses, before anything is written, targets that are links, not regular files, or exist unasked. */
async function refuseUnsafeTargets(targets: readonly string[], force: boolean): Promise<void> {
  const links: string[] = [];
  const others: string[] = [];
  const existing: string[] = [];
  for (const target of targets) {
    const stat = await fs.lstat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!stat) continue;
    if (stat.isSymbolicLink()) links.push(target);
    else if (!stat.isFile()) others.push(target);
    else if (!force) existing.push(target);
  }
  if (links.length > 0)
    throw new OutputRefused(
      t('{0} es un enlace simbólico: nunca se escribe a través de un enlace. Quítalo o elige otra carpeta; no se escribió ningún archivo.', links.join(', ')),
      links,
    );
  if (others.length > 0) throw new OutputRefused(t('{0} existe y no es un archivo normal; no se escribió ningún archivo.', others.join(', ')), others);
  if (existing.length > 0)
    throw new OutputRefused(t('Ya existe {0}; no se reemplaza. No se escribió ningún archivo: usa --force para reemplazar los que ya existen.', existing.join(', ')), existing);
}

async function moveIntoPlace(staging: string, targets: readonly string[], force: boolean): Promise<void> {
  const backups = path.join(staging, 'anteriores');
  await fs.mkdir(backups);
  const placed: string[] = [];
  const replaced: Array<{ target: string; backup: string }> = [];
  try {
    for (const [index, target] of targets.entries()) {
      const staged = path.join(staging, `${index}`);
      const stat = await fs.lstat(target).catch(() => undefined);
      if (stat) {
        // Something appeared since the check: only a regular file, and only with force, is replaced.
        if (!force || !stat.isFile()) throw appeared(target);
        const backup = path.join(backups, `${index}`);
        await fs.rename(target, backup);
        replaced.push({ target, backup });
      }
      await placeNew(staged, target);
      placed.push(target);
    }
  } catch (error) {
    for (const target of placed) await fs.unlink(target).catch(() => undefined);
    for (const { target, backup } of replaced) await fs.rename(backup, target).catch(() => undefined);
    throw error;
  }
}

/** Moves a staged file to a target that must not exist: a hard link fails if something is there now. */
async function placeNew(staged: string, target: string): Promise<void> {
  try {
    await fs.link(staged, target);
    await fs.unlink(staged);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw appeared(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    // File systems without hard links (FAT, some network shares): check once more, then rename.
    await fs.access(target, constants.F_OK).then(
      () => {
        throw appeared(target);
      },
      () => fs.rename(staged, target),
    );
  }
}

/** Something was created at `target` between the check and the move (another program, an attacker). */
function appeared(target: string): OutputRefused {
  return new OutputRefused(t('{0} apareció mientras se escribía; no se escribió ningún archivo.', target), [target]);
}
