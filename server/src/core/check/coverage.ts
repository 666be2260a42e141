import { LEVELS, REQUIREMENTS, type LevelId, type Requirement, type RequirementId } from '../catalog/requirements';
import type { FileKind } from '../files/fileKinds';
import type { Finding } from '../findings';
import type { EvidenceTally } from './analyzeFile';

/**
 * `met`: evidence found and nothing fails. `partial`: only recommendations fail, or only part of the
 * evidence fails. `unmet`: there is no evidence where there should be, or all of it fails.
 * `no-evidence`: the kind of file the requirement is checked on is not in the workspace at all.
 */
export type RequirementState = 'met' | 'partial' | 'unmet' | 'no-evidence';

export interface LevelCoverage {
  met: number;
  total: number;
  ratio: number;
  /** The state of each requirement of this level (only this level's ids). */
  requirements: Partial<Record<RequirementId, RequirementState>>;
}

export type Coverage = Record<LevelId, LevelCoverage>;

export function requirementState(requirement: Requirement, kinds: ReadonlySet<FileKind>, evidence: EvidenceTally, findings: readonly Finding[]): RequirementState {
  // The first evidence kind is the one the requirement is about (the plan's tools for basico-4a,
  // the metadata for basico-2b); the others only add cross-checks. Without it there is nothing to
  // judge, unless a cross-check already failed (a plan whose due datasets have no metadata at all).
  const primary = requirement.evidence[0];
  const hasFileKind = primary === 'plan' ? kinds.has('plan') : primary === 'dataset' ? kinds.has('dataset') || kinds.has('catalog') : true;
  if (!hasFileKind) return findings.some((finding) => finding.weight === 'mandatory') ? 'unmet' : 'no-evidence';
  const mandatory = findings.filter((finding) => finding.weight === 'mandatory');
  const tally = evidence[requirement.id];
  // Evidence can fail without a finding of its own: a bad `modified` is said once, at basico-2b,
  // and still leaves intermedio-2a and basico-3a without a valid date to judge.
  if (mandatory.length > 0 || (tally !== undefined && tally.failed > 0)) return tally && tally.failed < tally.items ? 'partial' : 'unmet';
  if (!tally || tally.items === 0) return 'unmet';
  return findings.length > 0 ? 'partial' : 'met';
}

export function computeCoverage(kinds: ReadonlySet<FileKind>, evidence: EvidenceTally, findingsByRequirement: ReadonlyMap<RequirementId, Finding[]>): Coverage {
  const coverage = {} as Coverage;
  for (const level of LEVELS) {
    const requirements: Partial<Record<RequirementId, RequirementState>> = {};
    let met = 0;
    const ofLevel = REQUIREMENTS.filter((requirement) => requirement.level === level.id);
    for (const requirement of ofLevel) {
      const state = requirementState(requirement, kinds, evidence, findingsByRequirement.get(requirement.id) ?? []);
      requirements[requirement.id] = state;
      if (state === 'met') met++;
    }
    const total = ofLevel.length;
    coverage[level.id] = { met, total, ratio: total === 0 ? 0 : Math.round((met / total) * 1000) / 1000, requirements };
  }
  return coverage;
}

export function addEvidence(into: EvidenceTally, from: EvidenceTally): void {
  for (const id of Object.keys(from) as RequirementId[]) {
    const tally = from[id];
    if (!tally) continue;
    const target = (into[id] ??= { items: 0, failed: 0 });
    target.items += tally.items;
    target.failed += tally.failed;
  }
}
