import type { RequirementCatalog } from '../../../server/src/core/catalog/requirements';
import { t, type Language } from '../../../server/src/core/l10n';
import { resolveBoard, type BoardInput } from '../../../server/src/core/report/boardView';
import type { CoverageReport } from '../../../server/src/protocol/protocol';
import { escapeMarkdown } from '../board/boardTreeModel';
import { fullName, institutionInput, shortName } from '../../../server/src/core/report/institutionView';
import { institutionFor } from '../board/institutions';

/** `met`: every requirement of the target level is met. `missing`: some are not. `errors`: there are errors to fix. */
export type StatusKind = 'met' | 'missing' | 'errors' | 'empty' | 'starting' | 'stopped';

/** What the status bar item shows, independent of VS Code's API. */
export interface StatusModel {
  kind: StatusKind;
  /** The item's text, with a codicon. */
  text: string;
  /** Markdown tooltip (theme icons allowed). */
  tooltip: string;
  /** What a screen reader says. */
  accessibilityLabel: string;
}

const ICONS: Record<StatusKind, string> = {
  met: '$(pass)',
  missing: '$(warning)',
  errors: '$(error)',
  empty: '$(circle-large-outline)',
  starting: '$(sync~spin)',
  stopped: '$(debug-disconnect)',
};

/** Who the figures are about, when the workspace holds several institutions. */
export interface StatusInstitution {
  name: string;
  /** How the status bar names it (its acronym, or its name cut short). */
  short: string;
  /** Its folder, as the person reads it (relative to the workspace). */
  folder: string;
}

/** The status for a coverage report: the target level's figures, and the three levels in the tooltip. */
export function statusFromCoverage(report: CoverageReport, language: Language, catalog: RequirementCatalog): StatusModel {
  const files = Object.values(report.files).reduce((sum, count) => sum + count, 0);
  if (files === 0) {
    const text = `${ICONS.empty} ${t('Guía: sin archivos')}`;
    const tooltip = t('No hay planes de apertura ni metadatos en este espacio de trabajo. Crea uno con «Guía: Nuevo plan de apertura» o «Guía: Nuevo conjunto de datos».');
    return { kind: 'empty', text, tooltip, accessibilityLabel: `${t('Guía: sin archivos')}. ${tooltip}` };
  }
  return statusOf(report, language, catalog);
}

/**
 * The status of the institution the active file belongs to (`activeUri`; see `institutionFor`),
 * from the institutions the report lists, so switching editors needs nothing from the server.
 * With one institution only, or a server that lists none, it is the report's own figures.
 */
export function statusForActiveFile(
  report: CoverageReport,
  activeUri: string | undefined,
  language: Language,
  catalog: RequirementCatalog,
  folderOf: (root: string) => string,
): StatusModel {
  const institutions = report.institutions ?? [];
  const institution = institutionFor(report, activeUri);
  if (institutions.length < 2 || !institution) return statusFromCoverage(report, language, catalog);
  return statusOf(institutionInput(institution), language, catalog, { name: fullName(institution), short: shortName(institution), folder: folderOf(institution.root) });
}

function statusOf(input: BoardInput, language: Language, catalog: RequirementCatalog, institution?: StatusInstitution): StatusModel {
  const model = resolveBoard(input, language, catalog);
  const target = model.levels.find((level) => level.isTarget) ?? model.levels[0]!;
  const errors = Object.values(input.findings).reduce((sum, entry) => sum + (entry.errors ?? 0), 0);
  const kind: StatusKind = errors > 0 ? 'errors' : target.met < target.total ? 'missing' : 'met';
  const figures = t('Guía: {0} {1}/{2}', target.title, target.met, target.total);
  const text = `${ICONS[kind]} ${institution ? `${figures} · ${institution.short}` : figures}`;
  const verdict =
    kind === 'errors'
      ? errors === 1
        ? t('Hay 1 error que corregir.')
        : t('Hay {0} errores que corregir.', errors)
      : kind === 'missing'
        ? t('Faltan requisitos del nivel objetivo.')
        : t('Se cumplen todos los requisitos del nivel objetivo.');
  const levels = model.levels.map((level) => {
    const icon = level.met === level.total ? '$(pass)' : '$(circle-large-outline)';
    const line = t('{0}: {1} de {2} requisitos', level.title, level.met, level.total);
    return level.isTarget ? `${icon} **${line}** — ${t('nivel objetivo')}` : `${icon} ${line}`;
  });
  // The name and folder come from the workspace: shown as text, never read as Markdown.
  const who = institution ? ['', `$(organization) ${t('Institución: {0}', escapeMarkdown(institution.name))}  `, t('Carpeta: {0}', escapeMarkdown(institution.folder)), ''] : [''];
  const tooltip = [
    `**${t('Guía de Datos Abiertos')}**`,
    ...who,
    levels.join('  \n'),
    '',
    t('Nivel objetivo: {0} ({1})', model.targetLevelTitle, model.targetLevelSource),
    '',
    verdict,
    '',
    t('Haz clic para abrir el tablero.'),
  ].join('\n');
  const figuresLabel = t('Guía de Datos Abiertos: nivel {0}, {1} de {2} requisitos cumplidos. {3}', target.title, target.met, target.total, verdict);
  const accessibilityLabel = institution ? `${t('Institución: {0}', institution.name)}. ${figuresLabel}` : figuresLabel;
  return { kind, text, tooltip, accessibilityLabel };
}

/** The status while the server starts, restarts or after it stopped. */
export function statusForServer(state: 'starting' | 'stopped'): StatusModel {
  if (state === 'starting') {
    const label = t('Guía: revisando…');
    return {
      kind: 'starting',
      text: `${ICONS.starting} ${label}`,
      tooltip: t('El servidor de la Guía está revisando los archivos del espacio de trabajo.'),
      accessibilityLabel: label,
    };
  }
  const label = t('Guía: servidor detenido');
  return { kind: 'stopped', text: `${ICONS.stopped} ${label}`, tooltip: t('El servidor de la Guía no está en ejecución. Haz clic para reiniciarlo.'), accessibilityLabel: label };
}
