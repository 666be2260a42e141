import { once } from 'node:events';
import { analyzeFile } from '../../core/check/analyzeFile';
import { analyzeGuarded } from '../../core/check/guardedAnalysis';
import { oversizedFileAnalysis } from '../../core/check/sizeLimit';
import { t } from '../../core/l10n';
import { checkLinks } from '../../core/links/linkChecker';
import type { LinkCheckReport } from '../../core/links/linkResults';
import { workspaceQuality } from '../../core/quality/datasetQuality';
import { downloadUrls } from '../../core/links/linkTargets';
import { WorkspaceIndex } from '../../core/check/workspaceIndex';
import { LocalData } from '../../core/data/localData';
import { FileClassifier } from '../../core/files/fileKinds';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { nodeDataReader } from '../../nodeDataReader';
import { applyLanguage, requirementPagesRoot } from '../../shippedFiles';
import { parseArguments, USAGE, UsageError, type CheckArguments } from '../arguments';
import { collectFiles } from '../collectFiles';
import { dataRoots } from '../dataRoots';
import { formatJson, formatSarif, formatText } from '../formatters';

/** `guia check …`. Exit codes: 0 no errors, 1 errors found, 2 usage or input/output failure. */
export async function runCheck(argv: readonly string[]): Promise<number> {
  let args: CheckArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`guia: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  applyLanguage(args.language);
  const classifier = new FileClassifier({ metadata: DEFAULT_SETTINGS.metadataFiles, plan: DEFAULT_SETTINGS.planFiles });
  const { files, errors } = await collectFiles(args.paths, classifier, { maxFileSizeKB: args.maxFileSizeKB });
  for (const error of errors) process.stderr.write(`guia: ${error}\n`);

  const index = new WorkspaceIndex();
  for (const file of files) {
    // A file above the limit gets its one finding; a file whose analysis fails (a bug) costs only itself.
    index.set(file.oversized !== undefined
      ? oversizedFileAnalysis(file.path, file.role, file.oversized, args.maxFileSizeKB)
      : analyzeGuarded(file.path, file.role, () => analyzeFile(file.path, file.role, file.text), (error) => {
        errors.push(String(error));
        process.stderr.write(`guia: ${t('error interno al revisar {0}: {1}', file.path, error instanceof Error ? error.stack ?? error.message : String(error))}\n`);
      }));
  }
  // Only on request: the link check is the one thing that reaches the network.
  const linkCheck = args.checkLinks ? await runLinkCheck(index, args) : undefined;
  // Data files behind the resources (relative or mapped downloadURLs) are streamed and checked too.
  const localData = new LocalData(nodeDataReader, await dataRoots(args.paths, args.dataMappings), args.maxDataFileSizeMB * 1024 * 1024);
  await localData.sync(index);
  const report = index.evaluate({
    targetLevel: args.level,
    today: args.today,
    localData,
    linkCheck,
    showAboveTarget: true,
    pagesRoot: requirementPagesRoot(),
    language: args.language,
  });
  // One precedence, as in the editor: the plan's nivelObjetivo, else --level (guia.targetLevel there), else basico.
  if (args.level !== undefined && report.targetLevelSource === 'plan' && report.targetLevel !== args.level) {
    process.stderr.write(`guia: ${t('el plan declara «nivelObjetivo: {0}», que manda sobre --level {1}; cambia «nivelObjetivo» en el plan para revisar contra otro nivel.', report.targetLevel, args.level)}\n`);
  }
  const output = args.format === 'json' ? formatJson(report, linkCheck, workspaceQuality(index.all(), linkCheck)) : args.format === 'sarif' ? formatSarif(report, args.language) : formatText(report, args.language);
  await writeStreamed(process.stdout, output);
  if (errors.length > 0) return 2;
  return report.files.some((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 1)) ? 1 : 0;
}

/** Writes the pieces of the output as they are made, waiting whenever the reader falls behind. */
async function writeStreamed(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    // `once` rejects if the stream fails (a closed pipe) instead of waiting for ever.
    if (!stream.write(piece)) await once(stream, 'drain');
  }
}

/**
 * `--check-links`: asks every download URL of the workspace, saying on stderr what it did and, at
 * most once a second, how far it got. Non-public hosts are refused unless `--allow-private-hosts`;
 * the whole check ends at `--links-deadline-s`.
 */
async function runLinkCheck(index: WorkspaceIndex, args: CheckArguments): Promise<LinkCheckReport> {
  const urls = downloadUrls(index.all());
  process.stderr.write(`guia: ${t('revisando {0} URL de descarga en la red…', urls.length)}\n`);
  let lastProgress = performance.now();
  const report = await checkLinks(urls, {
    allowPrivateHosts: args.allowPrivateHosts,
    deadlineMs: args.linksDeadlineSeconds * 1000,
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
  if (late > 0) process.stderr.write(`guia: ${t('{0} URL de descarga quedaron sin revisar: se agotó el tiempo total de {1} s (--links-deadline-s).', late, args.linksDeadlineSeconds)}\n`);
  return report;
}
