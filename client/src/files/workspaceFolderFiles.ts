import * as vscode from 'vscode';
import type { FolderFiles } from './allOrNothingWrite';

/** A folder seen through `workspace.fs` (any scheme: a browser's workspace too), file by bare name. */
export function workspaceFolderFiles(folder: vscode.Uri): FolderFiles {
  const at = (name: string): vscode.Uri => vscode.Uri.joinPath(folder, name);
  return {
    async kind(name) {
      let type: vscode.FileType;
      try {
        ({ type } = await vscode.workspace.fs.stat(at(name)));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return 'missing';
        throw error;
      }
      if ((type & vscode.FileType.SymbolicLink) !== 0) return 'link';
      return type === vscode.FileType.File ? 'file' : 'other';
    },
    read: (name) => Promise.resolve(vscode.workspace.fs.readFile(at(name))),
    write: (name, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(at(name), bytes)),
    delete: (name) => Promise.resolve(vscode.workspace.fs.delete(at(name), { useTrash: false })),
  };
}
