import * as vscode from 'vscode';
import { t, type Language } from '../../../server/src/core/l10n';
import { stateLabel } from '../../../server/src/core/report/boardView';
import type { GuideContext } from '../guideContext';
import { STATE_ICONS } from '../board/boardTreeModel';
import { RequirementPanel } from '../requirements/requirementPanel';
import { runningClient, type CommandFactory } from './command';

/** The Markdown preview's editor, which `editorAssociations` gives our pages. */
const MARKDOWN_PREVIEW = 'vscode.markdown.preview.editor';

/** One page panel per extension context, made on first use and disposed with the extension. */
const panels = new WeakMap<GuideContext, RequirementPanel>();

/** Opens a requirement's page (or the index) rendered, offline, in its own panel. */
export async function showRequirementPage(context: GuideContext, id: string, language?: Language): Promise<void> {
  let panel = panels.get(context);
  if (!panel) {
    panel = new RequirementPanel(context);
    panels.set(context, panel);
    context.extension.subscriptions.push(panel);
  }
  await panel.show(id, language);
}

/**
 * Diagnostics and hovers link to a page's shipped file (a file URI the server can write without
 * the client), which VS Code opens in the Markdown preview (`editorAssociations` in package.json)
 * titled with the file and the extension's install folder as breadcrumb. Such a preview tab is
 * replaced by the page's own panel; the file opened as text (someone editing the docs of a
 * development copy) is left alone.
 */
export function openRequirementLinksInPanel(context: GuideContext): vscode.Disposable {
  const pages = `${vscode.Uri.joinPath(context.extension.extensionUri, 'docs', 'requisitos').toString()}/`;
  return vscode.window.tabGroups.onDidChangeTabs(({ opened }) => {
    for (const tab of opened) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputCustom && input.viewType === MARKDOWN_PREVIEW ? input.uri.toString() : '';
      const page = uri.startsWith(pages) ? /^(es|en)\/([a-z0-9-]+)\.md$/.exec(uri.slice(pages.length)) : null;
      if (!page) continue;
      void vscode.window.tabGroups.close(tab).then(() => showRequirementPage(context, page[2]!, page[1] as Language));
    }
  });
}

/** The requirement id an argument names: an id, a board tree node, or nothing. */
function requirementArgument(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (argument && typeof argument === 'object') {
    const node = argument as { requirement?: { id?: unknown } };
    if (typeof node.requirement?.id === 'string') return node.requirement.id;
  }
  return undefined;
}

/** `guia.openRequirement`: the page of the given requirement, or a pick among the 20. */
export const openRequirement: CommandFactory =
  ({ context }) =>
  async (argument) => {
    let id = requirementArgument(argument);
    if (!id) {
      // The catalog comes from the server: wait for it when the command comes right after VS Code opens.
      await context.started();
      const catalog = context.catalog;
      if (!catalog) {
        runningClient(context);
        return;
      }
      const states = context.coverage?.coverage;
      type Item = vscode.QuickPickItem & { id?: string };
      const items: Item[] = [];
      for (const level of catalog.levels) {
        items.push({ label: level.title[context.language], kind: vscode.QuickPickItemKind.Separator });
        for (const requirement of catalog.requirements.filter((candidate) => candidate.level === level.id)) {
          const state = states?.[level.id].requirements[requirement.id];
          items.push({
            id: requirement.id,
            label: `${state ? `$(${STATE_ICONS[state].id}) ` : ''}${requirement.id}`,
            description: requirement.title[context.language],
            ...(state ? { detail: stateLabel(state) } : {}),
          });
        }
      }
      items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { id: 'index', label: '$(book) ' + t('Todos los requisitos de la guía') });
      const picked = await vscode.window.showQuickPick(items, {
        title: t('Abrir la página de un requisito'),
        placeHolder: t('Escribe un id (basico-2b) o parte del título'),
        matchOnDescription: true,
      });
      id = picked?.id;
    }
    if (id) await showRequirementPage(context, id);
  };

/** `guia.revealFinding`: the editor at a requirement's first finding, else its page. */
export const revealFinding: CommandFactory =
  ({ context }) =>
  async (argument) => {
    const id = requirementArgument(argument);
    if (!id) return;
    const first = context.coverage?.findings[id]?.first;
    if (!first) {
      await showRequirementPage(context, id);
      return;
    }
    const { start, end } = first.range;
    await vscode.window.showTextDocument(vscode.Uri.parse(first.uri, true), {
      selection: new vscode.Range(start.line, start.character, end.line, end.character),
      preview: false,
    });
  };
