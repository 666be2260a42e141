import type { RequirementState } from '../check/coverage';
import { t, type Language } from '../l10n';
import { escapeHtml } from '../text/html';
import { qualityHtml, qualityMarkdown } from '../quality/qualityReport';
import { boardModel, requirementsAt, stateLabel, stateMark, stateMeaning, type BoardInput, type BoardModel, type BoardRequirement } from './boardModel';

/** What a dated report of the board says besides the coverage. */
export interface BoardReportOptions {
  /** The cut-off date of the report (AAAA-MM-DD). */
  date: string;
  language: Language;
  /** The workspace (usually the institution's folder) the board is about. */
  workspaceName?: string;
  /** How to show a finding's file: a path relative to the workspace rather than a URI. */
  relativePath?: (uri: string) => string;
}

const STATES: readonly RequirementState[] = ['met', 'partial', 'unmet', 'no-evidence'];

/** The board as a Markdown report for the annual report: summary, 4x3 grid and detail per level. */
export function boardMarkdown(input: BoardInput, options: BoardReportOptions): string {
  const model = boardModel(input, options.language);
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    `# ${t('Tablero de la Guía de Datos Abiertos')}`,
    '',
    ...headerFacts(model, options).map((fact) => `- ${fact}`),
    '',
    `## ${t('Resumen por nivel')}`,
    '',
    `| ${t('Nivel')} | ${t('Cumplidos')} | ${t('Total')} | ${t('Avance')} |`,
    '|---|---:|---:|---:|',
    ...model.levels.map((level) => `| ${levelName(level.title, level.mandatory, level.isTarget)} | ${level.met} | ${level.total} | ${level.percent} % |`),
    '',
    `## ${t('Tablero: 4 pasos por 3 niveles')}`,
    '',
    `| ${t('Paso')} | ${model.levels.map((level) => level.title).join(' | ')} |`,
    `|---|${model.levels.map(() => '---').join('|')}|`,
    ...model.steps.map(
      (step) =>
        `| ${step.number}. ${step.title} | ${model.levels
          .map(
            (level) =>
              requirementsAt(model, step.number, level.id)
                .map((requirement) => `${requirement.mark} ${requirement.id} ${requirement.stateLabel}`)
                .join('<br>') || '—',
          )
          .join(' | ')} |`,
    ),
    '',
  ];
  for (const level of model.levels) {
    lines.push(`## ${level.title}: ${level.met}/${level.total}`, '');
    lines.push(`| ${t('Requisito')} | ${t('Estado')} | ${t('Hallazgos')} | ${t('Primer hallazgo')} |`, '|---|---|---:|---|');
    for (const requirement of level.requirements) {
      lines.push(
        `| **${requirement.id}** ${cell(requirement.title)} | ${requirement.mark} ${requirement.stateLabel} | ${requirement.findings} | ${requirement.first ? cell(firstFinding(requirement, options)) : '—'} |`,
      );
    }
    lines.push('');
  }
  lines.push(...qualityMarkdown(input.quality));
  lines.push(`**${t('Estados')}:** ${STATES.map((state) => `${stateMark(state)} ${stateLabel(state)}: ${stateMeaning(state)}`).join(' · ')}.`, '');
  return lines.join('\n');
}

/** The same report as a standalone HTML page (prints well; readable by screen readers). */
export function boardHtml(input: BoardInput, options: BoardReportOptions): string {
  const model = boardModel(input, options.language);
  const title = t('Tablero de la Guía de Datos Abiertos');
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${options.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — ${escapeHtml(options.date)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul class="facts">${headerFacts(model, options)
      .map((fact) => `<li>${escapeHtml(fact)}</li>`)
      .join('')}</ul>`,
    `<table><caption>${escapeHtml(t('Resumen por nivel'))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(t('Nivel'))}</th><th scope="col">${escapeHtml(t('Cumplidos'))}</th><th scope="col">${escapeHtml(t('Total'))}</th><th scope="col">${escapeHtml(t('Avance'))}</th></tr></thead><tbody>`,
    ...model.levels.map(
      (level) =>
        `<tr><th scope="row">${escapeHtml(levelName(level.title, level.mandatory, level.isTarget))}</th><td class="n">${level.met}</td><td class="n">${level.total}</td><td class="n">${level.percent} %</td></tr>`,
    ),
    '</tbody></table>',
    boardGridHtml(model),
  ];
  for (const level of model.levels) {
    parts.push(
      `<table><caption>${escapeHtml(`${level.title}: ${level.met}/${level.total}`)}</caption>`,
      `<thead><tr><th scope="col">${escapeHtml(t('Requisito'))}</th><th scope="col">${escapeHtml(t('Estado'))}</th><th scope="col">${escapeHtml(t('Hallazgos'))}</th><th scope="col">${escapeHtml(t('Primer hallazgo'))}</th></tr></thead><tbody>`,
      ...level.requirements.map(
        (requirement) =>
          `<tr><th scope="row"><strong>${escapeHtml(requirement.id)}</strong> ${escapeHtml(requirement.title)}</th><td class="state ${requirement.state}">${stateBadge(requirement)}</td><td class="n">${requirement.findings}</td><td>${requirement.first ? escapeHtml(firstFinding(requirement, options)) : '—'}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  parts.push(
    qualityHtml(input.quality),
    `<p class="legend"><strong>${escapeHtml(t('Estados'))}:</strong> ${STATES.map((state) => `${escapeHtml(stateMark(state))} ${escapeHtml(stateLabel(state))}: ${escapeHtml(stateMeaning(state))}`).join(' · ')}.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  );
  return parts.join('\n');
}

/** The 4x3 grid as an HTML table: steps as rows, levels as columns, one line per requirement. */
export function boardGridHtml(model: BoardModel, renderRequirement: (requirement: BoardRequirement) => string = stateBadgeWithId): string {
  return [
    `<table class="grid"><caption>${escapeHtml(t('Tablero: 4 pasos por 3 niveles'))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(t('Paso'))}</th>${model.levels.map((level) => `<th scope="col">${escapeHtml(level.title)} <span class="count">${level.met}/${level.total}</span></th>`).join('')}</tr></thead><tbody>`,
    ...model.steps.map(
      (step) =>
        `<tr><th scope="row">${step.number}. ${escapeHtml(step.title)}</th>${model.levels
          .map((level) => {
            const requirements = requirementsAt(model, step.number, level.id);
            return `<td>${requirements.length === 0 ? '—' : `<ul>${requirements.map((requirement) => `<li>${renderRequirement(requirement)}</li>`).join('')}</ul>`}</td>`;
          })
          .join('')}</tr>`,
    ),
    '</tbody></table>',
  ].join('\n');
}

function stateBadge(requirement: BoardRequirement): string {
  return `<span class="mark" aria-hidden="true">${escapeHtml(requirement.mark)}</span> ${escapeHtml(requirement.stateLabel)}`;
}

function stateBadgeWithId(requirement: BoardRequirement): string {
  return `<span class="state ${requirement.state}"><span class="mark" aria-hidden="true">${escapeHtml(requirement.mark)}</span> <abbr title="${escapeHtml(requirement.title)}">${escapeHtml(requirement.id)}</abbr> ${escapeHtml(requirement.stateLabel)}</span>`;
}

function headerFacts(model: BoardModel, options: BoardReportOptions): string[] {
  return [
    ...(options.workspaceName ? [t('Espacio de trabajo: {0}', options.workspaceName)] : []),
    t('Fecha de corte: {0}', options.date),
    t('Nivel objetivo: {0} ({1})', model.targetLevelTitle, model.targetLevelSource),
  ];
}

function levelName(title: string, mandatory: boolean, isTarget: boolean): string {
  const notes = [mandatory ? t('obligatorio') : t('voluntario'), ...(isTarget ? [t('nivel objetivo')] : [])];
  return `${title} (${notes.join(', ')})`;
}

function firstFinding(requirement: BoardRequirement, options: BoardReportOptions): string {
  const first = requirement.first!;
  const file = options.relativePath ? options.relativePath(first.uri) : first.uri;
  return `${file}:${first.range.start.line + 1} — ${first.message}`;
}

const REPORT_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.facts { padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: 1.5rem 0; page-break-inside: avoid; }
caption { text-align: left; font-weight: 600; font-size: 1.15rem; padding-bottom: .4rem; }
th, td { border: 1px solid #9a9a9a; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.grid ul { list-style: none; margin: 0; padding: 0; }
.count { font-weight: normal; }
.state.met { color: #14632d; } .state.partial { color: #7a4a00; } .state.unmet { color: #a3161b; } .state.no-evidence { color: #505050; }
abbr { text-decoration: none; }
.legend { font-size: .9rem; }
@media print { main { padding: 0; } a { color: inherit; } }
`;
