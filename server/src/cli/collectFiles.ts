import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { declaredRole, mayDeclareSchema, type FileClassifier, type FileRole } from '../core/files/fileKinds';
import { findFiles } from '../lsp/workspaceScanner';

export interface CollectedFile {
  path: string;
  role: FileRole;
  text: string;
}

export interface Collection {
  files: CollectedFile[];
  /** Problems reading the input (missing paths, unreadable or binary files), one message each. */
  errors: string[];
}

/**
 * Reads the files to check. Folders are walked for files whose name or declared schema makes them
 * ours; a file named explicitly is checked even with another name, its role guessed from content.
 */
export async function collectFiles(inputs: readonly string[], classifier: FileClassifier): Promise<Collection> {
  const files: CollectedFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      errors.push(`No existe o no se puede leer: ${input}`);
      continue;
    }
    if (stat.isDirectory()) {
      const candidates = await findFiles(input, (relative) => classifier.roleOfPath(relative) !== undefined || mayDeclareSchema(relative));
      for (const candidate of candidates) {
        const text = await readText(candidate, errors);
        if (text === undefined) continue;
        const relative = path.relative(input, candidate).split(path.sep).join('/');
        const role = classifier.roleOf(relative, text);
        if (role) add(candidate, role, text);
      }
    } else {
      const text = await readText(input, errors);
      if (text !== undefined) add(input, classifier.roleOf(input, text) ?? guessRole(text), text);
    }
  }
  return { files, errors };

  function add(file: string, role: FileRole, text: string): void {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path: file, role, text });
  }
}

async function readText(file: string, errors: string[]): Promise<string | undefined> {
  try {
    const bytes = await fs.readFile(file);
    if (bytes.includes(0)) {
      errors.push(`No es un archivo de texto (contiene bytes nulos): ${file}`);
      return undefined;
    }
    return bytes.toString('utf8');
  } catch (error) {
    errors.push(`No se puede leer ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return undefined;
  }
}

/** An explicitly named file with no recognised name: a plan if it has the plan's own keys. */
function guessRole(text: string): FileRole {
  const role = declaredRole(text);
  if (role) return role;
  return /^(plan|inventario|responsables)\s*:/m.test(text) ? 'plan' : 'metadata';
}
