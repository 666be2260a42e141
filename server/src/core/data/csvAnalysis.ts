import type { RequirementId } from '../catalog/requirements';
import type { EvidenceTally, FileAnalysis } from '../model/analysis';
import type { Finding } from '../findings';
import { t } from '../l10n';
import type { CsvExample, CsvProblem, CsvProblemKind, CsvReport } from './csvReport';
import { MAX_CELL_CHARS, MAX_COLUMNS } from './csvTokenizer';
import { ExcerptLineIndex } from './excerptLineIndex';
import type { LikelyEncoding } from '../text/decodeText';

/** A local data file checked for a resource: its findings sit on the file's own lines. */
export interface DataFileAnalysis extends FileAnalysis {
  kind: 'csv';
  csv: CsvReport;
}

export function isDataFileAnalysis(file: FileAnalysis): file is DataFileAnalysis {
  return file.kind === 'csv' && 'csv' in file;
}

/** Turns what checking a data file found into findings on that file, with the evidence they count for. */
export function analyzeCsv(id: string, report: CsvReport): DataFileAnalysis {
  const lines = new ExcerptLineIndex(report.lines, report.lineCount);
  const offset = (line: number, character: number): number => lines.offsetAt({ line, character: Math.min(character, lines.lineText(line).length) });
  const findings: Finding[] = [];

  if (!report.encoding.utf8) {
    const line = report.encoding.line ?? 0;
    const column = report.encoding.column ?? 0;
    findings.push({
      requirement: 'intermedio-2a',
      weight: 'mandatory',
      start: offset(line, column),
      end: offset(line, column + 1),
      message: t(
        'El archivo no está en UTF-8: el primer carácter que no lo es está en la línea {0} y el archivo parece estar en {1}. Guárdalo con la codificación UTF-8 (en LibreOffice: Guardar como → Texto CSV → Juego de caracteres «Unicode (UTF-8)»).',
        line + 1,
        encodingName(report.encoding.likely),
      ),
      data: { rule: 'codificacion-no-utf8', likely: report.encoding.likely, line: line + 1 },
    });
  }
  for (const problem of report.problems) {
    problem.examples.forEach((example, index) => {
      const last = index === problem.examples.length - 1 && problem.count > problem.examples.length;
      let start = offset(example.line, example.start);
      let end = offset(example.line, example.end);
      if (end === start && lines.lineText(example.line).length > example.start)
        end = start + 1; // a blank header cell: mark its delimiter
      else if (end === start && start > 0 && example.start > 0) start -= 1;
      const more = last ? t(' En total hay {0} casos de este problema en el archivo; se muestran los primeros {1}.', problem.count, problem.examples.length) : '';
      findings.push({
        requirement: 'intermedio-3b',
        weight: 'mandatory',
        start,
        end,
        message: problemMessage(problem, example) + more,
        data: { rule: problem.kind, ...exampleData(example), count: problem.count },
      });
    });
  }

  if (report.limited) {
    const parts: string[] = [];
    if (report.limited.columns !== undefined) parts.push(t('solo se analizaron las primeras {0} de sus {1} columnas', MAX_COLUMNS, report.limited.columns));
    if (report.limited.cells) parts.push(t('de las celdas de más de {0} caracteres solo se analizó el principio', MAX_CELL_CHARS));
    findings.push({
      requirement: 'intermedio-3b',
      weight: 'recommendation',
      start: 0,
      end: Math.min(1, lines.text.length),
      message: t(
        'Revisión parcial de este archivo de datos, para no agotar la memoria: {0}. Una tabla de datos abiertos rara vez necesita tantas columnas o celdas tan largas: revisa que el delimitador y las comillas sean los correctos.',
        parts.join('; '),
      ),
      data: { rule: 'revision-parcial-de-datos', ...report.limited },
    });
  }
  const structural = report.problems.length > 0;
  const evidence: EvidenceTally = {
    'intermedio-2a': { items: 1, failed: report.encoding.utf8 ? 0 : 1 },
    'intermedio-3b': { items: 1, failed: structural ? 1 : 0 },
  };
  return { id, kind: 'csv', parsed: { text: lines.text, lines, root: undefined, problems: [] }, findings, evidence, datasets: [], csv: report };
}

/** How many problems a data file has per requirement, for the summary on the resource's downloadURL. */
export function problemCounts(report: CsvReport): Partial<Record<RequirementId, number>> {
  const counts: Partial<Record<RequirementId, number>> = {};
  if (!report.encoding.utf8) counts['intermedio-2a'] = 1;
  const structural = report.problems.reduce((sum, problem) => sum + problem.count, 0);
  if (structural > 0) counts['intermedio-3b'] = structural;
  return counts;
}

/** A short name of a kind of problem, for lists such as the summary on a resource. */
export function problemLabel(kind: CsvProblemKind): string {
  switch (kind) {
    case 'archivo-de-datos-vacio':
      return t('archivo vacío');
    case 'encabezado-titulo':
      return t('fila de título');
    case 'encabezado-vacio':
      return t('encabezados vacíos');
    case 'encabezado-repetido':
      return t('encabezados repetidos');
    case 'encabezado-multiple':
      return t('más de una fila de encabezados');
    case 'fila-irregular':
      return t('filas con otro número de celdas');
    case 'fila-vacia':
      return t('filas vacías');
    case 'simbolo-en-numero':
      return t('símbolos en números');
    case 'fecha-no-iso':
      return t('fechas que no son ISO 8601');
    case 'comilla-sin-cerrar':
      return t('comillas sin cerrar');
  }
}

export function encodingName(likely: LikelyEncoding | undefined): string {
  switch (likely) {
    case 'windows-1252':
      return 'Windows-1252 (Latin-1)';
    case 'iso-8859-1':
      return 'ISO-8859-1 (Latin-1)';
    case 'utf-16le':
    case 'utf-16be':
      return 'UTF-16';
    default:
      return t('otra codificación');
  }
}

function exampleData(example: CsvExample): Record<string, unknown> {
  const { line, start: _start, end: _end, ...rest } = example;
  return { line: line + 1, ...rest };
}

function problemMessage(problem: CsvProblem, example: CsvExample): string {
  const line = example.line + 1;
  switch (problem.kind) {
    case 'archivo-de-datos-vacio':
      return t('El archivo de datos está vacío: escribe una fila de encabezados con el nombre de cada columna y, debajo, los datos.');
    case 'encabezado-titulo':
      return t(
        'La primera fila parece un título («{0}») y no los nombres de las columnas: deja una sola fila de encabezados, con un nombre por columna, y pon el título en los metadatos («title»).',
        example.value ?? '',
      );
    case 'encabezado-vacio':
      return t('La columna {0} no tiene nombre en la fila de encabezados: escribe un nombre claro (p. ej. «cve_mun») o quita la columna si está vacía.', example.position ?? 0);
    case 'encabezado-repetido':
      return t(
        'El encabezado «{0}» de la columna {1} repite el de la columna {2}: cada columna necesita un nombre único.',
        example.value ?? '',
        example.position ?? 0,
        example.firstPosition ?? 0,
      );
    case 'encabezado-multiple':
      return t(
        'La línea {0} parece una segunda fila de encabezados (unidades o subtítulos) y no datos: deja una sola fila de encabezados y pon la unidad en el nombre de la columna (p. ej. «superficie_km2»).',
        line,
      );
    case 'fila-irregular':
      return t(
        'La fila de la línea {0} tiene {1} celdas y el encabezado tiene {2}: todas las filas deben tener el mismo número de columnas (revisa comas sin comillas, celdas combinadas o filas de totales).',
        line,
        example.cells ?? 0,
        example.expected ?? 0,
      );
    case 'fila-vacia':
      return t('La línea {0} es una fila vacía dentro de la tabla: quítala; una tabla de datos no lleva filas en blanco.', line);
    case 'simbolo-en-numero':
      return t(
        '«{0}» en la columna numérica «{1}» lleva el símbolo «{2}»: escribe solo el número ({3}) y pon la unidad en el nombre de la columna (p. ej. «monto_pesos» o «porcentaje_pobreza»).',
        example.value ?? '',
        example.column ?? '',
        example.symbol ?? '',
        example.suggestion ?? '',
      );
    case 'fecha-no-iso':
      return example.suggestion
        ? t('La fecha «{0}» de la columna «{1}» no está en ISO 8601: escríbela como {2}.', example.value ?? '', example.column ?? '', example.suggestion)
        : t(
            'La fecha «{0}» de la columna «{1}» no está en ISO 8601 y no se sabe si empieza por el día o por el mes: escríbela como AAAA-MM-DD.',
            example.value ?? '',
            example.column ?? '',
          );
    case 'comilla-sin-cerrar':
      return t('Una comilla que abre en la línea {0} no se cierra: el resto del archivo se lee como una sola celda. Cierra la comilla o quítala.', line);
  }
}
