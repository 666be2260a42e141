import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import type { DataRoot } from '../core/data/dataLocation';
import { normalizeSettings, SETTINGS_SECTION } from '../protocol/settings';

/**
 * The folders local data may be read from, one per path given to `guia check`: a folder is a
 * workspace root, with the `guia.dataMappings` of its `.vscode/settings.json` (as the editor would
 * use them) plus those given with `--data-map`; a file contributes its own folder.
 */
export async function dataRoots(paths: readonly string[], flagMappings: Readonly<Record<string, string>>): Promise<DataRoot[]> {
  const roots: DataRoot[] = [];
  for (const input of paths) {
    let isFolder = false;
    try {
      isFolder = (await fs.stat(input)).isDirectory();
    } catch {
      continue;
    }
    const id = isFolder ? input : path.dirname(input);
    const mappings = isFolder ? { ...(await workspaceMappings(input)), ...flagMappings } : { ...flagMappings };
    roots.push({ id, mappings });
  }
  return roots;
}

/** `guia.dataMappings` from a folder's `.vscode/settings.json` (JSON with comments), if any. */
async function workspaceMappings(folder: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, '.vscode', 'settings.json'), 'utf8');
  } catch {
    return {};
  }
  const settings: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  if (!settings || typeof settings !== 'object') return {};
  const prefix = `${SETTINGS_SECTION}.`;
  const ours: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) if (key.startsWith(prefix)) ours[key.slice(prefix.length)] = value;
  return normalizeSettings(ours).dataMappings;
}
