import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { t } from '../../../server/src/core/l10n';
import type { BoardPanel } from '../board/boardPanel';
import type { GuideContext } from '../guideContext';
import type { TimelinePanel } from '../timeline/timelinePanel';

/** What commands may use: the context that owns the server, and the two pages. */
export interface CommandServices {
  context: GuideContext;
  board: BoardPanel;
  timeline: TimelinePanel;
}

/** A command as a small factory, as in rust-analyzer: given the services, returns the handler. */
export type CommandFactory = (services: CommandServices) => (...args: unknown[]) => unknown;

/** The running language client, for a command the server does; undefined (after saying so) while it is down. */
export function runningClient(context: GuideContext): BaseLanguageClient | undefined {
  const client = context.languageClient;
  if (!client) void vscode.window.showWarningMessage(t('El servidor de la Guía no está en ejecución; reinícialo e inténtalo de nuevo.'));
  return client;
}

/** The first workspace folder, where new files go by default. */
export function defaultFolder(workspace: typeof vscode.workspace): vscode.Uri | undefined {
  return workspace.workspaceFolders?.[0]?.uri;
}

/** Today's date (AAAA-MM-DD) in the user's time zone, or the evaluation date setting when set. */
export function reportDate(evaluationDate: string, now: Date = new Date()): string {
  if (evaluationDate) return evaluationDate;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
