import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { checkPlan, findingsFor } from '../rules/plan/planWorkspace';
import { importFixtures, places } from './fixtures';

type Plan = { vision?: string; responsables?: Record<string, Record<string, string>>; plan?: Array<Record<string, unknown>>; inventario?: Array<Record<string, unknown>> };

const planOf = (result: ReturnType<typeof importFixtures>): Plan => {
  const file = result.files.find((candidate) => candidate.name === 'plan-de-apertura.yaml');
  assert.ok(file, 'plan-de-apertura.yaml was not written');
  return parse(file.text) as Plan;
};

describe('importing the plan template', () => {
  it('reads ADELA’s own plan export, spelling mistakes in its header included', () => {
    const result = importFixtures(['plan-limpio.csv']);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['plan-de-apertura.yaml'],
    );
    assert.deepEqual(result.skipped, []);
    const plan = planOf(result);
    assert.equal(plan.vision, 'Publicar la medición de la pobreza como datos abiertos, útiles para todas las personas.');
    assert.deepEqual(plan.responsables!.enlace, { nombre: 'Ana Ruiz', cargo: 'Jefa de la Oficina del Titular', correo: 'ana.ruiz@coneval.gob.mx' });
    assert.equal(plan.responsables!.administrador!.correo, 'luis.soto@coneval.gob.mx');
    assert.deepEqual(
      plan.plan!.map((entry) => [entry.conjunto, entry.periodicidad, entry.fechaPublicacion]),
      [
        ['Indicadores de pobreza', 'bianual', '2016-06-30'],
        ['Índice de rezago social', 'quinquenal', '2016-07-31'],
        ['Padrón de beneficiarios', 'semestral', '2017-01-15'],
      ],
    );
  });

  it('names datasets by identifier when the catalog imported with it (or already in the folder) has their title', () => {
    const result = importFixtures(['catalogo-limpio.csv', 'plan-limpio.csv'], [{ identifier: 'padron-beneficiarios', title: 'Padrón de beneficiarios' }]);
    assert.deepEqual(
      planOf(result).plan!.map((entry) => entry.conjunto),
      ['indicadores-pobreza', 'rezago-social', 'padron-beneficiarios'],
    );
    assert.deepEqual(result.warnings, []);
  });

  it('tells which names it could not resolve, once per name', () => {
    const result = importFixtures(['catalogo-limpio.csv', 'plan-limpio.csv', 'inventario-limpio.csv']);
    assert.deepEqual(places(result.warnings), ['plan-limpio.csv:4', 'inventario-limpio.csv:5']);
    assert.match(result.warnings[0]!.message, /«Padrón de beneficiarios» \(fila 4\) no coincide/);
  });

  it('imports a messy plan (windows-1252, semicolons, a title row, blank and ragged rows) and reports the rows it leaves', () => {
    const result = importFixtures(['plan-sucio.csv']);
    assert.equal(result.sources[0]!.encoding, 'windows-1252');
    assert.deepEqual(places(result.skipped), ['plan-sucio.csv:7', 'plan-sucio.csv:8', 'plan-sucio.csv:9', 'plan-sucio.csv:11']);
    assert.match(result.skipped[0]!.message, /Repite el conjunto «Indicadores de pobreza» de la fila 3/);
    assert.match(result.skipped[1]!.message, /ya está en la fila 4 con otros datos/);
    assert.match(result.skipped[2]!.message, /no tiene nombre/);
    assert.match(result.skipped[3]!.message, /más allá de las 11 columnas/);
    assert.equal(result.blankRows, 1);
    const plan = planOf(result);
    assert.equal(plan.vision, 'Publicar la medición de la pobreza como datos abiertos, útiles para todas las personas.', 'the first vision is kept');
    assert.ok(result.warnings.some((issue) => issue.row === 8 && /otro valor para «vision»/.test(issue.message)));
    assert.deepEqual(
      plan.plan!.map((entry) => [entry.conjunto, entry.periodicidad, entry.fechaPublicacion ?? null]),
      [
        ['Indicadores de pobreza', 'bianual', '2016-06-30'],
        ['Índice de rezago social', 'quinquenal', '7/8/2016'],
        ['Padrón de beneficiarios', 'cada año', null],
        ['"Estadísticas básicas', 'mensual', '2016-10-31'],
      ],
    );
    assert.ok(result.warnings.some((issue) => issue.row === 10 && /comilla/.test(issue.message)));
  });
});

describe('importing the inventory template', () => {
  it('reads the eight columns into the plan’s inventory', () => {
    const result = importFixtures(['catalogo-limpio.csv', 'inventario-limpio.csv']);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.inventoryEntries, 4);
    const [first, , , last] = planOf(result).inventario!;
    assert.deepEqual(first, {
      conjunto: 'indicadores-pobreza',
      recurso: 'Pobreza por entidad 2014',
      descripcion: 'Indicadores de pobreza por entidad federativa.',
      responsable: 'Director de Información',
      acceso: 'publico',
      fuente: 'PostgreSQL',
      fechaEstimada: '2016-06',
    });
    assert.equal(last!.acceso, 'privado');
    assert.equal(last!.fundamento, 'Artículo 113, fracción I, de la LFTAIP');
  });

  it('imports a messy inventory and reports the rows it leaves', () => {
    const result = importFixtures(['inventario-sucio.csv']);
    assert.equal(result.sources[0]!.encoding, 'windows-1252');
    assert.deepEqual(places(result.skipped), ['inventario-sucio.csv:5', 'inventario-sucio.csv:7', 'inventario-sucio.csv:10', 'inventario-sucio.csv:11']);
    assert.match(result.skipped[1]!.message, /no tiene el nombre del recurso/);
    assert.equal(result.blankRows, 1);
    const rows = planOf(result).inventario!;
    assert.deepEqual(
      rows.map((row) => [row.recurso, row.acceso, row.fechaEstimada]),
      [
        ['Pobreza por entidad 2014', 'publico', '2016-07'],
        ['Pobreza por municipio 2010', 'publico', '2016-07'],
        ['Padrón de personas beneficiarias', 'privado', 'pronto'],
        ['Rezago social por localidad', 'si', '2016-07'],
        ['"Rezago histórico', 'publico', '2016-08'],
      ],
    );
    assert.match(result.files[0]!.text, /acceso: si # «si» no es una clasificación de acceso/);
  });

  it('merges the plan and the inventory into one plan file', () => {
    const result = importFixtures(['plan-limpio.csv', 'inventario-limpio.csv']);
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['plan-de-apertura.yaml'],
    );
    const plan = planOf(result);
    assert.equal(plan.plan!.length, 3);
    assert.equal(plan.inventario!.length, 4);
  });
});

describe("importing ADELA's «Plan de Apertura Institucional» export (real: INAH, test/fixtures/real)", () => {
  const inah = () => importFiles([{ name: 'inah-plan-de-apertura.csv', bytes: readFileSync(new URL('../../fixtures/real/inah-plan-de-apertura.csv', import.meta.url)) }], []);

  it('becomes inventory rows and plan rows, with the full date and the frequency from the catalog', () => {
    const result = inah();
    assert.equal(result.sources[0]!.kind, 'plan-export');
    const plan = planOf(result);
    // 31 resource rows (the last blank one is not data) of 7 datasets.
    assert.equal(plan.inventario!.length, 31);
    assert.equal(plan.plan!.length, 7);
    const visitors = plan.plan!.find((entry) => String(entry.conjunto).startsWith('Visitantes a Museos'))!;
    assert.equal(visitors.periodicidad, 'mensual');
    assert.equal(visitors.fechaPublicacion, '2018-07-13');
    assert.match(String(visitors.descripcion), /Tabla de estadísticas|Listado general/);
    assert.equal(plan.inventario![0]!.fechaEstimada, '2015-08');
    assert.equal(plan.inventario![1]!.fuente, 'text/csv');
    assert.deepEqual(result.skipped, []);
  });

  it('names each row of a dataset it could not match once, though a row gives an inventory entry and a plan entry', () => {
    const visitors = inah().warnings.find((warning) => warning.message.startsWith('«Visitantes a Museos'));
    assert.match(visitors!.message, /\(filas 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31\) no coincide/);
  });

  it('says what it did not carry over, naming the column', () => {
    const messages = inah().warnings.map((warning) => warning.message);
    assert.ok(
      messages.some((message) => /^Columna «Fecha estimada de publicación en datos\.gob\.mx»: el inventario guarda el mes/.test(message)),
      messages.join('\n'),
    );
  });

  it('gives a plan that the checker reads: the MIME types given as sources are flagged (basico-1b)', () => {
    const text = inah().files.find((file) => file.name === 'plan-de-apertura.yaml')!.text;
    const findings = findingsFor(checkPlan(text), 'basico-1b');
    // 10 rows say `text/csv` and one `xlsx`: all 11 are ADELA's common rejection.
    assert.equal(findings.filter((finding) => finding.endsWith(':fuente-es-formato')).length, 11);
  });
});
