import { foldText } from '../catalog/vocabularies';

/** Edits (insertions, deletions, substitutions) to turn one text into another. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A candidate close to what the user wrote; `sameWord` when only case or accents differ. */
export interface Suggestion {
  value: string;
  distance: number;
  sameWord: boolean;
}

/**
 * The candidates closest to `written`, best first: those equal but for case and accents, then
 * those within a few edits (about one in three letters), then those it is a clear prefix of.
 */
export function suggestionsFor(written: string, candidates: readonly string[], limit = 3): Suggestion[] {
  const folded = foldText(written);
  if (!folded) return [];
  const scored: Suggestion[] = [];
  for (const value of candidates) {
    const target = foldText(value);
    if (target === folded) {
      scored.push({ value, distance: 0, sameWord: true });
      continue;
    }
    const distance = editDistance(folded, target);
    const tolerance = Math.max(1, Math.floor(Math.min(folded.length, target.length) / 3));
    if (distance <= tolerance) scored.push({ value, distance, sameWord: false });
    else if (folded.length >= 4 && (target.startsWith(folded) || folded.startsWith(target))) scored.push({ value, distance: tolerance + 1, sameWord: false });
  }
  return scored.sort((a, b) => a.distance - b.distance || a.value.localeCompare(b.value)).slice(0, limit);
}
