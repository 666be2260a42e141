import { counted, t } from '../l10n';
import { escapeHtml } from '../text/html';
import { dayNumber, formatDay } from '../text/dates';
import type { TimelineEntry, TimelineReport } from './timeline';

/** Days of margin on each side of the drawn period, so markers never sit on the edge. */
const MARGIN_DAYS = 20;

/** Maps dates to horizontal positions (percent) over the period the plan spans, today included. */
export interface TimelineScale {
  start: number;
  end: number;
  /** Percent (0-100, one decimal) of a date's position; undefined for an invalid date. */
  position(date: string | undefined): number | undefined;
  /** First day of each year inside the period, for the axis. */
  years(): Array<{ label: string; position: number }>;
}

export function timelineScale(report: TimelineReport): TimelineScale {
  const today = dayNumber(report.today) ?? 0;
  const days = [today];
  for (const entry of report.entries) {
    for (const date of [entry.publicationDate, entry.nextUpdate, entry.lastModified]) {
      const day = date === undefined ? undefined : dayNumber(date);
      if (day !== undefined) days.push(day);
    }
  }
  const start = Math.min(...days) - MARGIN_DAYS;
  const end = Math.max(...days) + MARGIN_DAYS;
  const at = (day: number): number => Math.round(((day - start) / (end - start)) * 1000) / 10;
  return {
    start,
    end,
    position: (date) => {
      const day = date === undefined ? undefined : dayNumber(date);
      return day === undefined ? undefined : at(day);
    },
    years: () => {
      const years = [];
      for (let year = Number(formatDay(start).slice(0, 4)) + 1; year <= Number(formatDay(end).slice(0, 4)); year++) {
        years.push({ label: String(year), position: at(dayNumber(`${year}-01-01`)!) });
      }
      return years;
    },
  };
}

/** The status in words, saying whether it is about the publication or the update. */
export function timelineStatusLabel(entry: TimelineEntry): string {
  switch (entry.status) {
    case 'planned':
      return t('planeado');
    case 'published':
      return t('publicado');
    case 'with-errors':
      return entry.errors === 1 ? t('metadatos con 1 error') : t('metadatos con {0} errores', entry.errors ?? 0);
    case 'due-soon':
      return entry.due === 'publication' ? t('publicación próxima') : t('actualización próxima');
    case 'overdue':
      return entry.due === 'publication' ? t('publicación vencida') : t('actualización vencida');
  }
}

const MARKS: Record<TimelineEntry['status'], string> = { planned: '○', published: '✔', 'with-errors': '⚠', 'due-soon': '◷', overdue: '✘' };

/**
 * The timeline page: a table (the accessible source of truth: dates and status in words) whose
 * last column draws each dataset on a shared time axis (decorative, hidden from screen readers).
 */
export function timelinePageHtml(report: TimelineReport, focus?: string): string {
  const a = escapeHtml;
  const header = [
    `<header><h1>${a(report.institution ? t('Línea de tiempo del plan de apertura de {0}', report.institution.name) : t('Línea de tiempo del plan de apertura'))}</h1>`,
    `<p>${a(t('Fecha de evaluación: {0}. Cada conjunto del plan con su fecha de publicación y su próxima actualización.', report.today))}</p></header>`,
  ];
  if (report.plans === 0) {
    return [
      ...header,
      `<p>${a(t('No hay un plan de apertura en este espacio de trabajo.'))}</p>`,
      `<p><button type="button" data-action="command" data-command="guia.newPlan" data-focus-key="new-plan">${a(t('Crear un plan de apertura'))}</button></p>`,
    ].join('\n');
  }
  if (report.entries.length === 0) {
    return [...header, `<p>${a(t('El plan de apertura aún no lista conjuntos en «plan».'))}</p>`].join('\n');
  }
  const scale = timelineScale(report);
  const today = scale.position(report.today)!;
  const axis = [
    `<svg class="axis" width="100%" height="22" aria-hidden="true" focusable="false">`,
    ...scale
      .years()
      .map(
        (year) =>
          `<line class="tick" x1="${year.position}%" x2="${year.position}%" y1="12" y2="22"></line><text x="${year.position}%" y="10" text-anchor="${yearAnchor(year.position)}">${a(year.label)}</text>`,
      ),
    `<line class="today" x1="${today}%" x2="${today}%" y1="12" y2="22"></line>`,
    '</svg>',
  ].join('');
  const rows = report.entries.map((entry) => {
    const publication = scale.position(entry.publicationDate);
    const update = scale.position(entry.nextUpdate);
    const track = [
      `<svg class="track" width="100%" height="22" aria-hidden="true" focusable="false">`,
      '<line class="base" x1="0%" x2="100%" y1="11" y2="11"></line>',
      `<line class="today" x1="${today}%" x2="${today}%" y1="0" y2="22"></line>`,
      publication !== undefined && update !== undefined ? `<line class="span ${entry.status}" x1="${publication}%" x2="${update}%" y1="11" y2="11"></line>` : '',
      publication !== undefined ? `<circle class="publication ${entry.published ? 'done' : entry.status}" cx="${publication}%" cy="11" r="6"></circle>` : '',
      update !== undefined ? `<rect class="update ${entry.status}" x="${update}%" y="5" width="12" height="12" transform="translate(-6 0)"></rect>` : '',
      '</svg>',
    ].join('');
    const open = `<button type="button" class="link" data-action="open" data-uri="${a(entry.plan.uri)}" data-line="${entry.plan.range.start.line}" data-character="${entry.plan.range.start.character}" data-focus-key="plan:${a(entry.identifier)}"${entry.identifier === focus ? ' data-autofocus' : ''} title="${a(t('Abrir en el plan de apertura'))}">${a(entry.identifier)}</button>`;
    const metadata = entry.dataset
      ? ` <button type="button" class="link secondary" data-action="open" data-uri="${a(entry.dataset.uri)}" data-line="${entry.dataset.range.start.line}" data-character="${entry.dataset.range.start.character}" data-focus-key="dataset:${a(entry.identifier)}" aria-label="${a(t('Abrir los metadatos de {0}', entry.identifier))}">${a(t('metadatos'))}</button>`
      : ` <button type="button" class="link secondary" data-action="newFromPlan" data-identifier="${a(entry.identifier)}" data-focus-key="new:${a(entry.identifier)}" aria-label="${a(t('Crear los metadatos de {0}', entry.identifier))}">${a(t('crear metadatos'))}</button>`;
    const next = entry.nextUpdate ?? (entry.published ? t('sin fecha') : '—');
    return [
      `<tr class="${entry.identifier === focus ? 'focused' : ''}" data-identifier="${a(entry.identifier)}">`,
      `<th scope="row">${open}${metadata}${entry.description ? `<div class="description">${a(entry.description)}</div>` : ''}</th>`,
      `<td class="date">${a(entry.publicationDate ?? '—')}</td>`,
      `<td class="date">${a(next)}</td>`,
      `<td><span class="status ${entry.status}"><span class="mark" aria-hidden="true">${MARKS[entry.status]}</span> ${a(timelineStatusLabel(entry))}</span></td>`,
      `<td class="track-cell">${track}</td>`,
      '</tr>',
    ].join('');
  });
  const counts = (['overdue', 'with-errors', 'due-soon', 'published', 'planned'] as const).map((status) => ({
    status,
    count: report.entries.filter((entry) => entry.status === status).length,
  }));
  return [
    ...header,
    `<p class="legend">${counts.map(({ status, count }) => `<span class="status ${status}"><span class="mark" aria-hidden="true">${MARKS[status]}</span> ${a(statusTitle(status))}: ${count}</span>`).join(' · ')}</p>`,
    `<p class="legend" aria-hidden="true"><svg width="14" height="14"><circle class="publication done" cx="7" cy="7" r="5"></circle></svg> ${a(t('publicación'))} · <svg width="14" height="14"><rect class="update published" x="2" y="2" width="10" height="10"></rect></svg> ${a(t('próxima actualización'))} · <svg width="14" height="14"><line class="today" x1="7" x2="7" y1="0" y2="14"></line></svg> ${a(t('hoy'))}</p>`,
    `<table class="timeline"><caption class="sr-only">${a(t('Conjuntos del plan de apertura'))}</caption>`,
    `<thead><tr><th scope="col">${a(t('Conjunto'))}</th><th scope="col">${a(t('Publicación'))}</th><th scope="col">${a(t('Próxima actualización'))}</th><th scope="col">${a(t('Estado'))}</th><th scope="col" class="track-cell"><span class="sr-only">${a(t('Calendario'))}</span>${axis}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function statusTitle(status: TimelineEntry['status']): string {
  switch (status) {
    case 'planned':
      return t('planeados');
    case 'published':
      return t('publicados al día');
    case 'with-errors':
      return t('con errores en sus metadatos');
    case 'due-soon':
      return t('próximos a vencer');
    case 'overdue':
      return t('vencidos');
  }
}

/** What the page announces after an update. */
export function timelineAnnouncement(report: TimelineReport): string {
  const overdue = report.entries.filter((entry) => entry.status === 'overdue').length;
  const soon = report.entries.filter((entry) => entry.status === 'due-soon').length;
  const datasets = report.entries.length;
  return t(
    '{0}: {1}, {2}.',
    counted(datasets, t('1 conjunto en el plan'), t('{0} conjuntos en el plan', datasets)),
    counted(overdue, t('1 vencido'), t('{0} vencidos', overdue)),
    counted(soon, t('1 próximo a vencer'), t('{0} próximos a vencer', soon)),
  );
}

/** How a year's label sits on its tick: centred, but inside the axis near either edge (a centred «2026» at 1 % is cut to «026»). */
function yearAnchor(position: number): 'start' | 'middle' | 'end' {
  if (position < 4) return 'start';
  return position > 96 ? 'end' : 'middle';
}
