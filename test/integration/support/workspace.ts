// Helpers for tests that run inside VS Code's extension host, on the copy of `examples/` that
// scripts/integration.mjs opens. Every wait listens to VS Code's events, with a deadline.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'datos-abiertos-mx.guia-datos-abiertos';
/** Long enough for a cold language server on a slow CI machine. */
export const WAIT_MS = 60_000;

/** A file of the opened example workspace. */
export function exampleUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need the examples opened as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** The guide's diagnostics of a file (other extensions may add their own). */
export function guideDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'guía');
}

/** The requirement id a diagnostic carries as its code. */
export function requirementOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** Resolves with the guide's diagnostics of `uri` once `accept` says yes; fails after WAIT_MS. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, description: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = guideDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = guideDiagnostics(uri).map((diagnostic) => `${requirementOf(diagnostic)} ${diagnostic.message}`);
      reject(new Error(`timed out waiting for ${description} in ${uri.path}; last seen:\n${seen.join('\n')}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** The one guide diagnostic whose message contains `text`. */
export function findingWith(diagnostics: vscode.Diagnostic[], text: string): vscode.Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.message.includes(text));
  if (found.length !== 1) throw new Error(`expected one finding mentioning ${text}, found ${found.length}`);
  return found[0]!;
}

/** Opens a workspace file in an editor. */
export async function openExample(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Position of the first occurrence of `text` on the document's line that contains it. */
export function positionOf(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  if (offset < 0) throw new Error(`${text} not found in ${document.uri.path}`);
  return document.positionAt(offset);
}

/** Flattens hover contents (strings and MarkdownStrings) to text. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Resolves once `probe` returns a value, polling on a short interval; fails after WAIT_MS. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, description: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
