import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { GuideContext } from '../guideContext';
import { GuidePanel, type PageMessage } from '../webview/guidePanel';
import { BOARD_PAGE_COMMANDS, boardAnnouncement, boardPageHtml } from './boardHtml';

/** The board as a page: the 4x3 grid and the per-level tables, updated from coverage notifications. */
export class BoardPanel implements vscode.Disposable {
  private readonly panel: GuidePanel;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly context: GuideContext) {
    this.panel = new GuidePanel('guia.board', () => t('Tablero de la Guía'), context, (message) => this.handle(message));
    this.disposables = [context.onDidChangeCoverage(() => this.refresh()), context.onDidChangeLanguage(() => this.refresh())];
  }

  async show(): Promise<void> {
    const report = await this.context.requestCoverage();
    if (!report) {
      void vscode.window.showInformationMessage(t('El tablero aparecerá cuando el servidor de la Guía termine de revisar el espacio de trabajo.'));
      return;
    }
    this.panel.show(boardPageHtml(report, this.context.language), boardAnnouncement(report, this.context.language));
    void vscode.commands.executeCommand('setContext', 'guia.boardOpened', true);
  }

  private refresh(): void {
    const report = this.context.coverage;
    if (report) this.panel.update(boardPageHtml(report, this.context.language), boardAnnouncement(report, this.context.language));
  }

  private handle(message: PageMessage): void {
    if (message.action === 'reveal' && message.requirement) void vscode.commands.executeCommand('guia.revealFinding', message.requirement);
    else if (message.action === 'page' && message.requirement) void vscode.commands.executeCommand('guia.openRequirement', message.requirement);
    else if (message.action === 'command' && (BOARD_PAGE_COMMANDS as readonly string[]).includes(message.command ?? '')) void vscode.commands.executeCommand(message.command!);
  }

  dispose(): void {
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
