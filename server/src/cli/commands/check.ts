import { parseArguments, USAGE, UsageError, type CheckArguments } from '../arguments';
import { checkWorkspace } from '../checkWorkspace';
import { formatCodeClimate } from '../codeClimate';
import { formatJson, formatSarif, formatText } from '../formatters';
import { applyLanguage } from '../../shippedFiles';

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
  const { report, linkCheck, evaluationDate, errors } = await checkWorkspace(args);
  const output = args.format === 'json' ? formatJson(report, evaluationDate, linkCheck)
    : args.format === 'sarif' ? formatSarif(report, args.language)
      : args.format === 'codeclimate' ? formatCodeClimate(report)
        : formatText(report, args.language);
  process.stdout.write(output);
  if (errors.length > 0) return 2;
  return report.files.some((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 1)) ? 1 : 0;
}
