import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, type FileAnalysis } from '../core/check/analyzeFile';
import { analyzeGuarded } from '../core/check/guardedAnalysis';
import { oversizedFileAnalysis } from '../core/check/sizeLimit';
import type { LevelId } from '../core/catalog/requirements';
import { LocalData } from '../core/data/localData';
import { FileClassifier } from '../core/files/fileKinds';
import { combineInstitutions, evaluateInstitution, type InstitutionReport, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import { partitionInstitutions } from '../core/institutions/scopes';
import { WorkspaceIndex, type EvaluationOptions } from '../core/check/workspaceIndex';
import { t, type Language } from '../core/l10n';
import { checkLinks } from '../core/links/linkChecker';
import type { LinkCheckReport } from '../core/model/linkResults';
import { downloadUrls } from '../core/links/linkTargets';
import { workspaceQuality } from '../core/quality/datasetQuality';
import { nodeDataReader } from '../nodeDataReader';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { requirementPagesRoot } from '../shippedFiles';
import { formatDay, todayDayNumber } from '../core/text/dates';
import { collectFiles, type CollectedFile } from './collectFiles';
import { dataRoots } from './dataRoots';

/** What `guia check` and `guia tablero` ask of a workspace on disk. */
export interface WorkspaceCheckOptions {
  paths: readonly string[];
  level: LevelId | undefined;
  today: string | undefined;
  language: Language;
  dataMappings: Readonly<Record<string, string>>;
  maxFileSizeKB: number;
  /** Local data files above this are not read (`--max-data-file-size-mb`). */
  maxDataFileSizeMB: number;
  checkLinks: boolean;
  /** The link check may ask loopback and private-network hosts (`--allow-private-hosts`). */
  allowPrivateHosts: boolean;
  /** The whole link check ends after this long (`--links-deadline-s`). */
  linksDeadlineSeconds: number;
  /** Score each institution's datasets' metadata quality (MQA) too. */
  withQuality?: boolean;
  /**
   * Keep only each institution's counts of findings, not every file's diagnostics (`guia tablero`
   * needs no more), so that memory stays flat however many institutions there are.
   */
  countsOnly?: boolean;
}

export interface WorkspaceCheck {
  report: InstitutionsReport;
  linkCheck: LinkCheckReport | undefined;
  /** The evaluation date the time-based rules used (`--today`, or today), `AAAA-MM-DD`. */
  evaluationDate: string;
  /** Input that could not be read, or a file whose analysis failed; each already said on stderr. */
  errors: string[];
}

/**
 * Reads and checks the given files and folders, institution by institution: each folder holding an
 * opening plan (and each folder given) is one institution, judged against its own plan's target
 * level, with its own cross-file rules and local data, as if it had been checked alone.
 */
export async function checkWorkspace(options: WorkspaceCheckOptions): Promise<WorkspaceCheck> {
  const classifier = new FileClassifier({ metadata: DEFAULT_SETTINGS.metadataFiles, plan: DEFAULT_SETTINGS.planFiles });
  const { files, errors } = await collectFiles(options.paths, classifier, { maxFileSizeKB: options.maxFileSizeKB });
  for (const error of errors) process.stderr.write(`guia: ${error}\n`);

  const analyze = (file: CollectedFile): FileAnalysis => file.oversized !== undefined
    // A file above the limit gets its one finding; a file whose analysis fails (a bug) costs only itself.
    ? oversizedFileAnalysis(file.path, file.role, file.oversized, options.maxFileSizeKB)
    : analyzeGuarded(file.path, file.role, () => analyzeFile(file.path, file.role, file.text), (error) => {
      errors.push(String(error));
      process.stderr.write(`guia: ${t('error interno al revisar {0}: {1}', file.path, error instanceof Error ? error.stack ?? error.message : String(error))}\n`);
    });
  // Only on request: the link check is the one thing that reaches the network. It asks every URL
  // of the workspace at once, so the files are analysed first; otherwise each institution's files
  // are analysed only when its turn comes and let go after it, so a country's worth of
  // institutions never sits in memory at once.
  const analysedFirst = new Map<CollectedFile, FileAnalysis>();
  if (options.checkLinks) for (const file of files) analysedFirst.set(file, analyze(file));
  const linkCheck = options.checkLinks ? await runLinkCheck([...analysedFirst.values()], options) : undefined;

  const evaluation: EvaluationOptions = {
    // --level names the level to judge against when a plan does not declare its own nivelObjetivo.
    targetLevel: options.level,
    today: options.today,
    linkCheck,
    showAboveTarget: true,
    pagesRoot: requirementPagesRoot(),
    language: options.language,
  };
  // Data files behind the resources (relative or mapped downloadURLs) are streamed and checked too,
  // with the mappings of the folders given and of the institution's own folder.
  const givenRoots = await dataRoots(options.paths, options.dataMappings);
  const scopes = partitionInstitutions(files.map((file) => ({ id: file.path, kind: file.role === 'plan' ? 'plan' as const : 'dataset' as const, file })), await folders(options.paths));
  // From here each file's text is held by its institution's scope alone, and let go with it.
  files.length = 0;
  const institutions: InstitutionReport[] = [];
  for (const scope of scopes) {
    const index = new WorkspaceIndex();
    for (const { file } of scope.files) index.set(analysedFirst.get(file) ?? analyze(file));
    scope.files.length = 0;
    const own = await dataRoots([scope.root], options.dataMappings);
    const localData = new LocalData(nodeDataReader, [...own, ...givenRoots.filter((given) => given.id !== scope.root)], options.maxDataFileSizeMB * 1024 * 1024);
    await localData.sync(index);
    const institution = evaluateInstitution(scope.root, index, { ...evaluation, localData });
    // Scored within the institution: its datasets with its own plan.
    if (options.withQuality) institution.quality = workspaceQuality(index.all(), linkCheck);
    institutions.push(options.countsOnly ? { ...institution, files: [] } : institution);
  }
  const report = combineInstitutions(institutions);
  return { report, linkCheck, evaluationDate: formatDay(todayDayNumber(options.today)), errors };
}

/** The folders among the paths given: the workspace roots (a file named alone is no root). */
async function folders(paths: readonly string[]): Promise<string[]> {
  const result: string[] = [];
  for (const input of paths) {
    try {
      if ((await fs.stat(input)).isDirectory()) result.push(path.normalize(input));
    } catch {
      // Already reported by collectFiles.
    }
  }
  return result;
}

/**
 * `--check-links`: asks every download URL of the workspace, saying on stderr what it did and, at
 * most once a second, how far it got. Non-public hosts are refused unless `--allow-private-hosts`;
 * the whole check ends at `--links-deadline-s`.
 */
async function runLinkCheck(analyses: readonly FileAnalysis[], options: WorkspaceCheckOptions): Promise<LinkCheckReport> {
  const urls = downloadUrls(analyses);
  process.stderr.write(`guia: ${t('revisando {0} URL de descarga en la red…', urls.length)}\n`);
  let lastProgress = performance.now();
  const report = await checkLinks(urls, {
    allowPrivateHosts: options.allowPrivateHosts,
    deadlineMs: options.linksDeadlineSeconds * 1000,
    onProgress: (done, total) => {
      if (done === total || performance.now() - lastProgress < 1000) return;
      lastProgress = performance.now();
      process.stderr.write(`guia: ${t('enlaces revisados: {0} de {1}…', done, total)}\n`);
    },
  });
  const broken = report.results.filter((result) => !result.ok).length;
  const refused = report.results.filter((result) => result.problem === 'direccion-privada').length;
  const late = report.results.filter((result) => result.problem === 'sin-revisar').length;
  process.stderr.write(`guia: ${broken === 0 ? t('las {0} URL de descarga respondieron.', report.results.length) : t('{0} de {1} URL de descarga no respondieron (basico-3b).', broken, report.results.length)}\n`);
  if (refused > 0) process.stderr.write(`guia: ${t('{0} URL de descarga no se consultaron: dirección privada, no se consulta (usa --allow-private-hosts para revisar un catálogo de intranet).', refused)}\n`);
  if (late > 0) process.stderr.write(`guia: ${t('{0} URL de descarga quedaron sin revisar: se agotó el tiempo total de {1} s (--links-deadline-s).', late, options.linksDeadlineSeconds)}\n`);
  return report;
}
