import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import { TimelinePageRequest, type RenderedPage } from '../../../server/src/protocol/pages';
import { institutionFor } from '../board/institutions';
import type { GuideContext } from '../guideContext';
import { trackActiveFile } from '../status/activeFile';
import { GuidePanel, type PageMessage } from '../webview/guidePanel';

/** Milliseconds to wait after typing before asking the server for the timeline again. */
const REFRESH_DELAY_MS = 400;

/**
 * The plan's timeline page of the active file's institution (a workspace may hold several, each
 * with its own plan). The server renders it (`guia/timelinePage`), asked again as files change
 * and when the active file moves to another institution.
 */
export class TimelinePanel implements vscode.Disposable {
  private readonly panel: GuidePanel;
  private readonly disposables: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  /** The dataset the user came to see (from a CodeLens): stays highlighted across updates. */
  private focus: string | undefined;
  private readonly activeFile = trackActiveFile();
  /** Counts renders, so a page that arrives after a newer one was asked is dropped. */
  private renders = 0;

  constructor(private readonly context: GuideContext) {
    this.panel = new GuidePanel(
      'guia.timeline',
      () => t('Línea de tiempo del plan'),
      context,
      (message) => this.handle(message),
    );
    const soon = (): void => {
      if (!this.panel.isOpen) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    };
    this.disposables = [
      this.activeFile,
      this.activeFile.onDidChange(soon),
      context.onDidChangeCoverage(soon),
      context.onDidChangeLanguage(soon),
      // A date edit in the plan may leave the coverage as it was; the timeline still changes.
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (isWorkspaceFile(document.uri) && /\.(ya?ml|json)$/i.test(document.uri.path)) soon();
      }),
    ];
  }

  /** Opens the timeline, focused on a dataset when given (as the CodeLens does). */
  async show(identifier?: string): Promise<void> {
    this.focus = identifier;
    const page = await this.render();
    if (!page) {
      void vscode.window.showInformationMessage(t('La línea de tiempo aparecerá cuando el servidor de la Guía esté en ejecución.'));
      return;
    }
    this.panel.show(page.html, page.announcement);
  }

  private async refresh(): Promise<void> {
    const page = await this.render();
    if (page) this.panel.update(page.html, page.announcement);
  }

  /** The page from the server; undefined while it is down, or when a newer render was asked meanwhile. */
  private async render(): Promise<RenderedPage | undefined> {
    const ticket = ++this.renders;
    const root = this.institutionRoot();
    const page = await this.context.request(TimelinePageRequest.type, { ...(root !== undefined ? { root } : {}), ...(this.focus !== undefined ? { focus: this.focus } : {}) });
    return ticket === this.renders ? page : undefined;
  }

  /** The root of the active file's institution; undefined before the server lists any (it then picks). */
  private institutionRoot(): string | undefined {
    const coverage = this.context.coverage;
    return coverage ? institutionFor(coverage, this.activeFile.uri)?.root : undefined;
  }

  private handle(message: PageMessage): void {
    if (message.action === 'open' && message.uri) {
      const uri = vscode.Uri.parse(message.uri, true);
      if (!isWorkspaceFile(uri)) return;
      const position = new vscode.Position(Number(message.line) || 0, Number(message.character) || 0);
      void vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    } else if (message.action === 'newFromPlan' && message.identifier) {
      void vscode.commands.executeCommand('guia.newDatasetFromPlan', message.identifier);
    } else if (message.action === 'command' && message.command === 'guia.newPlan') {
      void vscode.commands.executeCommand('guia.newPlan');
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * A file on disk, or one of a workspace folder whatever its scheme (`vscode-vfs` on github.dev,
 * `vscode-remote` in a browser's host): what the timeline follows and lets a page open.
 */
function isWorkspaceFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
