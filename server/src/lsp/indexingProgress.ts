import type { Connection } from 'vscode-languageserver/node';
import { t } from '../core/l10n';
import type { GuideWorkspace } from './guideWorkspace';

/** The least time between two progress reports: a workspace of 10,000 files sends a few dozen, not 10,000. */
const REPORT_EVERY_MS = 250;

/**
 * Indexes the workspace (see `GuideWorkspace.scan`) and then `publish`es its diagnostics, showing
 * the editor how far it got, with
 * `window/workDoneProgress` when the client supports it (VS Code shows it in the status bar), and
 * nothing otherwise.
 */
export async function scanWithProgress(connection: Connection, workspace: GuideWorkspace, publish: () => Promise<void>): Promise<void> {
  // A client that refuses to create the progress gets none; the workspace is indexed all the same.
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin(t('Guía: revisando los archivos del espacio de trabajo'), 0, undefined, false);
  let reported = performance.now();
  try {
    await workspace.scan((done, total) => {
      const now = performance.now();
      if (now - reported < REPORT_EVERY_MS) return;
      reported = now;
      progress?.report(Math.floor((done * 100) / total), t('{0} de {1} archivos', done, total));
    });
    await publish();
  } finally {
    progress?.done();
  }
}
