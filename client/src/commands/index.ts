import * as vscode from 'vscode';
import { t } from '../../../server/src/core/l10n';
import { exportBoard, pickInstitution, showBoard } from './boardCommands';
import { checkLinksNow } from './checkLinks';
import type { CommandFactory, CommandServices } from './command';
import { exportWorkspace, importFromAdela } from './importExport';
import { newDataset, newDatasetFromPlan, newPlan } from './newFiles';
import { openExample } from './openExample';
import { openRequirement, revealFinding } from './requirementPages';
import { restartServer, showServerLog } from './serverCommands';
import { changeTargetLevel } from './targetLevel';
import { showTimeline } from './timelineCommands';

/** Every command of the client, by id (each also declared in package.json `contributes.commands`). */
export const COMMANDS: Record<string, CommandFactory> = {
  'guia.showBoard': showBoard,
  'guia.exportBoard': exportBoard,
  'guia.pickInstitution': pickInstitution,
  'guia.showTimeline': showTimeline,
  'guia.changeTargetLevel': changeTargetLevel,
  'guia.newDataset': newDataset,
  'guia.newPlan': newPlan,
  'guia.newDatasetFromPlan': newDatasetFromPlan,
  'guia.openRequirement': openRequirement,
  'guia.revealFinding': revealFinding,
  'guia.checkLinksNow': checkLinksNow,
  'guia.restartServer': restartServer,
  'guia.showServerLog': showServerLog,
  'guia.openExample': openExample,
  'guia.importFromAdela': importFromAdela,
  'guia.exportWorkspace': exportWorkspace,
};

/** Registers every command the same way: a command that fails says so in Spanish (or English) and in the one log. */
export function registerCommands(services: CommandServices): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => {
    const handler = factory(services);
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        services.context.log.error(`${id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        void vscode.window.showErrorMessage(t('La orden falló: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    });
  });
}
