import { closeSync, openSync, promises as fs, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { declaredRole, mayDeclareSchema, type FileClassifier, type FileRole } from '../core/files/fileKinds';
import { isWithin } from '../core/files/within';
import { isValidUtf8 } from '../core/text/decodeText';
import { t } from '../core/l10n';
import { findFiles } from '../workspaceScanner';

export interface CollectedFile {
  path: string;
  role: FileRole;
  /** The whole text; only the first few kilobytes when the file is `oversized`. */
  text: string;
  /** Set, in bytes, when the file is larger than the size limit: it is not read whole, nor checked. */
  oversized?: number;
  /** Set when its bytes are not UTF-8: it is not checked (its text is empty). */
  notUtf8?: true;
}

/** What reading a file gave: its text, or why it is not checked. */
type ReadResult = Omit<CollectedFile, 'path' | 'role'>;

export interface Collection {
  files: CollectedFile[];
  /** Problems reading the input (missing paths, unreadable or binary files), one message each. */
  errors: string[];
}

export interface CollectOptions {
  /** Files larger than this are not read (see `guia.maxFileSizeKB`). */
  maxFileSizeKB?: number;
}

/** Enough of a file to find a declared schema (`$schema`, modeline) without reading it all. */
const HEAD_BYTES = 4096;

/**
 * Reads the files to check. Folders are walked for files whose name or declared schema makes them
 * ours; a file named explicitly is checked even with another name, its role guessed from content.
 * Every input that cannot be read becomes one clear message, and the rest is still collected:
 * missing paths, permissions, symbolic link loops, pipes and devices (reading one would wait forever),
 * binary and non-UTF-8 files, and folders with nothing to check.
 */
export async function collectFiles(inputs: readonly string[], classifier: FileClassifier, options: CollectOptions = {}): Promise<Collection> {
  const files: CollectedFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const limit = options.maxFileSizeKB !== undefined ? options.maxFileSizeKB * 1024 : Infinity;
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (error) {
      errors.push(pathProblem(input, error));
      continue;
    }
    if (stat.isDirectory()) {
      const [filesBefore, errorsBefore] = [files.length, errors.length];
      const links: string[] = [];
      const candidates = await findFiles(input, (relative) => classifier.roleOfPath(relative) !== undefined || mayDeclareSchema(relative), {
        unreadableFolder: (folder, error) => errors.push(pathProblem(folder, error)),
        // Links are not followed while walking (a loop cannot trap it); a link to a file inside the folder is read as the file.
        symbolicLink: (link) => links.push(link),
      });
      const outside = linksLeaving(input, links);
      for (const candidate of [...candidates, ...links].sort()) {
        const relative = path.relative(input, candidate).split(path.sep).join('/');
        // A YAML or JSON file that is not ours by name is only looked into for a declared schema:
        // if it cannot be read, it was most likely never meant for us, so that is not an error.
        const ours = classifier.roleOfPath(relative) !== undefined;
        if (outside.has(candidate)) {
          if (ours) errors.push(t('Es un enlace simbólico a un archivo fuera de la carpeta revisada; no se lee: {0}', candidate));
          continue;
        }
        const read = readFile(candidate, limit, ours ? errors : [], true);
        if (read === undefined) continue;
        const role = classifier.roleOf(relative, read.text);
        if (role) add(candidate, role, read);
      }
      if (files.length === filesBefore && errors.length === errorsBefore) {
        errors.push(
          t(
            'No hay archivos de metadatos ni planes de apertura que revisar en la carpeta {0} (se buscan *.dcat.yaml, *.dcat.json, catalogo*.json, plan-de-apertura*.yaml…).',
            input,
          ),
        );
      }
    } else {
      const read = readFile(input, limit, errors, false);
      if (read !== undefined) add(input, classifier.roleOf(input, read.text) ?? guessRole(read.text), read);
    }
  }
  return { files, errors };

  function add(file: string, role: FileRole, read: ReadResult): void {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path: file, role, ...read });
  }
}

/**
 * The links met while walking `folder` whose target lies outside it. They are never read: a
 * repository may hold a link named `catalogo.json` to a secret file, and what a check reads ends up
 * in its report (the SARIF a CI job uploads, for one). A link that cannot be resolved (dangling, a
 * loop) is left to the reader, which says why it cannot be read.
 */
function linksLeaving(folder: string, links: readonly string[]): Set<string> {
  if (links.length === 0) return new Set();
  let root: string;
  try {
    root = realpathSync(folder);
  } catch {
    return new Set(links);
  }
  return new Set(
    links.filter((link) => {
      try {
        return !isWithin(root, realpathSync(link));
      } catch {
        return false;
      }
    }),
  );
}

/**
 * Reads a file as UTF-8 text (or marks it `notUtf8`), or says why it cannot be read. Only regular files are opened (a named pipe would
 * block the read forever); a file above the limit is read only for its first bytes. Reads are
 * synchronous: the command line has nothing else to do meanwhile, and each asynchronous read is
 * several round trips to the I/O thread pool, which for 10,000 files in a row took longer than
 * checking them.
 */
function readFile(file: string, limit: number, errors: string[], fromWalk: boolean): ReadResult | undefined {
  let handle: number | undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return undefined; // a link to a folder met while walking: not followed
    if (!stat.isFile()) {
      errors.push(t('No es un archivo normal (es una tubería, un socket o un dispositivo), no se lee: {0}', file));
      return undefined;
    }
    handle = openSync(file, 'r');
    if (stat.size > limit) {
      const head = Buffer.alloc(HEAD_BYTES);
      const bytesRead = readSync(handle, head, 0, HEAD_BYTES, 0);
      return { text: head.subarray(0, bytesRead).toString('utf8'), oversized: stat.size };
    }
    const bytes = readFileSync(handle);
    if (bytes.includes(0)) {
      errors.push(t('No es un archivo de texto (contiene bytes nulos), no se revisa: {0}', file));
      return undefined;
    }
    // Not UTF-8: not checked, and the report says so on the file (as the editor does), not as an input error.
    if (!isValidUtf8(bytes)) return { text: '', notUtf8: true };
    return { text: new TextDecoder().decode(bytes) };
  } catch (error) {
    // A broken link or a loop of links only shows once the walk tries to read through it.
    if (fromWalk && (error as NodeJS.ErrnoException).code === 'ENOENT') errors.push(t('Enlace simbólico roto (su destino no existe): {0}', file));
    else errors.push(pathProblem(file, error));
    return undefined;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

/** Why a path cannot be read, in words a person can act on. */
function pathProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return t('No existe: {0}', file);
    case 'EACCES':
    case 'EPERM':
      return t('Sin permiso para leer {0}: pide acceso o revisa los permisos.', file);
    case 'ELOOP':
      return t('Enlace simbólico en bucle (apunta, directa o indirectamente, a sí mismo): {0}', file);
    case 'ENOTDIR':
      return t('Una parte de la ruta no es una carpeta: {0}', file);
    case 'ENAMETOOLONG':
      return t('La ruta es demasiado larga: {0}', file);
    case 'EISDIR':
      return t('Es una carpeta, no un archivo: {0}', file);
    default:
      return t('No se puede leer {0}: {1}', file, code ?? String(error));
  }
}

/** An explicitly named file with no recognised name: a plan if it has the plan's own keys. */
function guessRole(text: string): FileRole {
  const role = declaredRole(text);
  if (role) return role;
  return /^(plan|inventario|responsables)\s*:/m.test(text) ? 'plan' : 'metadata';
}
