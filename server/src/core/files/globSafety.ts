import { t } from '../l10n';

/**
 * Bounds on a workspace glob pattern (`guia.metadataFiles`, `guia.planFiles`). A pattern is compiled
 * to a regular expression, and some shapes make matching one path take exponential time: 20 × `*a`
 * took more than 20 s on one file name, 10 × `*a` 14 s, and repeated extglob alternatives such as
 * `+(a|aa)+(a|aa)b` never finished. A pattern past these bounds is not used.
 */
export const GLOB_LIMITS = {
  /** Characters in a pattern. */
  length: 256,
  /** `*` wildcards in one path segment (`**` excluded): three keep the worst case polynomial and small. */
  starsPerSegment: 3,
  /** `{…}` groups in a pattern. */
  braceGroups: 4,
} as const;

/** Why a glob pattern is refused, in a sentence for the log; undefined for a pattern safe to use. */
export function unsafeGlobReason(pattern: string): string | undefined {
  if (pattern.length > GLOB_LIMITS.length) return t('mide {0} caracteres y el máximo es {1}', pattern.length, GLOB_LIMITS.length);
  if (/[!*+?@]\(/.test(pattern)) return t('usa patrones extendidos como «+(…)» o «*(…)», que pueden tardar sin fin en compararse');
  for (const segment of pattern.split('/')) {
    const stars = segment === '**' ? 0 : (segment.match(/\*/g) ?? []).length;
    if (stars > GLOB_LIMITS.starsPerSegment) return t('tiene {0} comodines «*» en «{1}» y el máximo por parte de la ruta es {2}', stars, segment, GLOB_LIMITS.starsPerSegment);
  }
  const braces = (pattern.match(/\{/g) ?? []).length;
  if (braces > GLOB_LIMITS.braceGroups) return t('tiene {0} grupos «{…}» y el máximo es {1}', braces, GLOB_LIMITS.braceGroups);
  return undefined;
}

/** A refused pattern and why. */
export interface RefusedGlob {
  pattern: string;
  reason: string;
}

/** The patterns safe to use, and those refused with their reasons. */
export function safeGlobs(patterns: readonly string[]): { usable: string[]; refused: RefusedGlob[] } {
  const usable: string[] = [];
  const refused: RefusedGlob[] = [];
  for (const pattern of patterns) {
    const reason = unsafeGlobReason(pattern);
    if (reason === undefined) usable.push(pattern);
    else refused.push({ pattern, reason });
  }
  return { usable, refused };
}

/** The log line for a refused pattern of a setting. */
export function refusedGlobMessage(setting: string, refused: RefusedGlob): string {
  return t('Se ignora el patrón «{0}» de {1}: {2}. Simplifícalo (por ejemplo «**/*.dcat.yaml»).', refused.pattern, setting, refused.reason);
}
