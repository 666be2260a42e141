import { identifierFrom, isDatasetIdentifier } from '../catalog/identifiers';
import { t } from '../l10n';
import { standIn as placeholder } from '../text/placeholders';

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .,()/_-]*$/u.test(value) &&
    !/[ ]$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|\d{4}-\d{2}(-\d{2})?)$/i.test(value);
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

/** A value to fill, marked «…» (the one placeholder convention of the core). */
const fill = (label: string): string => placeholder(label);

/**
 * A new dataset metadata file: every field Básico asks for, each value the user must write marked
 * «…». The editor shows those as hints with one summary line («Quedan 9 valores por completar»),
 * and what the user types over them is checked as usual. No `yaml-language-server` modeline: the
 * file name is what makes it ours, and a modeline would send other YAML tools to fetch a schema.
 */
export function datasetTemplate(seed: DatasetSeed): string {
  return [
    `# ${t('Metadatos del conjunto de datos. Escribe encima de cada valor entre « »: los diagnósticos revisan lo que escribas.')}`,
    `identifier: ${yamlScalar(seed.identifier)}`,
    `title: ${seed.title ? yamlScalar(seed.title) : fill(t('Nombre claro del conjunto'))}`,
    `description: ${seed.description ? yamlScalar(seed.description) : fill(t('Qué contiene el conjunto, con detalle suficiente para juzgar su interés'))}`,
    `keyword: [${fill(t('palabra clave'))}]`,
    `modified: ${seed.today}`,
    `contactPoint: ${fill(t('Área responsable de los datos'))}`,
    `mbox: ${fill('correo@institucion.gob.mx')}`,
    `landingPage: ${fill('https://www.institucion.gob.mx/datos')}`,
    `accrualPeriodicity: ${seed.periodicity ? yamlScalar(seed.periodicity) : fill(t('anual, mensual, irregular…'))}`,
    'distribution:',
    `  - title: ${fill(t('Nombre del recurso'))}`,
    `    downloadURL: ${fill('https://datos.institucion.gob.mx/archivo.csv')}`,
    '    mediaType: text/csv',
    '',
  ].join('\n');
}

/**
 * A new opening plan with every section a Básico requirement reads (designations, inventory, plan,
 * link monitoring, tools), each value to write marked «…».
 */
export function planTemplate(today: string): string {
  const identifier = fill(t('identificador-del-conjunto'));
  return [
    `# ${t('Plan de apertura institucional. Escribe encima de cada valor entre « »: los diagnósticos revisan lo que escribas.')}`,
    'institucion:',
    `  nombre: ${fill(t('Nombre de la institución'))}`,
    `  siglas: ${fill(t('SIGLAS'))}`,
    'nivelObjetivo: basico',
    `vision: ${fill(t('La visión de la institución sobre sus datos abiertos'))}`,
    `revisado: ${today}`,
    'responsables:',
    '  enlace:',
    `    nombre: ${fill(t('Nombre del Enlace Institucional'))}`,
    `    cargo: ${fill(t('Cargo (al menos Director General)'))}`,
    `    correo: ${fill('enlace@institucion.gob.mx')}`,
    '  administrador:',
    `    nombre: ${fill(t('Nombre del Administrador de Datos'))}`,
    `    cargo: ${fill(t('Cargo'))}`,
    `    correo: ${fill('administrador@institucion.gob.mx')}`,
    '  oficioDesignacion:',
    `    referencia: ${fill(t('Número del oficio'))}`,
    `    fecha: ${fill(t('AAAA-MM-DD'))}`,
    'inventario:',
    `  - conjunto: ${identifier}`,
    `    recurso: ${fill(t('Nombre del recurso'))}`,
    `    descripcion: ${fill(t('Qué es, en una frase'))}`,
    `    responsable: ${fill(t('Cargo del responsable'))}`,
    '    acceso: publico',
    `    fuente: ${fill(t('Sistema o base de datos de origen'))}`,
    `    fechaEstimada: ${fill(t('AAAA-MM'))}`,
    'plan:',
    `  - conjunto: ${identifier}`,
    `    descripcion: ${fill(t('Qué se publicará'))}`,
    `    periodicidad: ${fill(t('anual, mensual, irregular…'))}`,
    `    fechaPublicacion: ${fill(t('AAAA-MM-DD'))}`,
    'monitoreo:',
    `  metodo: ${fill(t('Cómo se revisa que cada enlace de descarga responda'))}`,
    '  frecuencia: mensual',
    'herramientas:',
    `  - nombre: ${fill(t('Herramienta digital de gobierno que usa los datos'))}`,
    `    url: ${fill('https://www.institucion.gob.mx/herramienta')}`,
    `    conjuntos: [${identifier}]`,
    `    enlaceDatos: ${fill('https://datos.gob.mx/busca/organization/siglas')}`,
    '',
  ].join('\n');
}
