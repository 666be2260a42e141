import type { InstitutionSummary } from '../core/institutions/institutionIndexes';
import { nationalBoard } from '../core/report/nationalBoard';
import type { InstitutionCoverage } from '../protocol/protocol';

/**
 * The institutions with their place and level reached as the national board (`guia tablero`) ranks
 * them, in the order given: the editor's summary table and the command line share one rule.
 */
export function rankedInstitutions(institutions: readonly InstitutionSummary[]): InstitutionCoverage[] {
  // The date and source only label a board's rows; the ranking does not read them.
  const board = nationalBoard(
    institutions.map((institution) => ({ ...institution, evaluationDate: '', source: institution.root })),
    '',
  );
  const rows = new Map(board.rows.map((row) => [row.root, row]));
  return institutions.map((institution) => {
    const row = rows.get(institution.root);
    return row ? { ...institution, rank: row.rank, levelReached: row.levelReached ?? null } : institution;
  });
}
