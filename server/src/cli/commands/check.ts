import { analyzeFile } from '../../core/check/analyzeFile';
import { analyzeGuarded } from '../../core/check/guardedAnalysis';
import { oversizedFileAnalysis } from '../../core/check/sizeLimit';
import { t } from '../../core/l10n';
import { checkLinks } from '../../core/links/linkChecker';
import type { LinkCheckReport } from '../../core/links/linkResults';
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
  const linkCheck = args.checkLinks ? await runLinkCheck(index) : undefined;
  // Data files behind the resources (relative or mapped downloadURLs) are streamed and checked too.
  const localData = new LocalData(nodeDataReader, await dataRoots(args.paths, args.dataMappings));
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
  const output = args.format === 'json' ? formatJson(report, linkCheck) : args.format === 'sarif' ? formatSarif(report, args.language) : formatText(report, args.language);
  process.stdout.write(output);
  if (errors.length > 0) return 2;
  return report.files.some((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 1)) ? 1 : 0;
}

/** `--check-links`: asks every download URL of the workspace, saying on stderr what it did. */
async function runLinkCheck(index: WorkspaceIndex): Promise<LinkCheckReport> {
  const urls = downloadUrls(index.all());
  process.stderr.write(`guia: ${t('revisando {0} URL de descarga en la red…', urls.length)}\n`);
  const report = await checkLinks(urls);
  const broken = report.results.filter((result) => !result.ok).length;
  process.stderr.write(`guia: ${broken === 0 ? t('las {0} URL de descarga respondieron.', report.results.length) : t('{0} de {1} URL de descarga no respondieron (basico-3b).', broken, report.results.length)}\n`);
  return report;
}
