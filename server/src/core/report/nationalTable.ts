import { t, type Language } from '../l10n';
import { escapeHtml } from '../text/html';
import { boardModel, type BoardInput, type BoardRequirement, type BoardTone } from './boardModel';
import { fullName, institutionInput, type RankedInstitution } from './institutionView';
import type { TableSort } from './tableSort';

/** One column of the summary table: its key, its header and how a row sorts on it. */
export interface TableColumn {
  key: string;
  label: string;
  /** The full text of a short label (a requirement's title for its id). */
  title?: string;
  numeric: boolean;
  value(row: TableRow): number | string;
}

/** One institution's row: its figures resolved against the requirement catalog. */
export interface TableRow {
  institution: RankedInstitution;
  name: string;
  targetTitle: string;
  targetOrder: number;
  reachedTitle: string;
  /** 0 when not even Básico is reached; then 1, 2, 3 along the levels. */
  reachedOrder: number;
  levels: Array<{ id: string; met: number; total: number }>;
  errors: number;
  findings: number;
  requirements: BoardRequirement[];
}

/** Sorting on a requirement puts the best state first, then fewer findings. */
const TONE_ORDER: Record<BoardTone, number> = { met: 0, partial: 1, 'partial-errors': 2, 'no-evidence': 3, unmet: 4 };

/** The institutions × the 20 requirements, each row with the level reached and the figures per level. */
export function tableRows(institutions: readonly RankedInstitution[], language: Language): TableRow[] {
  return institutions.map((institution) => {
    const model = boardModel(institutionInput(institution), language);
    const reached = model.levels.findIndex((level) => level.id === institution.levelReached);
    const counts = Object.values(institution.findings);
    return {
      institution,
      name: fullName(institution),
      targetTitle: model.targetLevelTitle,
      targetOrder: model.levels.findIndex((level) => level.id === institution.targetLevel) + 1,
      reachedTitle: reached >= 0 ? model.levels[reached]!.title : t('ninguno'),
      reachedOrder: reached + 1,
      levels: model.levels.map((level) => ({ id: level.id, met: level.met, total: level.total })),
      errors: counts.reduce((sum, count) => sum + count.errors, 0),
      findings: counts.reduce((sum, count) => sum + count.count, 0),
      requirements: model.levels.flatMap((level) => level.requirements),
    };
  });
}

/** The table's columns, in the order the national board (`guia tablero`) writes them. */
export function tableColumns(language: Language): TableColumn[] {
  // The catalog's levels and requirements, resolved in `language`, whatever the rows hold.
  const catalog = boardModel({ targetLevel: 'basico', targetLevelSource: 'default', coverage: {} as BoardInput['coverage'], findings: {} }, language);
  const requirements = catalog.levels.flatMap((level) => level.requirements);
  return [
    { key: 'rank', label: t('Lugar'), numeric: true, value: (row) => row.institution.rank ?? Number.MAX_SAFE_INTEGER },
    { key: 'name', label: t('Institución'), numeric: false, value: (row) => row.name },
    { key: 'target', label: t('Nivel objetivo'), numeric: true, value: (row) => row.targetOrder },
    { key: 'reached', label: t('Nivel alcanzado'), numeric: true, value: (row) => row.reachedOrder },
    ...catalog.levels.map((level, i): TableColumn => ({
      key: level.id,
      label: level.title,
      numeric: true,
      value: (row) => {
        const own = row.levels[i]!;
        return own.total === 0 ? 0 : own.met / own.total;
      },
    })),
    { key: 'errors', label: t('Errores'), numeric: true, value: (row) => row.errors },
    { key: 'findings', label: t('Hallazgos'), numeric: true, value: (row) => row.findings },
    ...requirements.map((requirement, i): TableColumn => ({
      key: requirement.id,
      label: requirement.id,
      title: requirement.title,
      numeric: true,
      value: (row) => {
        const own = row.requirements[i]!;
        return TONE_ORDER[own.tone] * 1e9 + own.findings;
      },
    })),
  ];
}

/** The rows in the order asked; ties keep the ranking's order (then the name), whichever way. */
export function sortRows(rows: readonly TableRow[], columns: readonly TableColumn[], sort: TableSort): TableRow[] {
  const column = columns.find((candidate) => candidate.key === sort.column) ?? columns[0]!;
  const rank = (row: TableRow): number => row.institution.rank ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'es');
    return (sort.descending ? -order : order) || rank(a) - rank(b) || a.name.localeCompare(b.name, 'es');
  });
}

/** What a screen reader hears after the table is sorted. */
export function sortAnnouncement(columns: readonly TableColumn[], sort: TableSort): string {
  const column = columns.find((candidate) => candidate.key === sort.column) ?? columns[0]!;
  return sort.descending
    ? t('Tabla de instituciones ordenada por {0}, descendente', column.title ?? column.label)
    : t('Tabla de instituciones ordenada por {0}, ascendente', column.title ?? column.label);
}

/**
 * The summary table of every institution of the workspace: one row each with its place, target
 * level, level reached, figures per level, errors, findings and the state of each of the 20
 * requirements. Each column header is a button (Tab, Enter or Space) that sorts by it, and
 * `aria-sort` says which one does; each name is a button that shows that institution's board.
 */
export function nationalTableHtml(institutions: readonly RankedInstitution[], shownRoot: string | undefined, sort: TableSort, language: Language): string {
  const a = escapeHtml;
  const rows = tableRows(institutions, language);
  const columns = tableColumns(language);
  const sorted = sortRows(rows, columns, sort);
  const header = columns
    .map((column) => {
      const sortedHere = column.key === sort.column;
      const ariaSort = sortedHere ? ` aria-sort="${sort.descending ? 'descending' : 'ascending'}"` : '';
      const arrow = sortedHere ? (sort.descending ? '▼' : '▲') : '';
      const label = column.title ? `<abbr title="${a(column.title)}">${a(column.label)}</abbr>` : a(column.label);
      const hint = t('Ordenar por {0}', column.title ? `${column.label} (${column.title})` : column.label);
      return `<th scope="col"${ariaSort}${column.numeric ? ' class="n"' : ''}><button type="button" class="sort" data-action="sort" data-column="${a(column.key)}" data-focus-key="sort:${a(column.key)}" title="${a(hint)}">${label}<span class="arrow" aria-hidden="true">${arrow}</span></button></th>`;
    })
    .join('');
  const body = sorted.map((row) => {
    const shown = row.institution.root === shownRoot;
    const cells = [
      `<td class="n">${row.institution.rank ?? '—'}</td>`,
      `<th scope="row"${shown ? ' class="shown"' : ''}><button type="button" class="link" data-action="pick" data-root="${a(row.institution.root)}" data-focus-key="pick:${a(row.institution.root)}" aria-label="${a(t('Ver el tablero de {0}', row.name))}"${shown ? ' aria-current="true"' : ''}>${a(row.name)}</button></th>`,
      `<td>${a(row.targetTitle)}</td>`,
      `<td>${a(row.reachedTitle)}</td>`,
      ...row.levels.map((level) => `<td class="n">${level.met}/${level.total}</td>`),
      `<td class="n">${row.errors}</td>`,
      `<td class="n">${row.findings}</td>`,
      ...row.requirements.map(
        (requirement) =>
          `<td class="state ${requirement.tone}" title="${a(`${requirement.id}: ${requirement.stateLabel}`)}"><span class="mark" aria-hidden="true">${a(requirement.mark)}</span><span class="sr-only">${a(requirement.stateLabel)}</span> ${requirement.findings}</td>`,
      ),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    `<section class="national" aria-labelledby="national-title">`,
    `<h2 id="national-title" tabindex="-1">${a(t('Todas las instituciones'))}</h2>`,
    `<p class="note">${a(t('Cada celda de un requisito: su estado y su número de hallazgos. El lugar sigue el orden del reconocimiento anual: nivel alcanzado, requisitos cumplidos, menos errores y menos hallazgos.'))}</p>`,
    // The caption shows above the scrolling region (inside it, it scrolls away sideways); the table keeps it for screen readers.
    `<p class="caption" aria-hidden="true">${a(t('{0} instituciones por los 20 requisitos', rows.length))}</p>`,
    `<div class="scroll" role="region" tabindex="0" aria-labelledby="national-title">`,
    `<table class="national-table"><caption class="sr-only">${a(t('{0} instituciones por los 20 requisitos', rows.length))}</caption>`,
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>${body.join('')}</tbody></table>`,
    '</div></section>',
  ].join('\n');
}
