// The requirement catalog as the extension ships it (schemas/requirements.json).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './workspace';

interface CatalogEntry {
  id: string;
  title: { es: string; en: string };
}

/** The requirement `id` from the installed extension's catalog. */
export function requirement(id: string): CatalogEntry {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const catalog = JSON.parse(readFileSync(path.join(extension.extensionPath, 'schemas', 'requirements.json'), 'utf8')) as { requirements: CatalogEntry[] };
  const found = catalog.requirements.find((entry) => entry.id === id);
  if (!found) throw new Error(`requirement ${id} is not in the catalog`);
  return found;
}
