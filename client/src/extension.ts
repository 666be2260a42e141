import type * as vscode from 'vscode';
import { activateGuide, deactivateGuide } from './activation';
import { nodeClientHost } from './server/nodeClientHost';

/** The desktop extension (`main`): the server runs as a Node process. */
export function activate(extension: vscode.ExtensionContext): void {
  activateGuide(extension, nodeClientHost(extension));
}

export const deactivate = deactivateGuide;
