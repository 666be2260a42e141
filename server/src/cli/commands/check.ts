import { once } from 'node:events';
import { t } from '../../core/l10n';
import { applyLanguage } from '../../shippedFiles';
import { checkUsage, parseArguments } from '../arguments';
import { checkWorkspace } from '../checkWorkspace';
import { formatCodeClimate } from '../codeClimate';
import { formatJson, formatSarif, formatText } from '../formatters';
import { commandArguments } from '../commandLine';

/** `guia check …`. Exit codes: 0 no errors, 1 errors found, 2 usage or input/output failure. */
export async function runCheck(argv: readonly string[]): Promise<number> {
  const args = commandArguments(argv, parseArguments, checkUsage);
  if (args === undefined) return 2;
  applyLanguage(args.language);
  const { report, linkCheck, evaluationDate, errors } = await checkWorkspace({ ...args, withQuality: args.format === 'json' });
  // One precedence, as in the editor: the plan's nivelObjetivo, else --level (guia.targetLevel there), else basico.
  for (const institution of report.institutions) {
    if (args.level !== undefined && institution.targetLevelSource === 'plan' && institution.targetLevel !== args.level) {
      process.stderr.write(
        `guia: ${t('el plan declara «nivelObjetivo: {0}», que manda sobre --level {1}; cambia «nivelObjetivo» en el plan para revisar contra otro nivel.', institution.targetLevel, args.level)}\n`,
      );
    }
  }
  const output =
    args.format === 'json'
      ? formatJson(report, evaluationDate, linkCheck)
      : args.format === 'sarif'
        ? formatSarif(report, args.language)
        : args.format === 'codeclimate'
          ? [formatCodeClimate(report)]
          : formatText(report, args.language);
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
