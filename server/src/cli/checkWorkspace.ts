import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileAnalysis } from '../core/check/analyzeFile';
import type { LevelId } from '../core/catalog/requirements';
import { FileClassifier } from '../core/files/fileKinds';
import { combineInstitutions, type InstitutionReport, type InstitutionsReport } from '../core/institutions/institutionIndexes';
import { partitionInstitutions } from '../core/institutions/scopes';
import { t, type Language } from '../core/l10n';
import { checkLinks } from '../core/links/linkChecker';
import type { LinkCheckReport } from '../core/model/linkResults';
import { downloadUrls } from '../core/links/linkTargets';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { requirementPagesRoot } from '../shippedFiles';
import { formatDay, todayDayNumber } from '../core/text/dates';
import { collectFiles, type CollectedFile } from './collectFiles';
import { dataRoots } from './dataRoots';
import { analyzeCollected, evaluateScope, type InstitutionRunSettings } from './institutionRun';
import { evaluateInWorkers, workerCount, type InstitutionTask } from './institutionWorkers';

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
  /**
   * With `countsOnly`, how many worker threads judge the institutions (1: this thread alone);
   * absent, as many as the processors and the number of institutions make worth it (see `workerCount`).
   */
  workers?: number;
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

  const onError = (error: unknown): void => {
    errors.push(String(error));
  };
  // Only on request: the link check is the one thing that reaches the network. It asks every URL
  // of the workspace at once, so the files are analysed first; otherwise each institution's files
  // are analysed only when its turn comes and let go after it, so a country's worth of
  // institutions never sits in memory at once.
  const analysedFirst = new Map<CollectedFile, FileAnalysis>();
  if (options.checkLinks) for (const file of files) analysedFirst.set(file, analyzeCollected(file, options.maxFileSizeKB, onError));
  const linkCheck = options.checkLinks ? await runLinkCheck([...analysedFirst.values()], options) : undefined;

  const settings: InstitutionRunSettings = {
    evaluation: {
      // --level names the level to judge against when a plan does not declare its own nivelObjetivo.
      targetLevel: options.level,
      today: options.today,
      linkCheck,
      showAboveTarget: true,
      pagesRoot: requirementPagesRoot(),
      language: options.language,
    },
    // Data files behind the resources (relative or mapped downloadURLs) are streamed and checked too,
    // with the mappings of the folders given and of the institution's own folder.
    givenRoots: await dataRoots(options.paths, options.dataMappings),
    dataMappings: options.dataMappings,
    maxFileSizeKB: options.maxFileSizeKB,
    maxDataFileSizeMB: options.maxDataFileSizeMB,
    withQuality: options.withQuality ?? false,
    countsOnly: options.countsOnly ?? false,
  };
  const scopes = partitionInstitutions(
    files.map((file) => ({ id: file.path, kind: file.role === 'plan' ? ('plan' as const) : ('dataset' as const), file })),
    await folders(options.paths),
  );
  // From here each file's text is held by its institution's scope alone, and let go with it.
  files.length = 0;
  const tasks: InstitutionTask[] = scopes.map((scope) => ({ root: scope.root, files: scope.files.map(({ file }) => file) }));
  scopes.length = 0;
  // Only counts travel back from a worker: a board's run may use them, a full check keeps every
  // file's diagnostics here (and a link check's analyses are already here).
  const workers = settings.countsOnly && !options.checkLinks ? workerCount(tasks.length, options.workers) : 1;
  let institutions: InstitutionReport[];
  if (workers > 1) institutions = await evaluateInWorkers(tasks, settings, options.language, workers, errors);
  else {
    institutions = [];
    for (const task of tasks) {
      institutions.push(await evaluateScope(task.root, task.files, settings, onError, analysedFirst));
      task.files = [];
    }
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
  process.stderr.write(
    `guia: ${broken === 0 ? t('las {0} URL de descarga respondieron.', report.results.length) : t('{0} de {1} URL de descarga no respondieron (basico-3b).', broken, report.results.length)}\n`,
  );
  if (refused > 0)
    process.stderr.write(
      `guia: ${t('{0} URL de descarga no se consultaron: dirección privada, no se consulta (usa --allow-private-hosts para revisar un catálogo de intranet).', refused)}\n`,
    );
  if (late > 0)
    process.stderr.write(`guia: ${t('{0} URL de descarga quedaron sin revisar: se agotó el tiempo total de {1} s (--links-deadline-s).', late, options.linksDeadlineSeconds)}\n`);
  return report;
}
