import { promises as fs } from 'node:fs';
import { t, type Language } from '../../core/l10n';
import { institutionsFromCheckResult, isCheckResult } from '../../core/report/checkResultInput';
import { nationalBoard, type BoardInstitution } from '../../core/report/nationalBoard';
import { nationalBoardHtml } from '../../core/report/nationalBoardHtml';
import { institutionCount, nationalBoardCsv, nationalBoardJson, nationalBoardMarkdown } from '../../core/report/nationalBoardText';
import { formatDay, todayDayNumber } from '../../core/text/dates';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { DEFAULT_LINKS_DEADLINE_S } from '../arguments';
import { checkWorkspace } from '../checkWorkspace';
import { institutionSummary } from '../../core/institutions/institutionIndexes';
import { pathExists } from '../pathExists';
import { commandArguments, languageOption, oneOfOption, OUTPUT_OPTIONS, parseCommandLine, todayOption, UsageError } from '../commandLine';

const BOARD_FORMATS = ['html', 'md', 'csv', 'json'] as const;
type BoardFormat = (typeof BOARD_FORMATS)[number];

/** The usage text of `guia tablero`, in the current language. */
export const tableroUsage = (): string =>
  t(`Uso: guia tablero <rutas...> [--format html|md|csv|json] [--today AAAA-MM-DD] [--out archivo] [--force] [--lang es|en] [--jobs N]

Escribe el tablero nacional: una fila por institución (cada carpeta con un plan de apertura) con su
nivel alcanzado, su avance por nivel y sus hallazgos por requisito, en el orden del reconocimiento
anual y con la fecha de corte. Las rutas son carpetas o archivos que revisar, o salidas de
«guia check --format json» (una por institución, por ejemplo de cada trabajo de CI). Sin --format,
el formato sale de la extensión de --out (html por omisión). Sin --out escribe en la salida estándar;
nunca reemplaza un archivo sin --force. Las instituciones se revisan en paralelo, en tantos hilos
como procesadores (hasta 4); --jobs N fija cuántos (1: una tras otra; 4 como máximo). Código de
salida: 0 escrito, 2 por uso o E/S.`);

interface TableroArguments {
  paths: string[];
  format: BoardFormat;
  today: string | undefined;
  out: string | undefined;
  force: boolean;
  language: Language;
  /** `--jobs`: how many threads judge the institutions; absent, as many as worth it. */
  jobs: number | undefined;
}

const TABLERO_OPTIONS = { ...OUTPUT_OPTIONS, format: { type: 'string' }, today: { type: 'string' }, jobs: { type: 'string' } } as const;

function parseTableroArguments(argv: readonly string[]): TableroArguments {
  const { values, positionals } = parseCommandLine(argv, TABLERO_OPTIONS);
  const { out, jobs } = values;
  const format = oneOfOption(values.format ?? formatOfFile(out) ?? 'html', BOARD_FORMATS, (value, allowed) => t('Formato desconocido «{0}»: usa {1}.', value, allowed));
  const today = todayOption(values.today);
  const language = languageOption(values.lang);
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(t('Valor no válido de --jobs «{0}»: usa un número entero de 1 en adelante.', jobs));
  if (positionals.length === 0) throw new UsageError(t('Indica al menos una ruta (carpeta, archivo o salida de «guia check --format json»).'));
  return { paths: positionals, format, today, out: out === '-' ? undefined : out, force: values.force === true, language, jobs: jobs === undefined ? undefined : Number(jobs) };
}

function isBoardFormat(format: string): format is BoardFormat {
  return (BOARD_FORMATS as readonly string[]).includes(format);
}

function formatOfFile(out: string | undefined): BoardFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  if (extension === 'htm' || extension === 'html') return 'html';
  if (extension === 'markdown') return 'md';
  return extension !== undefined && isBoardFormat(extension) ? extension : undefined;
}

/** `guia tablero …`. Exit codes: 0 written, 2 usage or input/output failure (the board is still written when it can be). */
export async function runTablero(argv: readonly string[]): Promise<number> {
  const args = commandArguments(argv, parseTableroArguments, tableroUsage);
  if (args === undefined) return 2;
  const { language } = args;
  if (args.out !== undefined && !args.force && (await pathExists(args.out))) {
    process.stderr.write(`guia: ${t('Ya existe {0}; no se reemplaza. Usa --force para reemplazarlo.', args.out)}\n`);
    return 2;
  }
  const { institutions, failed } = await gatherInstitutions(args, language);
  const board = nationalBoard(institutions, args.today ?? formatDay(todayDayNumber(undefined)));
  const text =
    args.format === 'html'
      ? nationalBoardHtml(board, language)
      : args.format === 'md'
        ? nationalBoardMarkdown(board, language)
        : args.format === 'csv'
          ? nationalBoardCsv(board, language)
          : nationalBoardJson(board);
  if (args.out === undefined) process.stdout.write(text);
  else {
    try {
      await fs.writeFile(args.out, text, 'utf8');
    } catch (error) {
      process.stderr.write(`guia: ${t('No se pudo escribir {0}: {1}', args.out, (error as NodeJS.ErrnoException).code ?? String(error))}\n`);
      return 2;
    }
    process.stderr.write(`guia: ${t('Tablero nacional escrito en {0}: {1}.', args.out, institutionCount(board.rows.length))}\n`);
  }
  return failed ? 2 : 0;
}

/**
 * The board's institutions: those of the `guia check --format json` outputs given, read back, and
 * those of the folders and files given, checked now (together, so each folder is a root).
 */
async function gatherInstitutions(args: TableroArguments, language: Language): Promise<{ institutions: BoardInstitution[]; failed: boolean }> {
  const institutions: BoardInstitution[] = [];
  const toCheck: string[] = [];
  let failed = false;
  for (const input of args.paths) {
    const result = await readCheckResult(input);
    if (result === undefined) {
      toCheck.push(input);
      continue;
    }
    if (typeof result === 'string') {
      process.stderr.write(`guia: ${result}\n`);
      failed = true;
      continue;
    }
    institutions.push(...result);
  }
  if (toCheck.length > 0) {
    const { report, evaluationDate, errors } = await checkWorkspace({
      paths: toCheck,
      level: undefined,
      today: args.today,
      language,
      dataMappings: {},
      maxFileSizeKB: DEFAULT_SETTINGS.maxFileSizeKB,
      maxDataFileSizeMB: DEFAULT_SETTINGS.maxDataFileSizeMB,
      checkLinks: false,
      allowPrivateHosts: false,
      linksDeadlineSeconds: DEFAULT_LINKS_DEADLINE_S,
      withQuality: true,
      countsOnly: true,
      workers: args.jobs,
    });
    if (errors.length > 0) failed = true;
    for (const institution of report.institutions) {
      institutions.push({ ...institutionSummary(institution), evaluationDate, source: institution.root });
    }
  }
  return { institutions, failed };
}

/**
 * A JSON file given to `guia tablero` is read back when it is a `guia check --format json` output:
 * undefined when it is something else to check (a folder, a catalog), a message when it is such an
 * output but malformed.
 */
async function readCheckResult(input: string): Promise<BoardInstitution[] | string | undefined> {
  if (!/\.json$/i.test(input)) return undefined;
  let value: unknown;
  try {
    const stat = await fs.stat(input);
    if (!stat.isFile()) return undefined;
    value = JSON.parse(await fs.readFile(input, 'utf8'));
  } catch {
    return undefined;
  }
  return isCheckResult(value) ? institutionsFromCheckResult(value, input) : undefined;
}
