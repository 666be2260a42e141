import { promises as fs } from 'node:fs';

/** Whether something (a file or a folder) is at `file`: `guia import` and `export` never replace one unasked. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
