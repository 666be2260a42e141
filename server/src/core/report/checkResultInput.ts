import { LEVELS, REQUIREMENTS, isLevelId } from '../catalog/requirements';
import type { Coverage, LevelCoverage, RequirementState } from '../check/coverage';
import { levelCoverageOf } from '../institutions/commonCoverage';
import type { FindingCount } from '../institutions/findingCounts';
import type { QualityScore } from '../quality/datasetQuality';
import { t } from '../l10n';
import { isIsoDate } from '../text/dates';
import type { BoardInstitution } from './nationalBoard';

const STATES: ReadonlySet<string> = new Set<RequirementState>(['met', 'partial', 'unmet', 'no-evidence']);

/** Whether a parsed JSON value looks like the output of `guia check --format json` (rather than a catalog). */
export function isCheckResult(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.institutions) && Array.isArray(value.files) && isObject(value.coverage);
}

/**
 * The institutions of one `guia check --format json` output, read back for the national board
 * (one CI job per institution, one job that gathers their outputs). The file comes from other
 * jobs, so every field is checked: a malformed entry is an error naming the file and the entry,
 * never a row of the board built from guesses.
 */
export function institutionsFromCheckResult(value: unknown, source: string): BoardInstitution[] | string {
  if (!isCheckResult(value)) return t('{0} no es una salida de «guia check --format json» (le faltan «institutions», «files» o «coverage»).', source);
  const result = value as { evaluationDate?: unknown; institutions: unknown[] };
  const date = typeof result.evaluationDate === 'string' && isIsoDate(result.evaluationDate) ? result.evaluationDate : undefined;
  if (date === undefined) return t('{0} no tiene «evaluationDate» (AAAA-MM-DD): genéralo con una versión de guia que lo escriba.', source);
  const institutions: BoardInstitution[] = [];
  for (const [i, entry] of result.institutions.entries()) {
    const read = readInstitution(entry, date, source);
    if (read === undefined) return t('{0}: la institución n.º {1} de «institutions» no tiene la forma esperada (name, root, targetLevel, coverage, findings).', source, i + 1);
    institutions.push(read);
  }
  return institutions;
}

function readInstitution(entry: unknown, evaluationDate: string, source: string): BoardInstitution | undefined {
  if (!isObject(entry)) return undefined;
  const { name, acronym, root, targetLevel, coverage, findings, quality } = entry;
  if (typeof name !== 'string' || typeof root !== 'string' || !isLevelId(targetLevel)) return undefined;
  if (acronym !== undefined && typeof acronym !== 'string') return undefined;
  const readCoverage = readCoverageOf(coverage);
  const readFindings = readFindingsOf(findings);
  if (!readCoverage || !readFindings) return undefined;
  if (quality !== undefined && !isQualityScore(quality)) return undefined;
  return { name, ...(acronym ? { acronym } : {}), root, targetLevel, coverage: readCoverage, findings: readFindings, evaluationDate, source, ...(quality ? { quality } : {}) };
}

function readCoverageOf(value: unknown): Coverage | undefined {
  if (!isObject(value)) return undefined;
  const coverage = {} as Coverage;
  for (const level of LEVELS) {
    const own = value[level.id];
    if (!isObject(own) || !isObject(own.requirements)) return undefined;
    const requirements: LevelCoverage['requirements'] = {};
    for (const requirement of REQUIREMENTS.filter((candidate) => candidate.level === level.id)) {
      const state = own.requirements[requirement.id];
      if (typeof state !== 'string' || !STATES.has(state)) return undefined;
      requirements[requirement.id] = state as RequirementState;
    }
    // Counted again from the states, so a hand-edited `met` cannot raise an institution's rank.
    coverage[level.id] = levelCoverageOf(requirements);
  }
  return coverage;
}

function readFindingsOf(value: unknown): Record<string, FindingCount> | undefined {
  if (!isObject(value)) return undefined;
  const findings: Record<string, FindingCount> = {};
  for (const [id, count] of Object.entries(value)) {
    if (!isObject(count) || !isCount(count.count) || !isCount(count.errors ?? 0)) return undefined;
    findings[id] = { count: count.count as number, errors: (count.errors ?? 0) as number };
  }
  return findings;
}

/** A metadata quality score as `guia check` writes it: whole points within the maximum and a known rating. */
function isQualityScore(value: unknown): value is QualityScore {
  if (!isObject(value) || !isCount(value.total) || !isCount(value.max) || (value.total as number) > (value.max as number)) return false;
  return value.rating === 'excellent' || value.rating === 'good' || value.rating === 'sufficient' || value.rating === 'bad';
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
