import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import type { CoverageReport } from '../../../server/src/protocol/protocol';
import type { GuideContext } from '../guideContext';
import { GuidePanel, type PageMessage } from '../webview/guidePanel';
import { BOARD_PAGE_COMMANDS, boardAnnouncement, boardPageHtml, type BoardInstitutions } from './boardHtml';
import type { BoardSelection } from './boardSelection';
import { DEFAULT_SORT, nextSort, sortAnnouncement, tableColumns, type TableSort } from './nationalTable';

/**
 * The board as a page: the institution picked (or the active file's) with the 4x3 grid and the
 * per-level tables, and the summary table of every institution, updated from coverage notifications.
 */
export class BoardPanel implements vscode.Disposable {
  private readonly panel: GuidePanel;
  private readonly disposables: vscode.Disposable[];
  private sort: TableSort = DEFAULT_SORT;

  constructor(
    private readonly context: GuideContext,
    readonly selection: BoardSelection,
  ) {
    this.panel = new GuidePanel(
      'guia.board',
      () => t('Tablero de la Guía'),
      context,
      (message) => this.handle(message),
    );
    this.disposables = [selection.onDidChange(() => this.refresh()), context.onDidChangeLanguage(() => this.refresh())];
  }

  async show(): Promise<void> {
    const report = await this.selection.current();
    if (!report) {
      void vscode.window.showInformationMessage(t('El tablero aparecerá cuando el servidor de la Guía termine de revisar el espacio de trabajo.'));
      return;
    }
    this.panel.show(this.page(report), boardAnnouncement(report, this.context.language));
    void vscode.commands.executeCommand('setContext', 'guia.boardOpened', true);
  }

  private refresh(announcement?: string): void {
    const report = this.selection.report;
    if (report) this.panel.update(this.page(report), announcement ?? boardAnnouncement(report, this.context.language));
  }

  private page(report: CoverageReport): string {
    const institutions: BoardInstitutions = {
      institutions: this.selection.institutions,
      shownRoot: report.institution?.root,
      following: this.selection.followsActiveFile ? this.selection.activeInstitution() : undefined,
      sort: this.sort,
      folderOf: (root) => vscode.workspace.asRelativePath(vscode.Uri.parse(root, true), true),
    };
    return boardPageHtml(report, this.context.language, institutions);
  }

  private handle(message: PageMessage): void {
    if (message.action === 'reveal' && message.requirement) void vscode.commands.executeCommand('guia.revealFinding', message.requirement);
    else if (message.action === 'page' && message.requirement) void vscode.commands.executeCommand('guia.openRequirement', message.requirement);
    else if (message.action === 'command' && (BOARD_PAGE_COMMANDS as readonly string[]).includes(message.command ?? '')) void vscode.commands.executeCommand(message.command!);
    else if (message.action === 'institution') void this.selection.pick(message.value || undefined);
    else if (message.action === 'pick' && message.root) void this.selection.pick(message.root);
    else if (message.action === 'sort' && message.column) {
      const columns = tableColumns(this.context.language);
      if (!columns.some((column) => column.key === message.column)) return;
      this.sort = nextSort(this.sort, message.column);
      this.refresh(sortAnnouncement(columns, this.sort));
    }
  }

  dispose(): void {
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
