import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import { fullName } from '../../../server/src/core/report/institutionView';
import { BoardReportRequest } from '../../../server/src/protocol/pages';
import { defaultFolder, reportDate, runningClient, type CommandFactory } from './command';

/** `guia.showBoard`: the board page (the status bar item opens it). */
export const showBoard: CommandFactory =
  ({ board }) =>
  () =>
    board.show();

/** `guia.pickInstitution`: which institution the board views show, or the active file's again. */
export const pickInstitution: CommandFactory =
  ({ board }) =>
  async () => {
    const { selection } = board;
    const institutions = selection.institutions;
    if (institutions.length === 0) {
      void vscode.window.showInformationMessage(t('Todavía no hay instituciones: cada carpeta con un plan de apertura es una.'));
      return;
    }
    const active = selection.activeInstitution();
    const shown = selection.report?.institution?.root;
    const items = [
      { label: `$(file) ${t('La del archivo activo')}`, description: active ? fullName(active) : '', root: undefined, picked: selection.followsActiveFile },
      ...institutions.map((institution) => {
        const target = institution.coverage[institution.targetLevel];
        return {
          label: `$(organization) ${fullName(institution)}`,
          description: target ? `${target.met}/${target.total}${institution.rank !== undefined ? ` · ${t('lugar {0}', institution.rank)}` : ''}` : '',
          detail: vscode.workspace.asRelativePath(vscode.Uri.parse(institution.root, true), true),
          root: institution.root,
          picked: !selection.followsActiveFile && institution.root === shown,
        };
      }),
    ];
    const chosen = await vscode.window.showQuickPick(items, {
      title: t('Elegir institución'),
      placeHolder: t('El tablero mostrará la institución que elijas'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!chosen) return;
    await selection.pick(chosen.root);
  };

type Format = 'markdown' | 'html';

/**
 * `guia.exportBoard`: the board as a dated Markdown or HTML report for the annual report. The
 * user picks the file in a save dialog, which asks before replacing an existing one.
 */
export const exportBoard: CommandFactory =
  ({ context, board }) =>
  async (argument) => {
    // The institution the board shows (picked, or the active file's).
    const report = await board.selection.current();
    if (!report) {
      void vscode.window.showWarningMessage(t('No hay un tablero que exportar todavía: el servidor de la Guía no ha terminado de revisar el espacio de trabajo.'));
      return;
    }
    let format: Format | undefined = argument === 'markdown' || argument === 'html' ? argument : undefined;
    if (!format) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'Markdown', description: '.md', detail: t('Texto con tablas, para pegar en un documento o un repositorio.'), format: 'markdown' as const },
          { label: 'HTML', description: '.html', detail: t('Página que se abre en cualquier navegador y se imprime bien.'), format: 'html' as const },
        ],
        { title: t('Exportar el tablero'), placeHolder: t('Elige el formato del reporte') },
      );
      format = picked?.format;
    }
    if (!format) return;
    const date = reportDate(context.settings().evaluationDate);
    const extension = format === 'markdown' ? 'md' : 'html';
    const name = `${t('tablero-guia')}-${date}.${extension}`;
    const folder = defaultFolder(vscode.workspace);
    const target = await vscode.window.showSaveDialog({
      title: t('Exportar el tablero'),
      saveLabel: t('Exportar'),
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
      filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
    });
    if (!target) return;
    const institution = (report.institutions?.length ?? 0) > 1 ? report.institutions?.find((candidate) => candidate.root === report.institution?.root) : undefined;
    // With several institutions, the report says which one it is about.
    const workspaceName = [vscode.workspace.name, institution ? fullName(institution) : undefined].filter(Boolean).join(' · ');
    const findings = Object.values(report.findings).flatMap((finding) => (finding.first ? [finding.first.uri] : []));
    const paths = Object.fromEntries(findings.map((uri) => [uri, vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true), false)]));
    const client = runningClient(context);
    if (!client) return;
    const { text } = await client.sendRequest(BoardReportRequest.type, {
      ...(report.institution ? { root: report.institution.root } : {}),
      format,
      date,
      ...(workspaceName ? { workspaceName } : {}),
      paths,
    });
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    } catch (error) {
      void vscode.window.showErrorMessage(t('No se pudo escribir el reporte en {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
      return;
    }
    const open = t('Abrir');
    const choice = await vscode.window.showInformationMessage(t('Tablero exportado a {0}.', vscode.workspace.asRelativePath(target, false)), open);
    if (choice !== open) return;
    if (format === 'markdown') await vscode.commands.executeCommand('markdown.showPreview', target);
    else await vscode.env.openExternal(target);
  };
