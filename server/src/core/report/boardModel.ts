import { REQUIREMENT_CATALOG } from '../catalog/requirements';
import type { Language } from '../l10n';
import { resolveBoard, type BoardInput, type BoardModel } from './boardView';

export * from './boardView';

/**
 * Resolves the coverage report against the requirement catalog, in `language`. The board's model
 * itself is in boardView.ts, apart from the catalog: the client, which gets the catalog from the
 * server, uses it without bundling `schemas/requirements.json`.
 */
export function boardModel(input: BoardInput, language: Language): BoardModel {
  return resolveBoard(input, language, REQUIREMENT_CATALOG);
}
