import * as vscode from 'vscode';
import { BoardPanel } from './board/boardPanel';
import { BoardSelection } from './board/boardSelection';
import { createBoardTree } from './board/boardTree';
import { registerCommands } from './commands/index';
import { openRequirementLinksInPanel } from './commands/requirementPages';
import { GuideContext } from './guideContext';
import type { ClientHost } from './server/clientHost';
import { createStatusBar } from './status/statusBar';
import { TimelinePanel } from './timeline/timelinePanel';

let current: GuideContext | undefined;

/**
 * Builds the UI around one context that owns the language server, then starts the server: the
 * same on the desktop (`extension.ts`) and in a browser (`browserExtension.ts`), `host` aside.
 */
export function activateGuide(extension: vscode.ExtensionContext, host: ClientHost): void {
  const context = new GuideContext(extension, host);
  current = context;
  const selection = new BoardSelection(context);
  const board = new BoardPanel(context, selection);
  const timeline = new TimelinePanel(context);
  extension.subscriptions.push(
    context,
    selection,
    board,
    timeline,
    createStatusBar(context),
    createBoardTree(context, selection),
    ...registerCommands({ context, board, timeline }),
    openRequirementLinksInPanel(context),
  );
  void vscode.commands.executeCommand('setContext', 'guia.active', true);
  // Not awaited: commands and views are usable while the server indexes the workspace.
  void context.start();
}

export async function deactivateGuide(): Promise<void> {
  await current?.stop();
  current = undefined;
}
