import * as vscode from 'vscode';

/** The file of the active editor, as the status bar and the board follow it. */
export interface ActiveFile extends vscode.Disposable {
  /** The URI of the last editor of a workspace file that was active; undefined before any. */
  readonly uri: string | undefined;
  readonly onDidChange: vscode.Event<string | undefined>;
}

/**
 * Follows the active editor's file. Focusing something that is not a file editor (the board page,
 * the Output panel, no editor at all) keeps the last file: the views go on showing its institution.
 */
export function trackActiveFile(): ActiveFile {
  const emitter = new vscode.EventEmitter<string | undefined>();
  // A workspace file of any scheme: `file:` on the desktop, `vscode-vfs:`/`vscode-remote:` in a browser.
  const fileOf = (editor: vscode.TextEditor | undefined): string | undefined =>
    editor && vscode.workspace.getWorkspaceFolder(editor.document.uri) ? editor.document.uri.toString() : undefined;
  let uri = fileOf(vscode.window.activeTextEditor);
  const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
    const next = fileOf(editor);
    if (next === undefined || next === uri) return;
    uri = next;
    emitter.fire(uri);
  });
  return {
    get uri() {
      return uri;
    },
    onDidChange: emitter.event,
    dispose: () => {
      subscription.dispose();
      emitter.dispose();
    },
  };
}
