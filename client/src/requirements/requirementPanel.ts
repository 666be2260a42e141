import * as vscode from 'vscode';
import { isRequirementId } from '../../../server/src/core/catalog/requirementIds';
import { t, type Language } from '../../../server/src/core/l10n';
import type { GuideContext } from '../guideContext';
import { makeNonce, webviewShell } from '../webview/webviewShell';
import type { PageMessage } from '../webview/guidePanel';
import { requirementPageBody, requirementPageTitle } from './requirementPageHtml';

/**
 * A requirement's page (docs/requisitos/<language>/<id>.md, shipped with the extension) rendered
 * by VS Code's own Markdown engine into one webview panel titled with the requirement, not the
 * file: the Markdown preview of the file would show the extension's install path as its title and
 * breadcrumb. Links to other requirements open in the same panel; web links open in the browser.
 */
export class RequirementPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: GuideContext) {}

  /** Shows the page of `id` (a requirement id or `index`), in `language` or the messages' language. */
  async show(id: string, language: Language = this.context.language): Promise<void> {
    const page = isRequirementId(id) ? id : 'index';
    const extensionUri = this.context.extension.extensionUri;
    const source = vscode.Uri.joinPath(extensionUri, 'docs', 'requisitos', language, `${page}.md`);
    let rendered: string;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      rendered = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    } catch (error) {
      // Without VS Code's Markdown extension (disabled by the user) the file's own preview is all there is.
      this.context.log.warn(`markdown.api.render: ${error instanceof Error ? error.message : String(error)}`);
      await vscode.commands.executeCommand('markdown.showPreview', source);
      return;
    }
    const title = requirementPageTitle(page, language, this.context.catalog);
    const panel = this.panel ?? this.create();
    panel.title = title;
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    panel.webview.html = webviewShell({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css')).toString(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.js')).toString(),
      title,
      language,
      body: requirementPageBody(rendered, language),
    });
    panel.reveal(undefined, false);
  }

  private create(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extension.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      'guia.requirementPage',
      t('Requisitos de la guía'),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: [media],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'guia.svg');
    panel.webview.onDidReceiveMessage((message: PageMessage) => void this.handle(message), undefined, this.disposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      for (const disposable of this.disposables.splice(0)) disposable.dispose();
    });
    this.panel = panel;
    return panel;
  }

  private async handle(message: PageMessage): Promise<void> {
    if (message.action === 'page' && message.requirement) {
      await this.show(message.requirement, message.language === 'en' ? 'en' : 'es');
    } else if (message.action === 'file' && message.path && !message.path.split('/').includes('..')) {
      // requirementPageBody only emits paths inside the extension.
      const file = vscode.Uri.joinPath(this.context.extension.extensionUri, ...message.path.split('/'));
      await vscode.window.showTextDocument(file, { preview: true });
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
