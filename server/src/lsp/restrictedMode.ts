import { DEFAULT_SETTINGS, type GuideSettings } from '../protocol/settings';

/**
 * Settings in force in an untrusted workspace (VS Code's restricted mode). A folder from anyone
 * can carry a `.vscode/settings.json`, so whatever in it would make the server run a pattern or
 * reach outside the folder is set back to its default:
 * - `metadataFiles` and `planFiles` are globs compiled to regular expressions: a crafted one could
 *   make matching take forever; the default patterns are used instead.
 * - `dataMappings` points the local data checks at folders: it could point outside the workspace;
 *   none is used.
 * - `maxFileSizeKB` and `maxDataFileSizeMB` can only be lowered: a huge limit would let a huge file
 *   freeze the editor.
 * Harmless choices (target level, evaluation date, showing findings above the target) are kept.
 * Schemas are always the bundled ones and links are never checked in this mode (see `linkCommand.ts`).
 */
export function restrictSettings(settings: GuideSettings): GuideSettings {
  return {
    ...settings,
    metadataFiles: DEFAULT_SETTINGS.metadataFiles,
    planFiles: DEFAULT_SETTINGS.planFiles,
    dataMappings: {},
    maxFileSizeKB: Math.min(settings.maxFileSizeKB, DEFAULT_SETTINGS.maxFileSizeKB),
    maxDataFileSizeMB: Math.min(settings.maxDataFileSizeMB, DEFAULT_SETTINGS.maxDataFileSizeMB),
  };
}
