import { LEVELS, REQUIREMENTS, levelTitle } from '../catalog/requirements';
import { counted, t, type Language } from '../l10n';
import { writeCsv } from '../adela/csvWriter';
import { stateLabel, stateMark } from './boardModel';
import type { NationalBoard, NationalRow } from './nationalBoard';
import { RATING_LABELS } from '../quality/qualityLens';

/** The ranking rule in words, for every format of the board. */
export function rankingRule(): string {
  return t(
    'Orden del reconocimiento anual: primero el nivel alcanzado (un nivel cuenta cuando él y los anteriores se cumplen por completo), luego los requisitos cumplidos de los 20, luego menos errores y luego menos hallazgos; las instituciones iguales en todo comparten lugar. La calidad de los metadatos (MQA) se muestra, pero no cuenta en el orden.',
  );
}

/** The level an institution reached, in words. */
export function reachedLabel(row: NationalRow, language: Language): string {
  return row.levelReached ? levelTitle(row.levelReached, language) : t('ninguno');
}

/** The mean metadata quality as `total/max (rating)`, or a dash without datasets. */
export function qualityLabel(row: NationalRow): string {
  return row.quality ? `${row.quality.total}/${row.quality.max} (${RATING_LABELS[row.quality.rating]()})` : '—';
}

/** «1 institución», «12 instituciones». */
export function institutionCount(count: number): string {
  return counted(count, t('1 institución'), t('{0} instituciones', count));
}

/** The institution's name with its acronym, as rows show it. */
export function displayName(row: NationalRow): string {
  return row.acronym && row.acronym !== row.name ? `${row.name} (${row.acronym})` : row.name;
}

/** The board as Markdown: the ranking, then institutions by the 20 requirements. */
export function nationalBoardMarkdown(board: NationalBoard, language: Language): string {
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    `# ${t('Tablero nacional de la Guía de Datos Abiertos')}`,
    '',
    `- ${t('Fecha de corte: {0}', board.date)}`,
    `- ${institutionCount(board.rows.length)}`,
    `- ${rankingRule()}`,
    '',
    `## ${t('Instituciones por avance')}`,
    '',
    `| ${t('Lugar')} | ${t('Institución')} | ${t('Nivel objetivo')} | ${t('Nivel alcanzado')} | ${LEVELS.map((level) => level.title[language]).join(' | ')} | ${t('Errores')} | ${t('Hallazgos')} | ${t('Calidad (MQA)')} | ${t('Evaluado el')} |`,
    `|---:|---|---|---|${LEVELS.map(() => '---:').join('|')}|---:|---:|---:|---|`,
    ...board.rows.map(
      (row) =>
        `| ${row.rank} | ${cell(displayName(row))} | ${levelTitle(row.targetLevel, language)} | ${reachedLabel(row, language)} | ${LEVELS.map((level) => `${row.levels[level.id].met}/${row.levels[level.id].total}`).join(' | ')} | ${row.errors} | ${row.findingsTotal} | ${qualityLabel(row)} | ${row.evaluationDate} |`,
    ),
    '',
    `## ${t('Requisitos por institución')}`,
    '',
    t('Cada celda: estado y número de hallazgos.'),
    '',
    `| ${t('Institución')} | ${REQUIREMENTS.map((requirement) => requirement.id).join(' | ')} |`,
    `|---|${REQUIREMENTS.map(() => '---').join('|')}|`,
    ...board.rows.map(
      (row) =>
        `| ${cell(displayName(row))} | ${REQUIREMENTS.map((requirement) => {
          const found = row.cells[requirement.id];
          return `${stateMark(found.state)} ${found.findings}`;
        }).join(' | ')} |`,
    ),
    '',
    `**${t('Estados')}:** ${(['met', 'partial', 'unmet', 'no-evidence'] as const).map((state) => `${stateMark(state)} ${stateLabel(state)}`).join(' · ')}.`,
    '',
  ];
  return lines.join('\n');
}

/** The board as CSV: one row per institution, the state and findings of each requirement in columns. */
export function nationalBoardCsv(board: NationalBoard, language: Language): string {
  const header = [
    t('Lugar'),
    t('Institución'),
    t('Siglas'),
    t('Carpeta'),
    t('Origen'),
    t('Evaluado el'),
    t('Nivel objetivo'),
    t('Nivel alcanzado'),
    ...LEVELS.map((level) => level.title[language]),
    t('Requisitos cumplidos'),
    t('Errores'),
    t('Hallazgos'),
    t('Calidad (MQA)'),
    ...REQUIREMENTS.flatMap((requirement) => [requirement.id, t('{0} hallazgos', requirement.id)]),
  ];
  const rows = board.rows.map((row) => [
    String(row.rank),
    row.name,
    row.acronym ?? '',
    row.root,
    row.source,
    row.evaluationDate,
    row.targetLevel,
    row.levelReached ?? '',
    ...LEVELS.map((level) => String(row.levels[level.id].met)),
    String(row.met),
    String(row.errors),
    String(row.findingsTotal),
    row.quality ? String(row.quality.total) : '',
    ...REQUIREMENTS.flatMap((requirement) => [row.cells[requirement.id].state, String(row.cells[requirement.id].findings)]),
  ]);
  // writeCsv keeps a cell a spreadsheet would run as a formula (an institution named «=…») as text.
  return writeCsv([header, ...rows]);
}

/** The board as JSON: the date, the ranking rule and the ranked rows, keys stable across languages. */
export function nationalBoardJson(board: NationalBoard): string {
  return (
    JSON.stringify(
      {
        date: board.date,
        ranking: rankingRule(),
        institutions: board.rows.map((row) => ({
          rank: row.rank,
          name: row.name,
          ...(row.acronym ? { acronym: row.acronym } : {}),
          root: row.root,
          source: row.source,
          evaluationDate: row.evaluationDate,
          targetLevel: row.targetLevel,
          levelReached: row.levelReached ?? null,
          levels: row.levels,
          met: row.met,
          errors: row.errors,
          findings: row.findingsTotal,
          ...(row.quality ? { quality: row.quality } : {}),
          requirements: row.cells,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
