import * as vscode from 'vscode';
import { BoardPanel } from './board/boardPanel';
import { BoardSelection } from './board/boardSelection';
import { createBoardTree } from './board/boardTree';
import { registerCommands } from './commands/index';
import { openRequirementLinksInPanel } from './commands/requirementPages';
import { GuideContext } from './guideContext';
import { createStatusBar } from './status/statusBar';
import { TimelinePanel } from './timeline/timelinePanel';

let current: GuideContext | undefined;

/** Builds the UI around one context that owns the language server, then starts the server. */
export function activate(extension: vscode.ExtensionContext): void {
  const context = new GuideContext(extension);
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

export async function deactivate(): Promise<void> {
  await current?.stop();
  current = undefined;
}
