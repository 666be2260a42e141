import type { LevelId } from '../catalog/requirements';
import type { InstitutionSummary } from '../institutions/institutionIndexes';
import type { BoardInput } from './boardModel';

/**
 * One institution of the workspace as the boards list it: its summary (name, folder, target level,
 * coverage and findings per requirement) and where it stands among the workspace's institutions,
 * as the national board (`guia tablero`) ranks them.
 */
export interface RankedInstitution extends InstitutionSummary {
  /** Its place in the annual recognition's order among the workspace's institutions (1 first; ties share a place). */
  rank?: number;
  /** The highest level it meets in full together with every level below it; `null`: not even Básico. */
  levelReached?: LevelId | null;
}

/** How an institution is named where room is short (the status bar): its acronym, else its name cut to `max` characters. */
export function shortName(institution: Pick<InstitutionSummary, 'name' | 'acronym'>, max = 32): string {
  if (institution.acronym) return institution.acronym;
  const name = [...institution.name.replace(/\s+/g, ' ').trim()];
  return name.length <= max
    ? name.join('')
    : `${name
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The institution's name with its acronym, as lists show it. */
export function fullName(institution: Pick<InstitutionSummary, 'name' | 'acronym'>): string {
  return institution.acronym && institution.acronym !== institution.name ? `${institution.name} (${institution.acronym})` : institution.name;
}

/** An institution's figures as the board views read them (its target level, coverage and findings). */
export function institutionInput(institution: InstitutionSummary): BoardInput {
  const { targetLevel, targetLevelSource, coverage, findings } = institution;
  return { targetLevel, targetLevelSource, coverage, findings };
}
