import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { importFiles, type ImportInput, type KnownDataset } from '../../core/exchange/importFiles';
import { formatImportSummary } from '../../core/exchange/importSummary';
import { analyzeFile } from '../../core/check/analyzeFile';
import { FileClassifier } from '../../core/files/fileKinds';
import { t, type Language } from '../../core/l10n';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { collectFiles } from '../collectFiles';
import { pathExists } from '../pathExists';
import { OutputRefused, writeFilesAtomically } from '../../outputFiles';
import { commandArguments, languageOption, OUTPUT_OPTIONS, parseCommandLine, UsageError } from '../commandLine';

/** The usage text of `guia import`, in the current language. */
export const importUsage = (): string =>
  t(`Uso: guia import <archivos...> --out <carpeta> [--force] [--lang es|en]

Importa las plantillas CSV de ADELA (catálogo, plan de apertura, inventario), las exportaciones
catalogo.json y respuestas guardadas de la API de CKAN (package_show, package_search,
current_package_list_with_resources, o un conjunto por línea en JSON Lines) a archivos YAML: un
<identificador>.dcat.yaml por conjunto y plan-de-apertura.yaml.
No reemplaza archivos que ya existen salvo con --force. Código de salida: 0 todo importado,
1 con filas no tomadas, 2 por uso o E/S.`);

interface ImportArguments {
  files: string[];
  out: string;
  force: boolean;
  language: Language;
}

function parseImportArguments(argv: readonly string[]): ImportArguments {
  const { values, positionals } = parseCommandLine(argv, OUTPUT_OPTIONS);
  const language = languageOption(values.lang);
  if (positionals.length === 0) throw new UsageError(t('Indica al menos un archivo que importar.'));
  if (values.out === undefined) throw new UsageError(t('Indica con --out la carpeta donde escribir los archivos YAML.'));
  return { files: positionals, out: values.out, force: values.force === true, language };
}

/** `guia import …`. Exit codes: 0 every row taken, 1 some rows not taken, 2 usage or I/O failure. */
export async function runImport(argv: readonly string[]): Promise<number> {
  const args = commandArguments(argv, parseImportArguments, importUsage);
  if (args === undefined) return 2;
  const inputs: ImportInput[] = [];
  for (const file of args.files) {
    try {
      inputs.push({ name: file, bytes: await fs.readFile(file) });
    } catch (error) {
      process.stderr.write(`guia: ${t('No se puede leer {0}: {1}', file, (error as NodeJS.ErrnoException).code ?? String(error))}\n`);
      return 2;
    }
  }
  const result = importFiles(inputs, await knownDatasets(args.out));
  if (result.failures.length > 0) {
    for (const failure of result.failures) process.stderr.write(`guia: ${failure.name}: ${failure.message}\n`);
    process.stderr.write(`guia: ${t('No se escribió ningún archivo.')}\n`);
    return 2;
  }
  try {
    await writeFilesAtomically(args.out, result.files, { force: args.force });
  } catch (error) {
    if (error instanceof OutputRefused) process.stderr.write(`guia: ${error.message}\n`);
    else
      process.stderr.write(
        `guia: ${t('No se pudo escribir en {0}: {1}', args.out, (error as NodeJS.ErrnoException).code ?? String(error))} ${t('No se escribió ningún archivo.')}\n`,
      );
    return 2;
  }
  process.stdout.write(
    formatImportSummary(
      result,
      result.files.map((file) => path.join(args.out, file.name)),
    ),
  );
  return result.skipped.length > 0 ? 1 : 0;
}

/** Datasets already in the destination folder, so that plan rows can name them by title. */
async function knownDatasets(folder: string): Promise<KnownDataset[]> {
  if (!(await pathExists(folder))) return [];
  const classifier = new FileClassifier({ metadata: DEFAULT_SETTINGS.metadataFiles, plan: DEFAULT_SETTINGS.planFiles });
  const { files } = await collectFiles([folder], classifier);
  const known: KnownDataset[] = [];
  for (const file of files) {
    if (file.role !== 'metadata') continue;
    for (const dataset of analyzeFile(file.path, file.role, file.text).datasets) {
      if (dataset.identifier) known.push({ identifier: dataset.identifier, ...(dataset.title ? { title: dataset.title } : {}) });
    }
  }
  return known;
}
