import type { QualitySummary } from '../quality/qualityReport';
import type { LevelId, RequirementCatalog } from '../catalog/requirements';
import type { Coverage, RequirementState } from '../check/coverage';
import { t, type Language } from '../l10n';
import type { Range } from '../text/lineIndex';

/** What the board needs: the coverage report the server publishes (`CoverageReport` fits). */
export interface BoardInput {
  targetLevel: LevelId;
  targetLevelSource: 'plan' | 'setting' | 'default';
  coverage: Coverage;
  findings: Record<string, { count: number; errors?: number; first?: { uri: string; range: Range; message: string } }>;
  /** The metadata quality (MQA) of the workspace and its datasets, when the server computed it. */
  quality?: QualitySummary;
}

/**
 * How a requirement is shown: its state, with «partial» split in two so that a requirement whose
 * findings include errors never looks like one that only misses recommendations.
 */
export type BoardTone = RequirementState | 'partial-errors';

/** One requirement as every board view shows it, in the chosen language. */
export interface BoardRequirement {
  id: string;
  step: number;
  level: LevelId;
  letter: string;
  title: string;
  summary: string;
  state: RequirementState;
  /** The state as shown (label, mark, colour). */
  tone: BoardTone;
  stateLabel: string;
  /** Text symbol of the state, so it never depends on colour alone. */
  mark: string;
  findings: number;
  errors: number;
  first?: { uri: string; range: Range; message: string };
}

export interface BoardLevel {
  id: LevelId;
  title: string;
  mandatory: boolean;
  isTarget: boolean;
  met: number;
  total: number;
  /** Whole percent of requirements met. */
  percent: number;
  requirements: BoardRequirement[];
}

export interface BoardStep {
  number: number;
  title: string;
}

/** The 4 steps x 3 levels board, resolved for display. */
export interface BoardModel {
  targetLevel: LevelId;
  targetLevelTitle: string;
  /** Where the target level comes from, as a phrase. */
  targetLevelSource: string;
  levels: BoardLevel[];
  steps: BoardStep[];
}

const MARKS: Record<BoardTone, string> = { met: '✔', partial: '◐', 'partial-errors': '◑', unmet: '✘', 'no-evidence': '–' };

/** The tone of a requirement in `state` with `errors` error findings. */
export function toneOf(state: RequirementState, errors: number): BoardTone {
  return state === 'partial' && errors > 0 ? 'partial-errors' : state;
}

/** The word for a requirement state. */
export function stateLabel(state: BoardTone): string {
  switch (state) {
    case 'met':
      return t('cumple');
    case 'partial':
      return t('parcial');
    case 'partial-errors':
      return t('parcial, con errores');
    case 'unmet':
      return t('no cumple');
    case 'no-evidence':
      return t('sin evidencia');
  }
}

/** What each state means, for legends. */
export function stateMeaning(state: BoardTone): string {
  switch (state) {
    case 'met':
      return t('hay evidencia y nada falla');
    case 'partial':
      return t('solo fallan recomendaciones o parte de la evidencia');
    case 'partial-errors':
      return t('parte de la evidencia falla con errores que corregir');
    case 'unmet':
      return t('falta la evidencia o falla por completo');
    case 'no-evidence':
      return t('no hay en el espacio de trabajo archivos del tipo que se revisa');
  }
}

export function stateMark(state: BoardTone): string {
  return MARKS[state];
}

function sourcePhrase(source: BoardInput['targetLevelSource']): string {
  switch (source) {
    case 'plan':
      return t('declarado en el plan de apertura');
    case 'setting':
      return t('elegido en la configuración');
    case 'default':
      return t('por omisión');
  }
}

/**
 * Resolves the coverage report against `catalog`, in `language`. The server and the command line
 * use the bundled catalog (`boardModel` in boardModel.ts); the client, the one the server gave it.
 */
export function resolveBoard(input: BoardInput, language: Language, catalog: RequirementCatalog): BoardModel {
  const levels = catalog.levels.map((level): BoardLevel => {
    const coverage = input.coverage[level.id];
    const requirements = catalog.requirements
      .filter((requirement) => requirement.level === level.id)
      .map((requirement): BoardRequirement => {
        const state = coverage?.requirements[requirement.id] ?? 'no-evidence';
        const found = input.findings[requirement.id];
        const tone = toneOf(state, found?.errors ?? 0);
        return {
          id: requirement.id,
          step: requirement.step,
          level: level.id,
          letter: requirement.letter,
          title: requirement.title[language],
          summary: requirement.summary[language],
          state,
          tone,
          stateLabel: stateLabel(tone),
          mark: MARKS[tone],
          findings: found?.count ?? 0,
          errors: found?.errors ?? 0,
          ...(found?.first ? { first: found.first } : {}),
        };
      });
    const met = requirements.filter((requirement) => requirement.state === 'met').length;
    const total = requirements.length;
    return {
      id: level.id,
      title: level.title[language],
      mandatory: level.mandatory,
      isTarget: level.id === input.targetLevel,
      met,
      total,
      percent: total === 0 ? 0 : Math.floor((met / total) * 100),
      requirements,
    };
  });
  return {
    targetLevel: input.targetLevel,
    targetLevelTitle: levels.find((level) => level.id === input.targetLevel)?.title ?? input.targetLevel,
    targetLevelSource: sourcePhrase(input.targetLevelSource),
    levels,
    steps: catalog.steps.map((step) => ({ number: step.number, title: step.title[language] })),
  };
}

/** The requirements of one cell of the board (a step at a level). */
export function requirementsAt(model: BoardModel, step: number, level: LevelId): BoardRequirement[] {
  return model.levels.find((candidate) => candidate.id === level)?.requirements.filter((requirement) => requirement.step === step) ?? [];
}
