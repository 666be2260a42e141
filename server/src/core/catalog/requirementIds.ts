// Written by `npm run requirement-ids` from schemas/requirements.json: do not edit by hand.

/** Every requirement id of the guide's board, in the catalog's order. */
export const REQUIREMENT_IDS = [
  'basico-1a',
  'basico-1b',
  'basico-1c',
  'intermedio-1a',
  'intermedio-1b',
  'avanzado-1a',
  'basico-2a',
  'basico-2b',
  'intermedio-2a',
  'intermedio-2b',
  'avanzado-2a',
  'basico-3a',
  'basico-3b',
  'intermedio-3a',
  'intermedio-3b',
  'avanzado-3a',
  'basico-4a',
  'intermedio-4a',
  'intermedio-4b',
  'avanzado-4a',
] as const;

/** An id such as `basico-2b`: level, step number and the action's letter. */
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

const KNOWN_IDS: ReadonlySet<string> = new Set(REQUIREMENT_IDS);

/** Whether a text read from data (a diagnostic code, a JSON report, a schema, a link) names a requirement. */
export function isRequirementId(text: string): text is RequirementId {
  return KNOWN_IDS.has(text);
}
