import * as path from 'node:path';
import { exportedMessage } from '../../core/exchange/exchangeMessages';
import { countErrors, EXPORT_FORMATS, exportWorkspace, isExportFormat, type ExportFormat } from '../../core/exchange/exportWorkspace';
import { analyzeFile } from '../../core/check/analyzeFile';
import { WorkspaceIndex } from '../../core/check/workspaceIndex';
import { FileClassifier } from '../../core/files/fileKinds';
import { t, type Language } from '../../core/l10n';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { requirementPagesRoot } from '../../shippedFiles';
import { collectFiles } from '../collectFiles';
import { pathExists } from '../pathExists';
import { OutputRefused, writeFilesAtomically } from '../../outputFiles';
import { commandArguments, languageOption, OUTPUT_OPTIONS, parseCommandLine, UsageError } from '../commandLine';

/** The usage text of `guia export`, in the current language. */
export const exportUsage = (): string =>
  t(`Uso: guia export <catalogo|dcat-ap|dcat-ap-ttl|ckan|csv|plan-csv|inventario-csv> <rutas...> --out <archivo|-> [--force] [--lang es|en]

Exporta el espacio de trabajo como catalogo.json de ADELA (catalogo), catálogo DCAT-AP 3 en JSON-LD
(dcat-ap) o en Turtle (dcat-ap-ttl), conjuntos de CKAN en JSON Lines para «ckanapi load datasets»
(ckan), la plantilla CSV del catálogo (csv), el plan de apertura en CSV (plan-csv) o el inventario
en CSV (inventario-csv). Con --out - escribe en la salida estándar. Exporta aunque haya errores, y
avisa cuántos. Código de salida: 0 exportado, 2 por uso o E/S.`);

interface ExportArguments {
  format: ExportFormat;
  paths: string[];
  out: string;
  force: boolean;
  language: Language;
}

function parseExportArguments(argv: readonly string[]): ExportArguments {
  const { values, positionals } = parseCommandLine(argv, OUTPUT_OPTIONS);
  const { out } = values;
  const language = languageOption(values.lang);
  const [format, ...paths] = positionals;
  if (format === undefined) throw new UsageError(t('Indica el formato: {0}.', EXPORT_FORMATS.join(', ')));
  if (!isExportFormat(format)) throw new UsageError(t('Formato de exportación desconocido «{0}»: usa {1}.', format, EXPORT_FORMATS.join(', ')));
  if (paths.length === 0) throw new UsageError(t('Indica la carpeta (o los archivos) del espacio de trabajo que exportar.'));
  if (out === undefined) throw new UsageError(t('Indica con --out el archivo que escribir (o - para la salida estándar).'));
  return { format, paths, out, force: values.force === true, language };
}

/** `guia export …`. Exit codes: 0 exported (maybe with warnings), 2 usage or I/O failure. */
export async function runExport(argv: readonly string[]): Promise<number> {
  const args = commandArguments(argv, parseExportArguments, exportUsage);
  if (args === undefined) return 2;
  const { language } = args;
  const toStdout = args.out === '-';
  if (!toStdout && !args.force && (await pathExists(args.out))) {
    process.stderr.write(`guia: ${t('Ya existe {0}; no se reemplaza. Usa --force para reemplazarlo.', args.out)}\n`);
    return 2;
  }
  const classifier = new FileClassifier({ metadata: DEFAULT_SETTINGS.metadataFiles, plan: DEFAULT_SETTINGS.planFiles });
  const { files, errors } = await collectFiles(args.paths, classifier);
  for (const error of errors) process.stderr.write(`guia: ${error}\n`);
  if (errors.length > 0) return 2;
  // A previous export in the workspace (a catalogo.json) must not be read back into the new one.
  const outPath = toStdout ? undefined : path.resolve(args.out);
  const index = new WorkspaceIndex();
  for (const file of files) if (path.resolve(file.path) !== outPath) index.set(analyzeFile(file.path, file.role, file.text));
  const report = index.evaluate({ showAboveTarget: false, pagesRoot: requirementPagesRoot(), language });
  const result = exportWorkspace(index.all(), args.format, countErrors(report));
  if ('error' in result) {
    process.stderr.write(`guia: ${result.error}\n`);
    return 2;
  }
  const messages = toStdout ? process.stderr : process.stdout;
  if (toStdout) process.stdout.write(result.text);
  else {
    try {
      await writeFilesAtomically(path.dirname(args.out), [{ name: path.basename(args.out), text: result.text }], { force: args.force });
    } catch (error) {
      process.stderr.write(
        `guia: ${error instanceof OutputRefused ? error.message : t('No se pudo escribir {0}: {1}', args.out, (error as NodeJS.ErrnoException).code ?? String(error))}\n`,
      );
      return 2;
    }
    messages.write(exportedMessage(args.out, result.datasets, result.resources) + '\n');
  }
  for (const warning of result.warnings) messages.write(`${t('aviso')}: ${warning}\n`);
  return 0;
}
