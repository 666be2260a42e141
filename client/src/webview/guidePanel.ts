import * as vscode from 'vscode';
import type { GuideContext } from '../guideContext';
import { makeNonce, webviewShell } from './webviewShell';

/** A message a page sends when a button with `data-action` is activated: its `data-*` values. */
export type PageMessage = Record<string, string | undefined> & { action?: string };

/**
 * One webview panel of the extension (the board or the timeline). The page is built once; later
 * content arrives by message so keyboard focus and scroll survive updates. A hidden panel does not
 * keep its page alive: it is rebuilt with the latest content when shown again.
 */
export class GuidePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private body = '';
  private announcement = '';
  private stale = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly viewType: string,
    private readonly title: () => string,
    private readonly context: GuideContext,
    private readonly onMessage: (message: PageMessage) => void,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the panel with this content. */
  show(body: string, announcement: string): void {
    this.body = body;
    this.announcement = announcement;
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.rebuild();
      return;
    }
    const media = vscode.Uri.joinPath(this.context.extension.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(
      this.viewType,
      this.title(),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [media],
      },
    );
    this.panel.iconPath = vscode.Uri.joinPath(media, 'guia.svg');
    this.panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message), undefined, this.disposables);
    this.panel.onDidChangeViewState(
      ({ webviewPanel }) => {
        if (webviewPanel.visible && this.stale) this.rebuild();
      },
      undefined,
      this.disposables,
    );
    this.panel.onDidDispose(() => {
      this.panel = undefined;
      for (const disposable of this.disposables.splice(0)) disposable.dispose();
    });
    this.rebuild();
  }

  /** New content for an open panel; a no-op when the panel is closed. */
  update(body: string, announcement: string): void {
    if (!this.panel) return;
    this.body = body;
    const announce = announcement !== this.announcement ? announcement : '';
    this.announcement = announcement;
    this.panel.title = this.title();
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    void this.panel.webview.postMessage({ type: 'render', html: body, announce });
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private rebuild(): void {
    if (!this.panel) return;
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.context.extension.extensionUri, 'media');
    this.stale = false;
    this.panel.title = this.title();
    webview.html = webviewShell({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.js')).toString(),
      title: this.title(),
      language: this.context.language,
      body: this.body,
    });
  }
}
