import { LEVELS, REQUIREMENTS, levelRank, type LevelId, type RequirementId } from '../catalog/requirements';
import type { Coverage, RequirementState } from '../check/coverage';
import type { FindingCount } from '../institutions/findingCounts';
import type { QualityScore } from '../quality/datasetQuality';

/** One institution as the national board reads it: what `guia check --format json` lists per institution. */
export interface BoardInstitution {
  name: string;
  acronym?: string;
  root: string;
  targetLevel: LevelId;
  coverage: Coverage;
  findings: Record<string, FindingCount>;
  /** The date its files were evaluated on (`AAAA-MM-DD`). */
  evaluationDate: string;
  /** Where the row came from: the folder checked, or the JSON file read back. */
  source: string;
  /** The mean metadata quality (MQA) of its datasets; absent without datasets. Shown, not ranked on. */
  quality?: QualityScore;
}

/** One requirement's cell of a row: its state and how many findings (and errors) it has. */
export interface BoardCell {
  state: RequirementState;
  findings: number;
  errors: number;
}

/** A row of the national board, ranked. */
export interface NationalRow extends BoardInstitution {
  /** 1 for the first; institutions tied on every criterion share a rank (1, 2, 2, 4). */
  rank: number;
  /** The highest level met in full together with every level below it; undefined: not even Básico. */
  levelReached: LevelId | undefined;
  levels: Record<LevelId, { met: number; total: number }>;
  /** Requirements met across the three levels (of 20). */
  met: number;
  errors: number;
  findingsTotal: number;
  cells: Record<RequirementId, BoardCell>;
}

export interface NationalBoard {
  /** The cut-off date of the board (`AAAA-MM-DD`). */
  date: string;
  rows: NationalRow[];
}

/**
 * The level an institution reached: the guide's levels are cumulative (Intermedio builds on the
 * mandatory Básico), so a level counts only when it and every level below it are met in full.
 */
export function levelReached(coverage: Coverage): LevelId | undefined {
  let reached: LevelId | undefined;
  for (const level of [...LEVELS].sort((a, b) => a.rank - b.rank)) {
    const own = coverage[level.id];
    if (!own || own.met < own.total) break;
    reached = level.id;
  }
  return reached;
}

/**
 * The ranking of the annual recognition, as the guide frames it (progress along the levels, the
 * institutions with most progress first): 1) the level reached, highest first; 2) requirements met
 * across all levels, so progress towards the next level counts; 3) fewer errors (mandatory
 * findings); 4) fewer findings of any kind. Institutions equal on all four share a rank and are
 * listed by name.
 */
export function compareProgress(a: NationalRow, b: NationalRow): number {
  return reachedRank(b.levelReached) - reachedRank(a.levelReached) || b.met - a.met || a.errors - b.errors || a.findingsTotal - b.findingsTotal;
}

function reachedRank(level: LevelId | undefined): number {
  return level === undefined ? 0 : levelRank(level);
}

/** Builds the ranked board from the institutions' evaluations. */
export function nationalBoard(institutions: readonly BoardInstitution[], date: string): NationalBoard {
  const rows = institutions.map((institution): NationalRow => {
    const cells = {} as Record<RequirementId, BoardCell>;
    let met = 0;
    for (const requirement of REQUIREMENTS) {
      const state = institution.coverage[requirement.level]?.requirements[requirement.id] ?? 'no-evidence';
      const found = institution.findings[requirement.id];
      cells[requirement.id] = { state, findings: found?.count ?? 0, errors: found?.errors ?? 0 };
      if (state === 'met') met++;
    }
    const levels = {} as NationalRow['levels'];
    for (const level of LEVELS) {
      const own = institution.coverage[level.id];
      levels[level.id] = { met: own?.met ?? 0, total: own?.total ?? REQUIREMENTS.filter((requirement) => requirement.level === level.id).length };
    }
    const counts = Object.values(institution.findings);
    return {
      ...institution,
      rank: 0,
      levelReached: levelReached(institution.coverage),
      levels,
      met,
      errors: counts.reduce((sum, count) => sum + count.errors, 0),
      findingsTotal: counts.reduce((sum, count) => sum + count.count, 0),
      cells,
    };
  });
  rows.sort((a, b) => compareProgress(a, b) || a.name.localeCompare(b.name, 'es') || a.source.localeCompare(b.source));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && compareProgress(previous, row) === 0 ? previous.rank : i + 1;
  });
  return { date, rows };
}
