import { identifierFrom, isDatasetIdentifier } from '../../../server/src/core/catalog/identifiers';
import { t } from '../../../server/src/core/l10n';

/** Schemas a new file declares, so any YAML tool (and ours, whatever the name) recognises it. */
const DATASET_SCHEMA = 'https://guia-datos-abiertos.mx/schemas/dataset.schema.json';
const PLAN_SCHEMA = 'https://guia-datos-abiertos.mx/schemas/plan.schema.json';

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,()/_-]*$/u.test(value)
    && !/[ ]$/.test(value)
    && !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|\d{4}-\d{2}(-\d{2})?)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** An identifier a dataset may have, by the dataset schema's one rule (lower-case ASCII, digits, hyphens). */
export const isValidIdentifier = isDatasetIdentifier;

/** A suggested identifier from free text: accents removed, lower case, words joined by hyphens. */
export function suggestIdentifier(text: string): string {
  return identifierFrom(text, 60);
}

export interface DatasetSeed {
  identifier: string;
  title?: string;
  description?: string;
  periodicity?: string;
  /** The day written as `modified` (AAAA-MM-DD). */
  today: string;
}

/**
 * A new dataset metadata file: every required field present; the ones the user must fill are
 * empty, so the diagnostics list exactly what is left to write.
 */
export function datasetTemplate(seed: DatasetSeed): string {
  return [
    `# yaml-language-server: $schema=${DATASET_SCHEMA}`,
    `# ${t('Metadatos del conjunto de datos. Completa los campos vacíos: los diagnósticos dicen qué falta.')}`,
    `identifier: ${yamlScalar(seed.identifier)}`,
    `title: ${seed.title ? yamlScalar(seed.title) : '""'}`,
    `description: ${seed.description ? yamlScalar(seed.description) : '""'}`,
    'keyword: []',
    `modified: ${seed.today}`,
    'contactPoint: ""',
    'mbox: ""',
    'landingPage: ""',
    `accrualPeriodicity: ${seed.periodicity ? yamlScalar(seed.periodicity) : '""'}`,
    'distribution:',
    '  - title: ""',
    '    downloadURL: ""',
    '    mediaType: text/csv',
    '',
  ].join('\n');
}

/** A new opening plan with the sections of the basic level, to be filled in. */
export function planTemplate(today: string): string {
  return [
    `# yaml-language-server: $schema=${PLAN_SCHEMA}`,
    `# ${t('Plan de apertura institucional. Completa los campos vacíos: los diagnósticos dicen qué falta.')}`,
    'institucion:',
    '  nombre: ""',
    '  siglas: ""',
    'nivelObjetivo: basico',
    'vision: ""',
    `revisado: ${today}`,
    'responsables:',
    '  enlace:',
    '    nombre: ""',
    '    cargo: ""',
    '    correo: ""',
    '  administrador:',
    '    nombre: ""',
    '    cargo: ""',
    '    correo: ""',
    '  oficioDesignacion:',
    '    referencia: ""',
    '    fecha: ""',
    'inventario: []',
    'plan: []',
    '',
  ].join('\n');
}
