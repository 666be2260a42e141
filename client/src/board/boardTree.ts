import * as vscode from 'vscode';
import type { GuideContext } from '../guideContext';
import { boardTree, type BoardNode } from './boardTreeModel';

/** The board in the explorer: levels, steps and requirements, with theme icons and full labels for screen readers. */
class BoardTreeProvider implements vscode.TreeDataProvider<BoardNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: BoardNode[] = [];

  constructor(private readonly context: GuideContext) {}

  refresh(): void {
    const report = this.context.coverage;
    const hasFiles = report !== undefined && Object.values(report.files).some((count) => count > 0);
    this.roots = report && hasFiles ? boardTree(report, this.context.language) : [];
    void vscode.commands.executeCommand('setContext', 'guia.hasFiles', hasFiles);
    // The walkthrough's steps complete on these, however the files came to be (a command, an
    // import, a copy), also before the walkthrough is ever opened.
    void vscode.commands.executeCommand('setContext', 'guia.hasPlan', (report?.files.plan ?? 0) > 0);
    void vscode.commands.executeCommand('setContext', 'guia.hasDataset', (report?.files.dataset ?? 0) + (report?.files.catalog ?? 0) > 0);
    this.changed.fire();
  }

  getChildren(node?: BoardNode): BoardNode[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: BoardNode): vscode.TreeItem {
    const state = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.key;
    item.description = node.description;
    item.tooltip = new vscode.MarkdownString(node.tooltip);
    item.accessibilityInformation = { label: node.accessibilityLabel };
    item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.requirement) {
      item.contextValue = node.requirement.first ? 'guia.requirement.withFinding' : 'guia.requirement';
      item.command = node.requirement.first
        ? { title: '', command: 'guia.revealFinding', arguments: [node.requirement.id] }
        : { title: '', command: 'guia.openRequirement', arguments: [node.requirement.id] };
    } else {
      item.contextValue = `guia.${node.kind}`;
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the `guia.tablero` view; it follows the server's coverage notifications. */
export function createBoardTree(context: GuideContext): vscode.Disposable {
  const provider = new BoardTreeProvider(context);
  const view = vscode.window.createTreeView('guia.tablero', { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    provider.refresh();
    const report = context.coverage;
    const target = report ? report.coverage[report.targetLevel] : undefined;
    view.description = target ? `${provider.getChildren().find((node) => node.key === report!.targetLevel)?.label ?? ''} ${target.met}/${target.total}` : undefined;
  };
  update();
  return vscode.Disposable.from(view, provider, context.onDidChangeCoverage(update), context.onDidChangeLanguage(update));
}
