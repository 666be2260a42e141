import type { LevelId } from '../core/catalog/requirements';
import { DEFAULT_MAX_DATA_FILE_MB } from '../core/data/dataLimits';
import { isIsoDate } from '../core/text/dates';

/**
 * The extension's settings (section `guia`), declared once for the client, the server and the
 * manifest test. To add a setting: add it here with its default, to `contributes.configuration` in
 * package.json with a `%key%` description, and to both `package.nls*.json` files.
 */
export interface GuideSettings {
  /** Target level when the plan does not declare `nivelObjetivo`. */
  targetLevel: LevelId;
  /** Show findings of levels above the target inline, as Information (the board always counts them). */
  showAboveTarget: boolean;
  /** Globs, relative to the workspace folder, of dataset metadata and catalog files. */
  metadataFiles: string[];
  /** Globs of opening-plan files. */
  planFiles: string[];
  /**
   * Language of messages: VS Code's display language by default (English for `en-*`, Spanish for
   * any other), the language the manifest's titles already follow, so one screen never mixes two;
   * or Spanish or English whatever VS Code's language.
   */
  language: 'es' | 'en' | 'vscode';
  /** Fixed evaluation date `AAAA-MM-DD` for time-based rules; empty means today. */
  evaluationDate: string;
  /** Files larger than this many kilobytes get one diagnostic instead of a full check. */
  maxFileSizeKB: number;
  /**
   * URL prefixes mapped to folders of the workspace (`{ "https://datos.x.gob.mx/": "datos/" }`), so
   * the data files behind published download URLs are checked from their local copies.
   */
  dataMappings: Record<string, string>;
  /** Local data files (CSV behind a resource) larger than this many megabytes are not read. */
  maxDataFileSizeMB: number;
}

export const SETTINGS_SECTION = 'guia';

export const DEFAULT_SETTINGS: GuideSettings = {
  targetLevel: 'basico',
  showAboveTarget: false,
  metadataFiles: ['**/*.dcat.yaml', '**/*.dcat.yml', '**/*.dcat.json', '**/catalogo*.json', '**/catalogo*.yaml', '**/catalogo*.yml'],
  planFiles: ['**/plan-de-apertura*.yaml', '**/plan-de-apertura*.yml', '**/*.plan.yaml', '**/*.plan.yml'],
  language: 'vscode',
  evaluationDate: '',
  maxFileSizeKB: 5120,
  dataMappings: {},
  maxDataFileSizeMB: DEFAULT_MAX_DATA_FILE_MB,
};

/** Settings as read from the editor are untrusted JSON: keep what is valid, default the rest. */
export function normalizeSettings(raw: unknown): GuideSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (value: unknown, fallback: string[]): string[] => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : fallback);
  const level = input.targetLevel;
  return {
    targetLevel: level === 'basico' || level === 'intermedio' || level === 'avanzado' ? level : DEFAULT_SETTINGS.targetLevel,
    showAboveTarget: typeof input.showAboveTarget === 'boolean' ? input.showAboveTarget : DEFAULT_SETTINGS.showAboveTarget,
    metadataFiles: strings(input.metadataFiles, DEFAULT_SETTINGS.metadataFiles),
    planFiles: strings(input.planFiles, DEFAULT_SETTINGS.planFiles),
    language: input.language === 'en' || input.language === 'es' || input.language === 'vscode' ? input.language : DEFAULT_SETTINGS.language,
    evaluationDate: typeof input.evaluationDate === 'string' && isIsoDate(input.evaluationDate) ? input.evaluationDate : '',
    maxFileSizeKB: typeof input.maxFileSizeKB === 'number' && input.maxFileSizeKB > 0 ? input.maxFileSizeKB : DEFAULT_SETTINGS.maxFileSizeKB,
    dataMappings: dataMappings(input.dataMappings),
    maxDataFileSizeMB: typeof input.maxDataFileSizeMB === 'number' && input.maxDataFileSizeMB > 0 ? input.maxDataFileSizeMB : DEFAULT_SETTINGS.maxDataFileSizeMB,
  };
}

/** Keeps the entries of a `dataMappings` object whose prefix is a URL and whose folder is a string. */
function dataMappings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const mappings: Record<string, string> = {};
  for (const [prefix, folder] of Object.entries(value)) {
    if (/^(https?|ftp):\/\/\S+$/i.test(prefix) && typeof folder === 'string') mappings[prefix] = folder;
  }
  return mappings;
}
