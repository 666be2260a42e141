import { LEVELS, REQUIREMENTS, levelRank, levelTitle } from '../catalog/requirements';
import type { RequirementState } from '../check/coverage';
import { t, type Language } from '../l10n';
import { stateLabel, stateMark, stateMeaning } from './boardModel';
import { escapeHtml } from '../text/html';
import type { NationalBoard } from './nationalBoard';
import { displayName, institutionCount, qualityLabel, rankingRule, reachedLabel } from './nationalBoardText';

const STATES: readonly RequirementState[] = ['met', 'partial', 'unmet', 'no-evidence'];
/** Sorting a requirement column puts the best state first, then fewer findings. */
const STATE_ORDER: Record<RequirementState, number> = { met: 0, partial: 1, 'no-evidence': 2, unmet: 3 };

interface Column {
  label: string;
  /** Full text for a short label (a requirement id's title). */
  title?: string;
  numeric: boolean;
}

/**
 * The national board as one standalone HTML page: no external file, printable (landscape, header
 * repeated on each page) and accessible: a real table with caption and header cells, every column
 * sortable with a button in its header (Enter or Space), `aria-sort` on the sorted column and the
 * new order announced. States carry a word besides their symbol and colour.
 */
export function nationalBoardHtml(board: NationalBoard, language: Language): string {
  const title = t('Tablero nacional de la Guía de Datos Abiertos');
  const columns: Column[] = [
    { label: t('Lugar'), numeric: true },
    { label: t('Institución'), numeric: false },
    { label: t('Nivel objetivo'), numeric: true },
    { label: t('Nivel alcanzado'), numeric: true },
    ...LEVELS.map((level) => ({ label: level.title[language], numeric: true })),
    { label: t('Errores'), numeric: true },
    { label: t('Hallazgos'), numeric: true },
    { label: t('Calidad (MQA)'), numeric: true },
    { label: t('Evaluado el'), numeric: false },
    ...REQUIREMENTS.map((requirement) => ({ label: requirement.id, title: requirement.title[language], numeric: true })),
  ];
  const header = columns
    .map(
      (column, i) =>
        `<th scope="col"${i === 0 ? ' aria-sort="ascending"' : ''}${column.numeric ? ' class="n"' : ''}><button type="button" data-column="${i}" data-numeric="${column.numeric}">${column.title ? `<abbr title="${escapeHtml(column.title)}">${escapeHtml(column.label)}</abbr>` : escapeHtml(column.label)}<span class="arrow" aria-hidden="true"></span></button></th>`,
    )
    .join('');
  const body = board.rows.map((row) => {
    const cells = [
      `<td class="n" data-sort="${row.rank}">${row.rank}</td>`,
      `<th scope="row" data-sort="${escapeHtml(displayName(row))}">${escapeHtml(displayName(row))}<span class="root">${escapeHtml(row.source === row.root ? row.root : `${row.source} · ${row.root}`)}</span></th>`,
      `<td data-sort="${levelRank(row.targetLevel)}">${escapeHtml(levelTitle(row.targetLevel, language))}</td>`,
      `<td data-sort="${row.levelReached ? levelRank(row.levelReached) : 0}">${escapeHtml(reachedLabel(row, language))}</td>`,
      ...LEVELS.map((level) => {
        const own = row.levels[level.id];
        return `<td class="n" data-sort="${own.total === 0 ? 0 : own.met / own.total}">${own.met}/${own.total}</td>`;
      }),
      `<td class="n" data-sort="${row.errors}">${row.errors}</td>`,
      `<td class="n" data-sort="${row.findingsTotal}">${row.findingsTotal}</td>`,
      `<td class="n" data-sort="${row.quality?.total ?? -1}">${escapeHtml(qualityLabel(row))}</td>`,
      `<td data-sort="${escapeHtml(row.evaluationDate)}">${escapeHtml(row.evaluationDate)}</td>`,
      ...REQUIREMENTS.map((requirement) => {
        const cell = row.cells[requirement.id];
        return `<td class="state ${cell.state}" data-sort="${STATE_ORDER[cell.state] * 1e9 + cell.findings}"><span aria-hidden="true">${escapeHtml(stateMark(cell.state))}</span><span class="sr">${escapeHtml(stateLabel(cell.state))}</span> ${cell.findings}</td>`;
      }),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const reached = [undefined, ...LEVELS.map((level) => level.id)].map((level) => ({
    label: level ? levelTitle(level, language) : t('ninguno'),
    count: board.rows.filter((row) => row.levelReached === level).length,
  }));
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — ${escapeHtml(board.date)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul class="facts"><li>${escapeHtml(t('Fecha de corte: {0}', board.date))}</li><li>${escapeHtml(institutionCount(board.rows.length))}</li><li>${escapeHtml(rankingRule())}</li></ul>`,
    `<table class="summary"><caption>${escapeHtml(t('Instituciones por nivel alcanzado'))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(t('Nivel alcanzado'))}</th><th scope="col" class="n">${escapeHtml(t('Instituciones'))}</th></tr></thead><tbody>`,
    ...reached.map((entry) => `<tr><th scope="row">${escapeHtml(entry.label)}</th><td class="n">${entry.count}</td></tr>`),
    '</tbody></table>',
    '<div class="scroll" role="region" aria-labelledby="board-caption" tabindex="0">',
    `<table id="board" class="board"><caption id="board-caption">${escapeHtml(t('Instituciones por avance, en el orden del reconocimiento anual; cada requisito con su estado y su número de hallazgos'))}</caption>`,
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table>',
    '</div>',
    `<p class="legend"><strong>${escapeHtml(t('Estados'))}:</strong> ${STATES.map((state) => `${escapeHtml(stateMark(state))} ${escapeHtml(stateLabel(state))}: ${escapeHtml(stateMeaning(state))}`).join(' · ')}.</p>`,
    `<p class="sr" role="status" aria-live="polite" id="sort-status"></p>`,
    '</main>',
    `<script>${sortScript(t('Ordenado por {0}, ascendente.'), t('Ordenado por {0}, descendente.'))}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Sorts the board's rows by a column on its header button; the messages are JSON-encoded into the page. */
function sortScript(ascending: string, descending: string): string {
  const messages = JSON.stringify({ ascending, descending }).replace(/</g, '\\u003c');
  return `
(function () {
  var messages = ${messages};
  var table = document.getElementById('board');
  var status = document.getElementById('sort-status');
  var headers = table.tHead.rows[0].cells;
  function value(row, column, numeric) {
    var text = row.cells[column].getAttribute('data-sort') || '';
    return numeric ? Number(text) : text;
  }
  function sortBy(column, numeric) {
    var th = headers[column];
    var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (var i = 0; i < headers.length; i++) headers[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, column, numeric), y = value(b, column, numeric);
      var order = numeric ? x - y : String(x).localeCompare(String(y));
      if (order === 0) order = value(a, 0, true) - value(b, 0, true);
      return direction === 'ascending' ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    status.textContent = messages[direction].replace('{0}', th.textContent);
  }
  table.tHead.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (button) sortBy(Number(button.getAttribute('data-column')), button.getAttribute('data-numeric') === 'true');
  });
})();
`;
}

const CSS = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.facts { padding-left: 1.2rem; max-width: 60rem; }
table { border-collapse: collapse; margin: 1.2rem 0; }
caption { text-align: left; font-weight: 600; font-size: 1.1rem; padding-bottom: .4rem; }
th, td { border: 1px solid #9a9a9a; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; white-space: nowrap; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 2px solid #1f5fbf; }
thead button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
thead button:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
th[aria-sort="ascending"] .arrow::after { content: " ▲"; }
th[aria-sort="descending"] .arrow::after { content: " ▼"; }
.root { display: block; font-weight: normal; font-size: .8rem; color: #505050; }
.state { white-space: nowrap; position: relative; }
.board tbody th { min-width: 14rem; }
.summary caption { white-space: nowrap; }
.state.met { color: #14632d; } .state.partial { color: #7a4a00; } .state.unmet { color: #a3161b; } .state.no-evidence { color: #505050; }
abbr { text-decoration: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.legend { font-size: .9rem; }
@media print {
  @page { size: landscape; margin: 1cm; }
  body { font-size: 9px; }
  main { padding: 0; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  .arrow { display: none; }
}
`;
