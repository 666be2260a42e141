import { t, type Language } from '../l10n';
import { qualityHtml } from '../quality/qualityReport';
import { escapeHtml } from '../text/html';
import { boardModel, stateLabel, stateMark, stateMeaning, type BoardInput, type BoardRequirement, type BoardTone } from './boardModel';
import { boardGridHtml } from './boardReport';
import { fullName, type RankedInstitution } from './institutionView';
import { nationalTableHtml } from './nationalTable';
import type { TableSort } from './tableSort';

const STATES: readonly BoardTone[] = ['met', 'partial', 'partial-errors', 'unmet', 'no-evidence'];

function findingsText(count: number): string {
  if (count === 0) return t('sin hallazgos');
  return count === 1 ? t('1 hallazgo') : t('{0} hallazgos', count);
}

/** One line a screen reader says for a requirement. */
function requirementLabel(requirement: BoardRequirement): string {
  return `${requirement.id}, ${requirement.title}: ${requirement.stateLabel}, ${findingsText(requirement.findings)}`;
}

/**
 * The board page's content (the extension's board webview shows it): summary per level, the 4x3
 * grid and a table per level. Every action is a real button (reachable with Tab, activated with
 * Enter or Space) carrying `data-action`; the commands its toolbar asks for are the client's
 * `BOARD_PAGE_COMMANDS` (server/src/protocol/pages.ts).
 */
export function boardPageHtml(input: BoardInput, language: Language, institutions?: BoardInstitutions): string {
  const model = boardModel(input, language);
  const a = escapeHtml;
  const several = institutions !== undefined && institutions.institutions.length > 1 ? institutions : undefined;
  const button = (requirement: BoardRequirement): string => {
    const action = requirement.first ? 'reveal' : 'page';
    const hint = requirement.first ? t('Ir al primer hallazgo') : t('Abrir la página del requisito');
    return `<button type="button" class="requirement state ${requirement.tone}" data-action="${action}" data-requirement="${a(requirement.id)}" data-focus-key="grid:${a(requirement.id)}" title="${a(`${requirement.title} — ${hint}`)}" aria-label="${a(`${requirementLabel(requirement)}. ${hint}`)}"><span class="mark" aria-hidden="true">${a(requirement.mark)}</span> ${a(requirement.id)}<span class="count" aria-hidden="true">${requirement.findings > 0 ? ` (${requirement.findings})` : ''}</span></button>`;
  };
  const parts = [
    `<header><h1>${a(t('Tablero de la Guía de Datos Abiertos'))}</h1>`,
    ...(several ? [institutionPicker(several)] : []),
    `<p>${a(t('Nivel objetivo: {0} ({1})', model.targetLevelTitle, model.targetLevelSource))}</p>`,
    `<div class="toolbar" role="toolbar" aria-label="${a(t('Acciones del tablero'))}">`,
    `<button type="button" data-action="command" data-command="guia.changeTargetLevel" data-focus-key="tool:level">${a(t('Cambiar el nivel objetivo…'))}</button>`,
    `<button type="button" data-action="command" data-command="guia.exportBoard" data-focus-key="tool:export">${a(t('Exportar el tablero…'))}</button>`,
    `<button type="button" data-action="command" data-command="guia.showTimeline" data-focus-key="tool:timeline">${a(t('Línea de tiempo del plan'))}</button>`,
    ...(several
      ? [
          `<button type="button" class="secondary" data-action="scroll" data-target="national-title" data-focus-key="tool:national">${a(t('Todas las instituciones ({0})', several.institutions.length))}</button>`,
        ]
      : []),
    '</div></header>',
    `<section class="levels" aria-label="${a(t('Resumen por nivel'))}"><ul>`,
    ...model.levels.map(
      (level) =>
        `<li class="${level.isTarget ? 'target' : ''}"><span class="level-name">${a(level.title)}${level.isTarget ? ` <span class="badge">${a(t('nivel objetivo'))}</span>` : ''}</span> <progress max="${level.total}" value="${level.met}" aria-label="${a(t('{0}: {1} de {2} requisitos cumplidos', level.title, level.met, level.total))}"></progress> <span class="figure">${level.met}/${level.total}</span></li>`,
    ),
    '</ul></section>',
    boardGridHtml(model, button),
    `<p class="legend">${STATES.map((state) => `<span class="state ${state}"><span class="mark" aria-hidden="true">${a(stateMark(state))}</span> ${a(stateLabel(state))}</span>: ${a(stateMeaning(state))}`).join(' · ')}</p>`,
  ];
  parts.push(qualityHtml(input.quality));
  for (const level of model.levels) {
    parts.push(
      `<table class="details"><caption>${a(`${level.title}: ${level.met}/${level.total}`)}</caption>`,
      `<thead><tr><th scope="col">${a(t('Requisito'))}</th><th scope="col">${a(t('Estado'))}</th><th scope="col">${a(t('Hallazgos'))}</th><th scope="col">${a(t('Acciones'))}</th></tr></thead><tbody>`,
      ...level.requirements.map((requirement) =>
        [
          `<tr><th scope="row"><strong>${a(requirement.id)}</strong> ${a(requirement.title)}</th>`,
          `<td><span class="state ${requirement.tone}"><span class="mark" aria-hidden="true">${a(requirement.mark)}</span> ${a(requirement.stateLabel)}</span></td>`,
          `<td class="n">${requirement.findings}</td><td class="actions">`,
          requirement.first
            ? `<button type="button" data-action="reveal" data-requirement="${a(requirement.id)}" data-focus-key="reveal:${a(requirement.id)}" aria-label="${a(t('Ir al primer hallazgo de {0}', requirement.id))}" title="${a(requirement.first.message)}">${a(t('Ir al primer hallazgo'))}</button> `
            : '',
          `<button type="button" class="secondary" data-action="page" data-requirement="${a(requirement.id)}" data-focus-key="page:${a(requirement.id)}" aria-label="${a(t('Abrir la página del requisito {0}', requirement.id))}">${a(t('Ver requisito'))}</button>`,
          '</td></tr>',
        ].join(''),
      ),
      '</tbody></table>',
    );
  }
  if (several) parts.push(nationalTableHtml(several.institutions, several.shownRoot, several.sort, language));
  return parts.join('\n');
}

/** What the board page shows of the workspace's institutions, when it holds several. */
export interface BoardInstitutions {
  institutions: RankedInstitution[];
  /** The root of the institution the board shows. */
  shownRoot: string | undefined;
  /** The institution of the active file, when the board follows it; undefined: the person picked one. */
  following: RankedInstitution | undefined;
  sort: TableSort;
  /** An institution's folder as the person reads it. */
  folderOf(root: string): string;
}

/** The drop-down that picks the institution the board shows; its first choice follows the active file. */
function institutionPicker(view: BoardInstitutions): string {
  const a = escapeHtml;
  const shown = view.institutions.find((institution) => institution.root === view.shownRoot);
  const follow = view.following ? t('La del archivo activo ({0})', fullName(view.following)) : t('La del archivo activo');
  const options = [
    `<option value=""${view.following ? ' selected' : ''}>${a(follow)}</option>`,
    ...view.institutions.map(
      (institution) =>
        `<option value="${a(institution.root)}"${!view.following && institution.root === view.shownRoot ? ' selected' : ''}>${a(`${fullName(institution)} — ${view.folderOf(institution.root)}`)}</option>`,
    ),
  ];
  return [
    '<p class="institution">',
    `<label for="institution-picker">${a(t('Institución'))}</label> `,
    `<select id="institution-picker" data-action="institution" data-focus-key="tool:institution">${options.join('')}</select>`,
    shown ? ` <span class="folder">${a(t('Carpeta: {0}', view.folderOf(shown.root)))}</span>` : '',
    '</p>',
  ].join('');
}

/** What the page announces to screen readers after an update: the target level's figures. */
export function boardAnnouncement(input: BoardInput, language: Language): string {
  const model = boardModel(input, language);
  return model.levels.map((level) => t('{0}: {1} de {2} requisitos cumplidos', level.title, level.met, level.total)).join('. ');
}
