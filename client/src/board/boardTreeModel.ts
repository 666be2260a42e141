import type { RequirementCatalog } from '../../../server/src/core/catalog/requirements';
import { t, type Language } from '../../../server/src/core/l10n';
import { requirementsAt, resolveBoard, type BoardInput, type BoardRequirement, type BoardTone } from '../../../server/src/core/report/boardView';

/** A theme icon with an optional theme colour, by id (no VS Code types here). */
export interface IconSpec {
  id: string;
  color?: string;
}

/** A node of the board tree: level, then step, then requirement; above them, the institution shown when there are several. */
export interface BoardNode {
  kind: 'institution' | 'level' | 'step' | 'requirement';
  /** Stable across updates, so the tree keeps expansion and selection. */
  key: string;
  label: string;
  description: string;
  /** Markdown. */
  tooltip: string;
  accessibilityLabel: string;
  icon: IconSpec;
  expanded: boolean;
  children: BoardNode[];
  requirement?: BoardRequirement;
}

/** Codicon and theme colour per state: shape and colour both differ, so colour is never the only cue. */
export const STATE_ICONS: Record<BoardTone, IconSpec> = {
  met: { id: 'pass', color: 'testing.iconPassed' },
  partial: { id: 'warning', color: 'list.warningForeground' },
  'partial-errors': { id: 'issues', color: 'list.errorForeground' },
  unmet: { id: 'error', color: 'list.errorForeground' },
  'no-evidence': { id: 'circle-slash', color: 'disabledForeground' },
};

function findingsText(count: number): string {
  if (count === 0) return t('sin hallazgos');
  return count === 1 ? t('1 hallazgo') : t('{0} hallazgos', count);
}

/** The board as a tree: the three levels (target level expanded), their steps, and each requirement. */
export function boardTree(input: BoardInput, language: Language, catalog: RequirementCatalog): BoardNode[] {
  const model = resolveBoard(input, language, catalog);
  return model.levels.map((level): BoardNode => {
    const steps = model.steps.map((step): BoardNode => {
      const requirements = requirementsAt(model, step.number, level.id);
      const met = requirements.filter((requirement) => requirement.state === 'met').length;
      return {
        kind: 'step',
        key: `${level.id}:${step.number}`,
        label: t('Paso {0}: {1}', step.number, step.title),
        description: `${met}/${requirements.length}`,
        tooltip: t('Paso {0}: {1}, nivel {2}: {3} de {4} requisitos cumplidos', step.number, step.title, level.title, met, requirements.length),
        accessibilityLabel: t('Paso {0}: {1}, nivel {2}: {3} de {4} requisitos cumplidos', step.number, step.title, level.title, met, requirements.length),
        icon: { id: met === requirements.length ? 'pass' : 'circle-large-outline', ...(met === requirements.length ? { color: 'testing.iconPassed' } : {}) },
        expanded: true,
        children: requirements.map(requirementNode),
      };
    });
    const status = t('{0} de {1} requisitos cumplidos', level.met, level.total);
    const notes = [level.mandatory ? t('obligatorio') : t('voluntario'), ...(level.isTarget ? [t('nivel objetivo')] : [])].join(', ');
    return {
      kind: 'level',
      key: level.id,
      label: level.title,
      description: `${level.met}/${level.total} · ${notes}`,
      tooltip: `**${level.title}** (${notes})  \n${status}`,
      accessibilityLabel: `${level.title}, ${notes}: ${status}`,
      icon: { id: level.met === level.total ? 'pass-filled' : 'circle-large-outline', ...(level.met === level.total ? { color: 'testing.iconPassed' } : {}) },
      expanded: level.isTarget,
      children: steps,
    };
  });
}

/**
 * The first node of the tree when the workspace holds several institutions: which one the tree
 * shows, with its target level's figures; activating it picks another («Elegir institución»).
 */
export function institutionNode(input: BoardInput, name: string, folder: string, followsActiveFile: boolean, language: Language, catalog: RequirementCatalog): BoardNode {
  const model = resolveBoard(input, language, catalog);
  const target = model.levels.find((level) => level.isTarget) ?? model.levels[0]!;
  const figures = `${target.title} ${target.met}/${target.total}`;
  const how = followsActiveFile ? t('la del archivo activo') : t('elegida');
  return {
    kind: 'institution',
    key: 'institution',
    label: name,
    description: `${figures} · ${how}`,
    // The name and folder come from the workspace: shown as text, never read as Markdown.
    tooltip: [`**${escapeMarkdown(name)}** (${how})`, '', t('Carpeta: {0}', escapeMarkdown(folder)), '', t('Haz clic para elegir otra institución.')].join('\n'),
    accessibilityLabel: `${t('Institución: {0}', name)}, ${how}. ${figures}. ${t('Haz clic para elegir otra institución.')}`,
    icon: { id: 'organization' },
    expanded: false,
    children: [],
  };
}

function requirementNode(requirement: BoardRequirement): BoardNode {
  const findings = findingsText(requirement.findings);
  const lines = [`**${requirement.id}** — ${requirement.title}`, '', `${t('Estado')}: ${requirement.stateLabel} · ${findings}`, '', requirement.summary];
  // The message quotes workspace values (titles, URLs): shown as text, never read as Markdown.
  if (requirement.first) lines.push('', `${t('Primer hallazgo')}: ${escapeMarkdown(requirement.first.message)}`);
  return {
    kind: 'requirement',
    key: requirement.id,
    label: `${requirement.step}${requirement.letter} · ${requirement.title}`,
    description: `${requirement.stateLabel} · ${findings}`,
    tooltip: lines.join('\n'),
    accessibilityLabel: `${requirement.id}, ${requirement.title}: ${requirement.stateLabel}, ${findings}`,
    icon: STATE_ICONS[requirement.tone],
    expanded: false,
    children: [],
    requirement,
  };
}

/**
 * `text` with every character Markdown (or the HTML it allows) gives a meaning backslash-escaped,
 * so a finding that quotes `[clic](command:…)`, `<img>` or `**` from a workspace shows it as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}
