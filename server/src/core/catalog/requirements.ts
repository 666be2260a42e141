import catalog from '../../../../schemas/requirements.json';
import type { Language } from '../l10n';
import { isRequirementId, type RequirementId } from './requirementIds';

export type { RequirementId };
export { isRequirementId };

export type LevelId = 'basico' | 'intermedio' | 'avanzado';
export type EvidenceKind = 'dataset' | 'plan' | 'data' | 'links';

export interface LocalizedText {
  es: string;
  en: string;
}

/** One cell of the guide's board. Loaded from `schemas/requirements.json`, never written in code. */
export interface Requirement {
  id: RequirementId;
  step: number;
  level: LevelId;
  letter: string;
  sections: string[];
  evidence: EvidenceKind[];
  title: LocalizedText;
  summary: LocalizedText;
  // The catalog's `checks` (what each requirement's page in docs/requisitos/ explains) are for people:
  // no code reads them, and the bundles leave them out (scripts/bundles.mjs).
  guideUrl: string;
}

export interface Step {
  number: number;
  slug: string;
  title: LocalizedText;
}

export interface Level {
  id: LevelId;
  rank: number;
  mandatory: boolean;
  title: LocalizedText;
}

export const REQUIREMENTS: readonly Requirement[] = catalog.requirements as Requirement[];
export const STEPS: readonly Step[] = catalog.steps;
export const LEVELS: readonly Level[] = catalog.levels as Level[];

/** The steps, levels and requirements of the guide's board, as code reads them. */
export interface RequirementCatalog {
  steps: readonly Step[];
  levels: readonly Level[];
  requirements: readonly Requirement[];
}

/**
 * The catalog as one value: what the server gives the client when it starts (the client does not
 * bundle `schemas/requirements.json`; see `GuideInitializeResult`).
 */
export const REQUIREMENT_CATALOG: RequirementCatalog = { steps: STEPS, levels: LEVELS, requirements: REQUIREMENTS };

const byId = new Map(REQUIREMENTS.map((requirement) => [requirement.id, requirement]));

/** The requirement with this id; undefined for a text that names none (ids read from data or settings). */
export function requirementById(id: string): Requirement | undefined {
  return isRequirementId(id) ? byId.get(id) : undefined;
}

export function isLevelId(value: unknown): value is LevelId {
  return value === 'basico' || value === 'intermedio' || value === 'avanzado';
}

export function levelRank(level: LevelId): number {
  return LEVELS.find((entry) => entry.id === level)?.rank ?? 1;
}

export function levelTitle(level: LevelId, language: Language): string {
  return LEVELS.find((entry) => entry.id === level)?.title[language] ?? level;
}

export function stepTitle(step: number, language: Language): string {
  return STEPS.find((entry) => entry.number === step)?.title[language] ?? String(step);
}

export function requirementsOfLevel(level: LevelId): Requirement[] {
  return REQUIREMENTS.filter((requirement) => requirement.level === level);
}

/**
 * Where a requirement's page lives. `pagesRoot` is the `docs/requisitos` folder as a URI (a file URI
 * inside the installed extension, so the links work offline).
 */
export function requirementPageUri(pagesRoot: string, id: RequirementId, language: Language): string {
  return `${pagesRoot.replace(/\/$/, '')}/${language}/${id}.md`;
}
