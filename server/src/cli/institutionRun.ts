import { analyzeFile, type FileAnalysis } from '../core/check/analyzeFile';
import { analyzeGuarded } from '../core/check/guardedAnalysis';
import { notUtf8FileAnalysis } from '../core/check/fileLevelAnalysis';
import { oversizedFileAnalysis } from '../core/check/sizeLimit';
import { WorkspaceIndex, type EvaluationOptions } from '../core/check/workspaceIndex';
import type { DataRoot } from '../core/data/dataLocation';
import { LocalData } from '../core/data/localData';
import { evaluateInstitution, type InstitutionReport } from '../core/institutions/institutionIndexes';
import { t } from '../core/l10n';
import { workspaceQuality } from '../core/quality/datasetQuality';
import { nodeDataReader } from '../nodeDataReader';
import type { CollectedFile } from './collectFiles';
import { dataRoots } from './dataRoots';

/**
 * What judging an institution needs besides its files, the same for every institution of a run.
 * Plain data, so that a worker thread can be given it (see `institutionWorkers.ts`).
 */
export interface InstitutionRunSettings {
  /** Everything but the local data, which is each institution's own. */
  evaluation: Omit<EvaluationOptions, 'localData'>;
  /** The folders given on the command line with their data mappings. */
  givenRoots: DataRoot[];
  /** `--data-map` mappings, added to those of the institution's own `.vscode/settings.json`. */
  dataMappings: Readonly<Record<string, string>>;
  maxFileSizeKB: number;
  maxDataFileSizeMB: number;
  withQuality: boolean;
  /** Keep only the institution's counts of findings, not its files' diagnostics. */
  countsOnly: boolean;
}

/**
 * Analyses one collected file: a file above the size limit gets its one finding; a file whose
 * analysis fails (a bug) costs only itself, and `onError` hears of it after stderr was told.
 */
export function analyzeCollected(file: CollectedFile, maxFileSizeKB: number, onError: (error: unknown) => void): FileAnalysis {
  if (file.oversized !== undefined) return oversizedFileAnalysis(file.path, file.role, file.oversized, maxFileSizeKB);
  if (file.notUtf8) return notUtf8FileAnalysis(file.path, file.role);
  return analyzeGuarded(
    file.path,
    file.role,
    () => analyzeFile(file.path, file.role, file.text),
    (error) => {
      process.stderr.write(`guia: ${t('error interno al revisar {0}: {1}', file.path, error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      onError(error);
    },
  );
}

/**
 * Judges one institution as if it were checked alone: its files (already analysed ones taken from
 * `analysed`), its own local data (the mappings of its folder's `.vscode/settings.json` and of the
 * folders given), its plan's target level and its cross-file rules.
 */
export async function evaluateScope(
  root: string,
  files: readonly CollectedFile[],
  settings: InstitutionRunSettings,
  onError: (error: unknown) => void,
  analysed?: ReadonlyMap<CollectedFile, FileAnalysis>,
): Promise<InstitutionReport> {
  const index = new WorkspaceIndex();
  for (const file of files) index.set(analysed?.get(file) ?? analyzeCollected(file, settings.maxFileSizeKB, onError));
  const own = await dataRoots([root], settings.dataMappings);
  const localData = new LocalData(nodeDataReader, [...own, ...settings.givenRoots.filter((given) => given.id !== root)], settings.maxDataFileSizeMB * 1024 * 1024);
  await localData.sync(index);
  const institution = evaluateInstitution(root, index, { ...settings.evaluation, localData });
  // Scored within the institution: its datasets with its own plan.
  if (settings.withQuality) institution.quality = workspaceQuality(index.all(), settings.evaluation.linkCheck);
  return settings.countsOnly ? { ...institution, files: [] } : institution;
}
