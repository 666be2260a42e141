import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..');

export interface Bundles {
  server: string;
  cli: string;
}

/**
 * A private copy of the bundles just built, so that a build someone else runs in the same checkout
 * while the benchmark runs (`dist/` is shared) cannot swap the code under measurement. The files
 * the bundles read beside them (`docs/`, `l10n/`) are linked in, as in the repository.
 */
export function snapshotBuild(folder: string): Bundles {
  const dist = path.join(folder, 'dist');
  mkdirSync(dist, { recursive: true });
  for (const name of ['server.js', 'cli.js']) {
    copyFileSync(path.join(REPO, 'dist', name), path.join(dist, name));
    if (existsSync(path.join(REPO, 'dist', `${name}.map`))) copyFileSync(path.join(REPO, 'dist', `${name}.map`), path.join(dist, `${name}.map`));
  }
  for (const shipped of ['docs', 'l10n']) symlinkSync(path.join(REPO, shipped), path.join(folder, shipped));
  return { server: path.join(dist, 'server.js'), cli: path.join(dist, 'cli.js') };
}
