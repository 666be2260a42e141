import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Random } from './random';

/**
 * Deterministic synthetic inputs for the benchmark: DCAT datasets, an ADELA-shaped catalog of many
 * of them, and opening plans. About one dataset or plan row in six carries one of the mistakes
 * people really make (a missing field, a date in the wrong format, an unknown periodicity, a
 * relative URL, a duplicated title…), so the checks have findings to report, as they would on a
 * real catalog.
 */

const SUBJECTS = [
  'Población',
  'Pobreza',
  'Rezago social',
  'Matrícula escolar',
  'Unidades médicas',
  'Carreteras',
  'Presupuesto',
  'Contratos',
  'Incidencia delictiva',
  'Calidad del aire',
  'Agua potable',
  'Empleo',
];
const SCOPES = ['por municipio', 'por entidad', 'por localidad', 'nacional', 'por región', 'por colonia'];
const AREAS = ['Dirección de Información', 'Dirección de Estadística', 'Unidad de Transparencia', 'Dirección General de TI', 'Coordinación de Planeación'];
/** Periodicities whose window (92 days or more) a `modified` date from September to November 2026 is within. */
const PERIODICITIES = ['anual', 'trimestral', 'semestral', 'R/P1Y', 'R/P3M', 'irregular', 'quinquenal'];
const PLAN_PERIODICITIES = [...PERIODICITIES, 'mensual', 'R/P1M'];
const MEDIA = [
  ['text/csv', 'csv', 'LibreOffice Calc, R, Python'],
  ['application/json', 'json', 'Python, jq'],
] as const;
const STORES = ['PostgreSQL', 'Oracle', 'SQL Server', 'MySQL', 'Hojas de cálculo compartidas'];
const CRITERIA = ['registro-publico', 'solicitudes-recurrentes', 'interes-nacional', 'politica-publica', 'sistema-de-informacion'];

/** Share of datasets and plan rows that carry one mistake. */
const FLAW_RATE = 1 / 6;

/**
 * `few`: the mistakes above only (about one dataset in six). `realistic`: the mix real imports show
 * on top of them: most datasets leave out the optional fields people skip (a resource's `tools` and
 * `byteSize`, the dataset's `quality`), so a catalog carries findings by the thousand.
 */
export type FlawMix = 'few' | 'realistic';

/** In the realistic mix, how often each optional field is left out (as in ADELA exports). */
const REALISTIC_OMISSIONS = { tools: 0.8, byteSize: 0.75, quality: 0.7 } as const;

export const DOMAIN = 'ejemplo.gob.mx';

export function datasetIdentifier(index: number): string {
  return `conjunto-${String(index + 1).padStart(5, '0')}`;
}

/**
 * The lines of one dataset (15 when it has no mistake), unindented. Without a mistake it meets every
 * requirement the checks judge on one dataset when evaluated on 2026-11-27 (the benchmark's date).
 * `index` makes identifiers and titles unique, except for the mistake of reusing `previousTitle`.
 */
export function datasetLines(random: Random, index: number, previousTitle?: string, flaws: FlawMix = 'few'): string[] {
  const subject = SUBJECTS[index % SUBJECTS.length]!;
  const scope = random.pick(SCOPES);
  const id = datasetIdentifier(index);
  const [mediaType, extension, tools] = random.pick(MEDIA);
  const year = 2015 + random.int(11);
  const fields: Record<string, string> = {
    identifier: id,
    title: `${subject} ${scope} ${index + 1}`,
    description: `${subject} ${scope}, serie ${year}-${year + 1}, con claves del Marco Geoestadístico Nacional.`,
    modified: `2026-${pad(9 + random.int(3))}-${pad(1 + random.int(20))}`,
    contactPoint: random.pick(AREAS),
    mbox: `datos@${DOMAIN}`,
    landingPage: `https://www.${DOMAIN}/datos/${id}`,
    accrualPeriodicity: random.pick(PERIODICITIES),
    quality: 'Se validan claves y totales contra la fuente antes de cada publicación.',
  };
  const resource: Record<string, string> = {
    title: `${subject} ${scope} ${year}`,
    downloadURL: `https://datos.${DOMAIN}/${id}/${year}.${extension}`,
    mediaType,
    byteSize: String(10_000 + random.int(5_000_000)),
    tools,
  };
  if (random.chance(FLAW_RATE)) {
    switch (random.int(11)) {
      case 0:
        delete fields.mbox;
        break;
      case 1:
        fields.modified = `${pad(1 + random.int(28))}/${pad(1 + random.int(12))}/${year + 1}`;
        break;
      case 2:
        fields.accrualPeriodicity = 'cuando se pueda';
        break;
      case 3:
        fields.titulo = fields.title!;
        delete fields.title;
        break;
      case 4:
        delete resource.mediaType;
        break;
      case 5:
        resource.downloadURL = `datos/${id}.${extension}`;
        break;
      case 6:
        if (previousTitle) fields.title = previousTitle;
        break;
      case 7:
        fields.mbox = 'datos en ejemplo.gob.mx';
        break;
      case 8:
        fields.modified = `${2016 + random.int(5)}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`;
        break; // outdated
      case 9:
        resource.mediaType = 'application/vnd.ms-excel';
        resource.downloadURL = resource.downloadURL!.replace(/\.\w+$/, '.xls');
        break; // not open
      default:
        delete resource.tools;
        delete resource.byteSize;
        break;
    }
  }
  if (flaws === 'realistic') {
    if (random.chance(REALISTIC_OMISSIONS.tools)) delete resource.tools;
    if (random.chance(REALISTIC_OMISSIONS.byteSize)) delete resource.byteSize;
    if (random.chance(REALISTIC_OMISSIONS.quality)) delete fields.quality;
  }
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  lines.push('distribution:');
  const resourceLines = Object.entries(resource).map(([key, value]) => `${key}: ${value}`);
  lines.push(...resourceLines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)));
  return lines;
}

/** A single-dataset `.dcat.yaml` file. */
export function datasetFileText(random: Random, index: number): string {
  return datasetLines(random, index).join('\n') + '\n';
}

/** An ADELA-shaped catalog: a few catalog keys and a `dataset:` list of `count` datasets. */
export function catalogText(count: number, seed: number, flaws: FlawMix = 'few', institution = 'la Secretaría de Ejemplo'): string {
  const random = new Random(seed);
  const out = [
    `# Catálogo sintético de ${count} conjuntos para el banco de pruebas.`,
    `title: Catálogo de datos abiertos de ${institution}`,
    'description: Todos los conjuntos de datos de la institución.',
    `homepage: https://www.${DOMAIN}`,
    'license: https://datos.gob.mx/libreusomx/',
    'dataset:',
  ];
  let previousTitle: string | undefined;
  for (let i = 0; i < count; i++) {
    const lines = datasetLines(random, i, previousTitle, flaws);
    previousTitle = lines.find((line) => line.startsWith('title: '))?.slice('title: '.length);
    out.push(...lines.map((line, j) => (j === 0 ? `  - ${line}` : `    ${line}`)));
  }
  return out.join('\n') + '\n';
}

/**
 * An opening plan whose inventory and plan list every given dataset plus a quarter more that have
 * no metadata yet (so a workspace of 1,000 datasets has a plan of 2,500 rows).
 */
export function planText(
  identifiers: readonly string[],
  seed: number,
  institution: { name: string; acronym: string; targetLevel: string } = { name: 'Secretaría de Ejemplo', acronym: 'SE', targetLevel: 'basico' },
): string {
  const random = new Random(seed);
  const extra = Math.round(identifiers.length / 4);
  const all = [...identifiers];
  for (let i = 0; i < extra; i++) all.push(`pendiente-${String(i + 1).padStart(5, '0')}`);
  const out = [
    'institucion:',
    `  nombre: ${institution.name}`,
    `  siglas: ${institution.acronym}`,
    `  sitio: https://www.${DOMAIN}`,
    `nivelObjetivo: ${institution.targetLevel}`,
    'vision: Publicar los datos de la Secretaría como datos abiertos útiles para todas las personas.',
    'revisado: 2026-03-01',
    'responsables:',
    '  enlace: { nombre: Ana Ruiz, cargo: Jefa de la Oficina del Titular, correo: ana.ruiz@ejemplo.gob.mx }',
    '  administrador: { nombre: Luis Soto, cargo: Director General de TI, correo: luis.soto@ejemplo.gob.mx }',
    '  oficioDesignacion: { referencia: SE/UGD/123/2015, fecha: 2015-07-20 }',
    'inventario:',
  ];
  for (const id of all) {
    const row: Record<string, string> = {
      conjunto: id,
      recurso: `Recurso de ${id}`,
      descripcion: `Datos de ${id} por municipio.`,
      responsable: random.pick(AREAS),
      acceso: 'publico',
      fuente: random.pick(STORES),
      fechaEstimada: `2026-${pad(1 + random.int(12))}`,
    };
    if (random.chance(FLAW_RATE)) {
      switch (random.int(4)) {
        case 0:
          row.acceso = 'privado';
          break; // no legal grounds given
        case 1:
          row.fechaEstimada = 'junio de 2026';
          break;
        case 2:
          row.fuente = 'archivo.csv';
          break;
        default:
          delete row.responsable;
          break;
      }
    }
    out.push(...rowLines(row));
  }
  out.push('plan:');
  for (const id of all) {
    const row: Record<string, string> = {
      conjunto: id,
      descripcion: `Publicación de ${id}.`,
      periodicidad: random.pick(PLAN_PERIODICITIES),
      fechaPublicacion: `2026-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`,
      criterios: `[${random.pick(CRITERIA)}, ${random.pick(CRITERIA)}]`,
    };
    if (random.chance(FLAW_RATE)) {
      switch (random.int(3)) {
        case 0:
          row.periodicidad = 'a veces';
          break;
        case 1:
          row.fechaPublicacion = '2026-13-45';
          break;
        default:
          row.criterios = '[porque-si]';
          break;
      }
    }
    out.push(...rowLines(row));
  }
  return out.join('\n') + '\n';
}

/**
 * Writes a workspace of `count` single-dataset files (100 per folder, as institutions group them)
 * and a plan listing them. Returns the plan's path.
 */
export function writeWorkspace(folder: string, count: number, seed: number): { planPath: string; datasetPaths: string[] } {
  const random = new Random(seed);
  const datasetPaths: string[] = [];
  const identifiers: string[] = [];
  for (let i = 0; i < count; i++) {
    const subfolder = path.join(folder, 'datos', `grupo-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(subfolder, { recursive: true });
    const file = path.join(subfolder, `${datasetIdentifier(i)}.dcat.yaml`);
    writeFileSync(file, datasetFileText(random, i));
    datasetPaths.push(file);
    identifiers.push(datasetIdentifier(i));
  }
  const planPath = path.join(folder, 'plan-de-apertura.yaml');
  writeFileSync(planPath, planText(identifiers, seed + 1));
  return { planPath, datasetPaths };
}

function rowLines(row: Record<string, string>): string[] {
  return Object.entries(row).map(([key, value], i) => (i === 0 ? `  - ${key}: ${value}` : `    ${key}: ${value}`));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
