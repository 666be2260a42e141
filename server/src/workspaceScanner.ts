import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Folders never worth walking for metadata: dependencies, VCS data, build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', 'test-results']);

/** Upper bound on files visited per folder walk, so a huge home folder cannot stall the server. */
const MAX_VISITED_FILES = 200_000;

/** Who hears about what a walk passes by: folders it cannot read, and links it does not follow. */
export interface WalkReport {
  unreadableFolder?(folder: string, error: NodeJS.ErrnoException): void;
  /** A symbolic link with a wanted name; the walk itself never follows links. */
  symbolicLink?(path: string): void;
}

/**
 * Lists the files below a folder whose relative path `wanted` accepts, without following symbolic
 * links (a link loop cannot trap the walk). Reads directories asynchronously so the server keeps
 * answering while it indexes.
 */
export async function findFiles(root: string, wanted: (relativePath: string) => boolean, report: WalkReport = {}): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  let visited = 0;
  while (pending.length > 0 && visited < MAX_VISITED_FILES) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      report.unreadableFolder?.(folder, error as NodeJS.ErrnoException);
      continue; // unreadable folders are skipped, the rest is still indexed
    }
    for (const entry of entries) {
      visited++;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && wanted(path.relative(root, full).split(path.sep).join('/'))) {
        found.push(full);
      } else if (entry.isSymbolicLink() && wanted(path.relative(root, full).split(path.sep).join('/'))) {
        report.symbolicLink?.(full);
      }
    }
  }
  return found.sort();
}
