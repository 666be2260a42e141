import { applyLanguage } from '../shippedFiles';
import { checkUsage } from './arguments';
import { requestedLanguage } from './commandLine';
import { runCheck } from './commands/check';
import { exportUsage, runExport } from './commands/exportCommand';
import { importUsage, runImport } from './commands/importCommand';
import { runTablero, tableroUsage } from './commands/tableroCommand';
import { isInstitutionWorker } from './institutionWorkers';

/** The help of one subcommand, or of all when none (or an unknown one) is named. */
function usageOf(command: string | undefined): string {
  if (command === 'check') return checkUsage();
  if (command === 'import') return importUsage();
  if (command === 'export') return exportUsage();
  if (command === 'tablero') return tableroUsage();
  return [checkUsage(), importUsage(), exportUsage(), tableroUsage()].join('\n\n');
}

/**
 * `guia check | import | export | tablero`. Exit codes: 0 success, 1 errors found (check) or rows not taken
 * (import), 2 usage or input/output failure.
 */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    applyLanguage(requestedLanguage(argv));
    process.stdout.write(usageOf(argv[0]) + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = argv;
  if (command === 'import') return runImport(rest);
  if (command === 'export') return runExport(rest);
  if (command === 'tablero') return runTablero(rest);
  return runCheck(argv);
}

// In a worker thread judging institutions for `guia tablero`, this bundle serves it instead.
if (!isInstitutionWorker())
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`guia: error inesperado: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
