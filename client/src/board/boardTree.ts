import * as vscode from 'vscode';
import type { RequirementCatalog } from '../../../server/src/core/catalog/requirements';
import type { GuideContext } from '../guideContext';
import type { BoardSelection } from './boardSelection';
import { boardTree, institutionNode, type BoardNode } from './boardTreeModel';
import { fullName, institutionInput, shortName } from '../../../server/src/core/report/institutionView';
import { institutionAt } from './institutions';

/** The board in the explorer: levels, steps and requirements, with theme icons and full labels for screen readers. */
class BoardTreeProvider implements vscode.TreeDataProvider<BoardNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: BoardNode[] = [];

  constructor(
    private readonly context: GuideContext,
    private readonly selection: BoardSelection,
  ) {}

  refresh(): void {
    const report = this.context.coverage;
    const hasFiles = report !== undefined && Object.values(report.files).some((count) => count > 0);
    const shown = this.selection.report;
    const catalog = this.context.catalog;
    this.roots = shown && hasFiles && catalog ? [...this.institutionNodes(shown, catalog), ...boardTree(shown, this.context.language, catalog)] : [];
    void vscode.commands.executeCommand('setContext', 'guia.hasFiles', hasFiles);
    void vscode.commands.executeCommand('setContext', 'guia.severalInstitutions', (report?.institutions?.length ?? 0) > 1);
    // The walkthrough's steps complete on these, however the files came to be (a command, an
    // import, a copy), also before the walkthrough is ever opened.
    void vscode.commands.executeCommand('setContext', 'guia.hasPlan', (report?.files.plan ?? 0) > 0);
    void vscode.commands.executeCommand('setContext', 'guia.hasDataset', (report?.files.dataset ?? 0) + (report?.files.catalog ?? 0) > 0);
    this.changed.fire();
  }

  /** The institution shown, when the workspace holds several. */
  private institutionNodes(shown: NonNullable<BoardSelection['report']>, catalog: RequirementCatalog): BoardNode[] {
    const institutions = this.selection.institutions;
    const institution = shown.institution ? institutionAt(shown.institution.root, institutions) : undefined;
    if (institutions.length < 2 || !institution) return [];
    const folder = vscode.workspace.asRelativePath(vscode.Uri.parse(institution.root, true), true);
    return [institutionNode(institutionInput(institution), fullName(institution), folder, this.selection.followsActiveFile, this.context.language, catalog)];
  }

  getChildren(node?: BoardNode): BoardNode[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: BoardNode): vscode.TreeItem {
    const state =
      node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
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
      if (node.kind === 'institution') item.command = { title: '', command: 'guia.pickInstitution' };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the `guia.tablero` view; it follows the server's coverage notifications. */
export function createBoardTree(context: GuideContext, selection: BoardSelection): vscode.Disposable {
  const provider = new BoardTreeProvider(context, selection);
  const view = vscode.window.createTreeView('guia.tablero', { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    provider.refresh();
    const report = selection.report;
    const target = report ? report.coverage[report.targetLevel] : undefined;
    const figures = target ? `${provider.getChildren().find((node) => node.key === report!.targetLevel)?.label ?? ''} ${target.met}/${target.total}` : undefined;
    const institution = report?.institution && selection.institutions.length > 1 ? institutionAt(report.institution.root, selection.institutions) : undefined;
    view.description = figures && institution ? `${figures} · ${shortName(institution)}` : figures;
  };
  update();
  return vscode.Disposable.from(view, provider, context.onDidChangeCoverage(update), selection.onDidChange(update), context.onDidChangeLanguage(update));
}
