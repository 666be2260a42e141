import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { measureRun } from './cli';
import { catalogText, datasetIdentifier, planText } from './generate';
import { Random } from './random';
import type { Row } from './report';
import { round } from './stats';

/** The country's size: about 300 institutions, each with its plan and a catalog of 100 datasets. */
export const NATIONAL_SIZES = [30, 100, 300] as const;
const DATASETS_PER_INSTITUTION = 100;
const LEVELS = ['basico', 'basico', 'intermedio', 'avanzado'];

export interface NationalFigures {
  institutions: number;
  datasets: number;
  wallMs: number;
  /** Processor time (user + system), when GNU time reports it. */
  cpuMs: number | undefined;
  peakRssMb: number;
  /** Rows of the board written (one per institution), read back from its JSON. */
  rows: number;
  findings: number;
}

/**
 * A generated national tree: one folder per institution with its opening plan and a catalog of 100
 * datasets in the realistic flaw mix (see `FlawMix`). Every institution numbers its datasets from
 * `conjunto-00001`, as institutions do: an identifier repeated across institutions is no mistake,
 * and a board that mixed institutions would report thousands of duplicates.
 */
export function writeNationalTree(folder: string, institutions: number, seed: number): void {
  const random = new Random(seed);
  for (let i = 0; i < institutions; i++) {
    const own = path.join(folder, `institucion-${String(i + 1).padStart(3, '0')}`);
    mkdirSync(own, { recursive: true });
    const name = `Institución Nacional ${i + 1}`;
    writeFileSync(path.join(own, 'catalogo.yaml'), catalogText(DATASETS_PER_INSTITUTION, seed + i, 'realistic', name));
    const identifiers = Array.from({ length: DATASETS_PER_INSTITUTION }, (_, index) => datasetIdentifier(index));
    writeFileSync(path.join(own, 'plan-de-apertura.yaml'), planText(identifiers, seed + i + 1, { name, acronym: `IN${i + 1}`, targetLevel: random.pick(LEVELS) }));
  }
}

/** Runs `guia tablero <tree> --format json` and measures it as a national run would. */
export async function measureNationalBoard(cli: string, folder: string, institutions: number, out: string): Promise<NationalFigures> {
  const run = await measureRun(cli, ['tablero', folder, '--format', 'json', '--today', '2026-11-27', '--out', out, '--force']);
  if (run.exitCode !== 0) throw new Error(`guia tablero failed (${run.exitCode}): ${run.stderr.slice(0, 2000)}`);
  const board = JSON.parse(readFileSync(out, 'utf8')) as { institutions: { findings: number }[] };
  return {
    institutions,
    datasets: institutions * DATASETS_PER_INSTITUTION,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssMb: run.peakRssMb,
    rows: board.institutions.length,
    findings: board.institutions.reduce((sum, row) => sum + row.findings, 0),
  };
}

/**
 * The rows of the national board: time and memory at each size, the targets at 300 institutions,
 * and whether time grows linearly: the cost of each extra institution from 100 to 300 against the
 * cost of each from 30 to 100 (the increments cancel the fixed start-up cost).
 */
export function nationalRows(runs: readonly NationalFigures[]): Row[] {
  const rows: Row[] = [];
  for (const run of runs) {
    const last = run === runs[runs.length - 1];
    const label = `guia tablero, ${run.institutions} instituciones (${run.datasets.toLocaleString('en-US')} conjuntos)`;
    rows.push({
      key: `board.${run.institutions}.wall`,
      label: `${label}: tiempo`,
      value: run.wallMs,
      unit: 'ms',
      ...(last ? { target: '< 20,000', pass: run.wallMs < 20_000 && run.rows === run.institutions } : {}),
      note: `${round(run.wallMs / run.institutions, 1)} ms por institución${run.cpuMs === undefined ? '' : `; ${Math.round(run.cpuMs).toLocaleString('en-US')} ms de procesador`}; ${run.rows} filas, ${run.findings.toLocaleString('en-US')} hallazgos`,
    });
    rows.push({
      key: `board.${run.institutions}.rss`,
      label: `${label}: memoria máxima`,
      value: run.peakRssMb,
      unit: 'MB',
      ...(last ? { target: '< 1,024', pass: run.peakRssMb < 1024 } : {}),
    });
  }
  const [small, medium, large] = runs;
  if (small && medium && large) {
    const early = (medium.wallMs - small.wallMs) / (medium.institutions - small.institutions);
    const late = (large.wallMs - medium.wallMs) / (large.institutions - medium.institutions);
    const ratio = late / early;
    rows.push({
      key: 'board.growth',
      label: 'guia tablero: crecimiento (ms/institución 100→300 ÷ 30→100)',
      value: ratio,
      unit: 'x',
      target: '≤ 1.5 (lineal)',
      pass: ratio <= 1.5,
      note: `${round(early, 1)} ms por institución adicional de 30 a 100; ${round(late, 1)} de 100 a 300; tiempo ${round(medium.wallMs / small.wallMs, 2)}× de 30 a 100 (3.3× instituciones) y ${round(large.wallMs / medium.wallMs, 2)}× de 100 a 300 (3×)`,
    });
  }
  return rows;
}

/** Generates the three national trees under `root` and measures `guia tablero` on each, smallest first. */
export async function measureNational(cli: string, root: string, seed: number, log: (message: string) => void): Promise<NationalFigures[]> {
  const runs: NationalFigures[] = [];
  for (const size of NATIONAL_SIZES) {
    const folder = path.join(root, `pais-${size}`);
    writeNationalTree(folder, size, seed);
    log(`tablero nacional: ${size} instituciones`);
    runs.push(await measureNationalBoard(cli, folder, size, path.join(root, `tablero-${size}.json`)));
  }
  return runs;
}
