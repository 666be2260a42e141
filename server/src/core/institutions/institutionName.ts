import type { FileAnalysis } from '../model/analysis';
import { stringValue, valueOf } from '../parse/sourceTree';
import { folderName } from './scopeIds';

/** How an institution is called: its plan's `institucion.nombre` and `siglas`, or its folder's name. */
export interface InstitutionIdentity {
  name: string;
  acronym?: string;
}

/**
 * The institution's name from the first of its plans (by id) that states one; without a plan, or a
 * plan without a name, the name of its folder, so every row of a board can be told apart.
 */
export function institutionIdentity(root: string, files: readonly FileAnalysis[]): InstitutionIdentity {
  const plans = files.filter((file) => file.kind === 'plan').sort((a, b) => a.id.localeCompare(b.id));
  for (const plan of plans) {
    const institution = valueOf(plan.parsed.root, 'institucion');
    const name = stringValue(valueOf(institution, 'nombre'))?.trim();
    const acronym = stringValue(valueOf(institution, 'siglas'))?.trim();
    if (name) return { name, ...(acronym ? { acronym } : {}) };
    if (acronym) return { name: acronym, acronym };
  }
  return { name: folderName(root) };
}
