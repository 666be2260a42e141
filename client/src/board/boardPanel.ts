import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import { DEFAULT_SORT, nextSort, type TableSort } from '../../../server/src/core/report/tableSort';
import { BOARD_PAGE_COMMANDS, BoardPageRequest, type BoardPage } from '../../../server/src/protocol/pages';
import type { CoverageReport } from '../../../server/src/protocol/protocol';
import type { GuideContext } from '../guideContext';
import { GuidePanel, type PageMessage } from '../webview/guidePanel';
import type { BoardSelection } from './boardSelection';

/**
 * The board as a page: the institution picked (or the active file's) with the 4x3 grid and the
 * per-level tables, and the summary table of every institution, updated from coverage
 * notifications. The server renders it (`guia/boardPage`); this panel shows it and answers its buttons.
 */
export class BoardPanel implements vscode.Disposable {
  private readonly panel: GuidePanel;
  private readonly disposables: vscode.Disposable[];
  private sort: TableSort = DEFAULT_SORT;
  /** Counts renders, so a page that arrives after a newer one was asked is dropped. */
  private renders = 0;

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
    this.disposables = [selection.onDidChange(() => void this.refresh()), context.onDidChangeLanguage(() => void this.refresh())];
  }

  async show(): Promise<void> {
    const report = await this.selection.current();
    const page = report ? await this.render(report) : undefined;
    if (!page) {
      void vscode.window.showInformationMessage(t('El tablero aparecerá cuando el servidor de la Guía termine de revisar el espacio de trabajo.'));
      return;
    }
    this.panel.show(page.html, page.announcement);
    void vscode.commands.executeCommand('setContext', 'guia.boardOpened', true);
  }

  private async refresh(announceSort = false): Promise<void> {
    const report = this.selection.report;
    if (!report || !this.panel.isOpen) return;
    const page = await this.render(report, announceSort);
    if (page) this.panel.update(page.html, page.announcement);
  }

  /** The page about `report`'s institution, from the server; undefined while it is down, or when a newer render was asked meanwhile. */
  private async render(report: CoverageReport, announceSort = false): Promise<BoardPage | undefined> {
    const ticket = ++this.renders;
    const institutions = this.selection.institutions;
    const following = this.selection.followsActiveFile && institutions.length > 1 ? this.selection.activeInstitution()?.root : undefined;
    const folders = Object.fromEntries(institutions.map((institution) => [institution.root, vscode.workspace.asRelativePath(vscode.Uri.parse(institution.root, true), true)]));
    const page = await this.context.request(BoardPageRequest.type, {
      ...(report.institution ? { root: report.institution.root } : {}),
      ...(following !== undefined ? { following } : {}),
      sort: this.sort,
      announceSort,
      folders,
    });
    if (!page || ticket !== this.renders) return undefined;
    this.sort = page.sort;
    return page;
  }

  private handle(message: PageMessage): void {
    if (message.action === 'reveal' && message.requirement) void vscode.commands.executeCommand('guia.revealFinding', message.requirement);
    else if (message.action === 'page' && message.requirement) void vscode.commands.executeCommand('guia.openRequirement', message.requirement);
    else if (message.action === 'command' && (BOARD_PAGE_COMMANDS as readonly string[]).includes(message.command ?? '')) void vscode.commands.executeCommand(message.command!);
    else if (message.action === 'institution') void this.selection.pick(message.value || undefined);
    else if (message.action === 'pick' && message.root) void this.selection.pick(message.root);
    else if (message.action === 'sort' && message.column) {
      // The server keeps the order when the table has that column, and says so.
      this.sort = nextSort(this.sort, message.column);
      void this.refresh(true);
    }
  }

  dispose(): void {
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
