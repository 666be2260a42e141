import { analyzeFile } from '../../core/check/analyzeFile';
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
  const { files, errors } = await collectFiles(args.paths, classifier);
  for (const error of errors) process.stderr.write(`guia: ${error}\n`);

  const index = new WorkspaceIndex();
  for (const file of files) index.set(analyzeFile(file.path, file.role, file.text));
  // Data files behind the resources (relative or mapped downloadURLs) are streamed and checked too.
  const localData = new LocalData(nodeDataReader, await dataRoots(args.paths, args.dataMappings));
  await localData.sync(index);
  const report = index.evaluate({
    targetLevel: args.level,
    today: args.today,
    localData,
    showAboveTarget: true,
    pagesRoot: requirementPagesRoot(),
    language: args.language,
  });
  // --level names the level to judge against; it overrides the plan's own nivelObjetivo.
  const output = args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report, args.language) : formatText(report, args.language);
  process.stdout.write(output);
  if (errors.length > 0) return 2;
  return report.files.some((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 1)) ? 1 : 0;
}
