import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideDiagnostic } from '../../../server/src/core/check/diagnostics';
import { codeActions } from '../../../server/src/core/services/codeActions';
import type { CodeAction, DiagnosticRef } from '../../../server/src/core/services/serviceTypes';
import { applyWorkspaceEdit, contextOf, diagnosticCounts, diagnosticsOf, evaluate, uri, workspace } from './fixtures';
import { PLAN, PLAN_FILE, POBREZA_FILE, REZAGO, REZAGO_FILE, sampleFiles } from './sampleWorkspace';

type Files = Record<string, string>;

function diagnosticWith(files: Files, name: string, rule: string): { diagnostic: GuideDiagnostic; all: GuideDiagnostic[] } {
  const all = diagnosticsOf(evaluate(workspace(files)), name);
  const diagnostic = all.find((candidate) => candidate.data.rule === rule);
  if (!diagnostic) throw new Error(`no ${rule} in ${name}: ${all.map((d) => d.data.rule).join(', ')}`);
  return { diagnostic, all };
}

/** The quick fixes offered for the first diagnostic of `rule` in `name`. */
function quickFixes(files: Files, name: string, rule: string): CodeAction[] {
  const { diagnostic, all } = diagnosticWith(files, name, rule);
  const index = workspace(files);
  return codeActions(contextOf(index, name), { range: diagnostic.range, diagnostics: [diagnostic] }, () => all);
}

/**
 * Applies a fix and checks the round trip: the diagnostic it fixes is gone and no file gains a
 * diagnostic of any rule. Returns the files after the fix.
 */
function roundTrip(files: Files, name: string, rule: string, choose: (actions: CodeAction[]) => CodeAction | undefined = (actions) => actions[0]): Files {
  const before = diagnosticCounts(evaluate(workspace(files)));
  const action = choose(quickFixes(files, name, rule));
  assert.ok(action, `a fix for ${rule}`);
  const fixed = applyWorkspaceEdit(files, action.edit);
  const after = diagnosticCounts(evaluate(workspace(fixed)));
  const key = `${name} ${rule}`;
  assert.ok((after.get(key) ?? 0) < before.get(key)!, `${rule} is gone after «${action.title}»`);
  for (const [other, count] of after) assert.ok(count <= (before.get(other) ?? 0), `«${action.title}» introduced ${other}`);
  return fixed;
}

const withDataset = (text: string): Files => ({ ...sampleFiles(), [REZAGO_FILE]: text });
const withPlan = (text: string): Files => ({ ...sampleFiles(), [PLAN_FILE]: text });

describe('code actions: quick fixes round-trip', () => {
  it('starts from a workspace with no diagnostic at all', () => {
    assert.deepEqual([...diagnosticCounts(evaluate(workspace(sampleFiles())))], []);
  });

  it("adds a missing required field with the dataset keys' indentation and a value from the plan", () => {
    const files = withDataset(REZAGO.replace('mbox: datos@coneval.gob.mx\n', ''));
    const [action] = quickFixes(files, REZAGO_FILE, 'campo-obligatorio');
    assert.equal(action!.title, 'Agregar el campo obligatorio «mbox» (Correo de contacto)');
    assert.equal(action!.isPreferred, true);
    const fixed = roundTrip(files, REZAGO_FILE, 'campo-obligatorio');
    // The plan's data administrator is the contact the workspace already knows.
    assert.match(fixed[REZAGO_FILE]!, /\n {4}tools: Apache Jena\nmbox: luis\.soto@coneval\.gob\.mx\n$/);
  });

  it("adds a missing field inside a resource, aligned with the resource's keys, with the type its URL names", () => {
    const files = withDataset(REZAGO.replace('    mediaType: application/rdf+xml\n', ''));
    const fixed = roundTrip(files, REZAGO_FILE, 'campo-obligatorio');
    assert.match(fixed[REZAGO_FILE]!, / {4}tools: Apache Jena\n {4}mediaType: application\/rdf\+xml\n$/);
  });

  it('adds a missing nested object to the plan with its own required fields', () => {
    const files = withPlan(PLAN.replace(/ {2}oficioDesignacion:\n.*\n.*\n/, ''));
    const fixed = roundTrip(files, PLAN_FILE, 'campo-obligatorio');
    assert.match(fixed[PLAN_FILE]!, / {4}correo: luis\.soto@coneval\.gob\.mx\n {2}oficioDesignacion:\n {4}referencia: \S.*\n {4}fecha: 2026-11-27\ninventario:/);
  });

  it('adds a missing field to a flow mapping before its closing brace', () => {
    const plan = PLAN.replace(/ {4}- fecha: 2026-09-10\n {6}lugar: (.*)\n {6}asistentes: (.*)\n {6}minuta: .*\n/, '    - { fecha: 2026-09-10, lugar: "$1", asistentes: $2 }\n');
    const fixed = roundTrip(withPlan(plan), PLAN_FILE, 'campo-obligatorio');
    assert.match(fixed[PLAN_FILE]!, /asistentes: \[Ana Ruiz, Luis Soto, Marta Gil\], minuta: https:\/\/datos\.gob\.mx\/ \}/);
  });

  it('adds a missing field to a dataset of a JSON catalog, on its own line', () => {
    const catalog = JSON.stringify(
      {
        dataset: [
          {
            identifier: 'rezago-social',
            title: 'Índice de rezago social',
            description: 'Índice.',
            modified: '2026-05-27',
            contactPoint: 'Dirección',
            mbox: 'datos@coneval.gob.mx',
            landingPage: 'https://www.coneval.org.mx/d.html',
            accrualPeriodicity: 'R/P5Y',
            quality: 'Validado.',
            distribution: [{ title: 'R', downloadURL: 'https://datos.coneval.gob.mx/r.csv', mediaType: 'text/csv', byteSize: 10, tools: 'R' }],
          },
          {
            identifier: 'pobreza-municipal',
            title: 'Pobreza',
            description: 'Pobreza.',
            modified: '2026-07-15',
            contactPoint: 'Dirección',
            landingPage: 'https://www.coneval.org.mx/p.html',
            accrualPeriodicity: 'quinquenal',
            quality: 'Validado.',
            distribution: [{ title: 'P', downloadURL: 'https://datos.coneval.gob.mx/p.csv', mediaType: 'text/csv', byteSize: 10, tools: 'R' }],
          },
        ],
      },
      null,
      2,
    );
    const files: Files = { [PLAN_FILE]: PLAN, 'catalogo.json': catalog };
    const fixed = roundTrip(files, 'catalogo.json', 'campo-obligatorio');
    assert.match(fixed['catalogo.json']!, /\n {6}\],\n {6}"mbox": "luis\.soto@coneval\.gob\.mx"\n {4}\}\n {2}\]/);
    assert.doesNotThrow(() => JSON.parse(fixed['catalogo.json']!));
  });

  it('suggests the catalog word for a periodicity written as an adverb or a phrase', () => {
    const dataset = withDataset(REZAGO.replace('accrualPeriodicity: R/P5Y', 'accrualPeriodicity: quinquenalmente'));
    assert.deepEqual(
      quickFixes(dataset, REZAGO_FILE, 'periodicidad').map((action) => action.title),
      ['Cambiar a «quinquenal»'],
    );
    assert.match(roundTrip(dataset, REZAGO_FILE, 'periodicidad')[REZAGO_FILE]!, /\naccrualPeriodicity: quinquenal\n/);
    const plan = withPlan(PLAN.replace('periodicidad: quinquenal', 'periodicidad: cada cinco años'));
    assert.match(roundTrip(plan, PLAN_FILE, 'periodicidad')[PLAN_FILE]!, /periodicidad: quinquenal\n/);
  });

  it('offers close catalog words for a misspelt periodicity, best first', () => {
    const plan = withPlan(PLAN.replace('periodicidad: quinquenal', 'periodicidad: quinquenl'));
    assert.equal(quickFixes(plan, PLAN_FILE, 'periodicidad')[0]!.title, 'Cambiar a «quinquenal»');
    roundTrip(plan, PLAN_FILE, 'periodicidad');
  });

  it('suggests the allowed value for one written with accents or capitals', () => {
    const plan = withPlan(PLAN.replace('acceso: privado', 'acceso: Privádo'));
    const [action] = quickFixes(plan, PLAN_FILE, 'valor-no-permitido');
    assert.equal(action!.title, 'Cambiar a «privado»');
    roundTrip(plan, PLAN_FILE, 'valor-no-permitido');
    const criteria = withPlan(PLAN.replace('criterios: [registro-publico, solicitudes-recurrentes]', 'criterios: [registro publico, solicitudes-recurrentes]'));
    assert.match(roundTrip(criteria, PLAN_FILE, 'valor-no-permitido')[PLAN_FILE]!, /criterios: \[registro-publico, solicitudes-recurrentes\]/);
  });

  it('rewrites an unambiguous day-first date to ISO 8601', () => {
    const files = withDataset(REZAGO.replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 27/05/2026'));
    const [action] = quickFixes(files, REZAGO_FILE, 'fecha-iso8601');
    assert.equal(action!.title, 'Escribir la fecha en ISO 8601: 2026-05-27');
    // basico-2b and intermedio-2a both flag the date: one action fixes both.
    assert.deepEqual(
      action!.diagnostics!.map((d) => (d.data as { rule: string }).rule),
      ['fecha-iso8601'],
    );
    assert.match(roundTrip(files, REZAGO_FILE, 'fecha-iso8601')[REZAGO_FILE]!, /\nmodified: 2026-05-27\n/);
  });

  it('rewrites a US-style date and time when the day is over 12, keeping the time', () => {
    const files = withDataset(REZAGO.replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 7/29/2026 9:00:00'));
    assert.match(roundTrip(files, REZAGO_FILE, 'fecha-iso8601')[REZAGO_FILE]!, /\nmodified: 2026-07-29T09:00:00\n/);
  });

  it('offers no date rewrite when day and month could be swapped', () => {
    const files = withDataset(REZAGO.replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 05/06/2026'));
    assert.deepEqual(quickFixes(files, REZAGO_FILE, 'fecha-iso8601'), []);
  });

  it('rewrites a plan date to AAAA-MM-DD and an inventory month to AAAA-MM', () => {
    const plan = withPlan(PLAN.replace('fechaPublicacion: 2026-06-30', 'fechaPublicacion: 30/06/2026'));
    assert.match(roundTrip(plan, PLAN_FILE, 'fecha-iso8601')[PLAN_FILE]!, /fechaPublicacion: 2026-06-30\n/);
    const month = withPlan(PLAN.replace('fechaEstimada: 2026-06', 'fechaEstimada: 06/2026'));
    assert.match(roundTrip(month, PLAN_FILE, 'formato')[PLAN_FILE]!, /fechaEstimada: 2026-06\n/);
  });

  it('turns a format name into its media type', () => {
    const files = withDataset(REZAGO.replace('mediaType: text/csv', 'mediaType: CSV'));
    assert.equal(quickFixes(files, REZAGO_FILE, 'tipo-de-medio')[0]!.title, 'Cambiar a «text/csv»');
    assert.match(roundTrip(files, REZAGO_FILE, 'tipo-de-medio')[REZAGO_FILE]!, / {4}mediaType: text\/csv\n/);
  });

  it('offers the types that fit a format word: a shapefile is published zipped, a list offers each of its formats', () => {
    const shapefile = withDataset(REZAGO.replace('mediaType: text/csv', 'mediaType: shp'));
    assert.deepEqual(
      quickFixes(shapefile, REZAGO_FILE, 'tipo-de-medio').map((action) => action.title),
      ['Cambiar a «application/zip»', 'Cambiar a «application/vnd.shp»'],
    );
    const list = withDataset(REZAGO.replace('mediaType: text/csv', 'mediaType: excel, pdf'));
    assert.deepEqual(
      quickFixes(list, REZAGO_FILE, 'tipo-de-medio').map((action) => action.title),
      ['Cambiar a «application/vnd.ms-excel»', 'Cambiar a «application/pdf»'],
    );
    const excel = withDataset(REZAGO.replace('mediaType: text/csv', 'mediaType: "Excel "'));
    assert.deepEqual(
      quickFixes(excel, REZAGO_FILE, 'tipo-de-medio').map((action) => action.title),
      ['Cambiar a «application/vnd.ms-excel»'],
    );
  });

  it('renames an identifier to its ASCII slug together with every reference in the plan', () => {
    const files: Files = {
      ...sampleFiles(),
      [REZAGO_FILE]: REZAGO.replace('identifier: rezago-social', 'identifier: rezago-sócial'),
      [PLAN_FILE]: PLAN.replace(/conjunto: rezago-social/g, 'conjunto: rezago-sócial').replace(/\[rezago-social/g, '[rezago-sócial'),
    };
    const [action] = quickFixes(files, REZAGO_FILE, 'identificador-ascii');
    assert.equal(action!.title, 'Cambiar el identificador a «rezago-social» y sus 4 referencias en el plan');
    const fixed = roundTrip(files, REZAGO_FILE, 'identificador-ascii');
    assert.equal(fixed[PLAN_FILE], PLAN);
    assert.equal(fixed[REZAGO_FILE], REZAGO);
  });

  it("renames an identifier from a finding built on the rule's contract ({ identifier, slug })", () => {
    const files = withDataset(REZAGO.replace('identifier: rezago-social', 'identifier: "rezago social"'));
    const index = workspace(files);
    const diagnostic: DiagnosticRef = {
      range: { start: { line: 1, character: 12 }, end: { line: 1, character: 27 } },
      message: 'no es ASCII',
      source: 'guía',
      data: { rule: 'identificador-ascii', identifier: 'rezago social', slug: 'rezago-social' },
    };
    const [action] = codeActions(contextOf(index, REZAGO_FILE), { range: diagnostic.range, diagnostics: [diagnostic] }, () => []);
    assert.deepEqual(action!.edit.changes![uri(REZAGO_FILE)], [{ range: diagnostic.range, newText: '"rezago-social"' }]);
  });

  it('swaps a descending period', () => {
    const files = withDataset(REZAGO.replace('temporal: 2010/2020', 'temporal: 2020/2010'));
    assert.match(roundTrip(files, REZAGO_FILE, 'periodo-descendente')[REZAGO_FILE]!, /\ntemporal: 2010\/2020\n/);
  });

  it('offers https for an http URL as an explicit fix only', () => {
    const files = withDataset(
      REZAGO.replace('downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.rdf', 'downloadURL: http://datos.coneval.gob.mx/rezago/municipio-2020.rdf'),
    );
    assert.match(roundTrip(files, REZAGO_FILE, 'url-http')[REZAGO_FILE]!, /downloadURL: https:\/\/datos\.coneval\.gob\.mx\/rezago\/municipio-2020\.rdf\n/);
    const { all } = diagnosticWith(files, REZAGO_FILE, 'url-http');
    const context = contextOf(workspace(files), REZAGO_FILE);
    assert.deepEqual(
      codeActions(context, { range: all[0]!.range, diagnostics: [], only: ['source.fixAll'] }, () => all),
      [],
    );
  });

  it('writes an address spelled usuario(at)dominio as usuario@dominio', () => {
    for (const written of ['datos(at)coneval.gob.mx', 'datos [at] coneval.gob.mx', 'datos(arroba)coneval(punto)gob(punto)mx']) {
      const files = withDataset(REZAGO.replace('mbox: datos@coneval.gob.mx', `mbox: ${written}`));
      assert.match(roundTrip(files, REZAGO_FILE, 'correo')[REZAGO_FILE]!, /\nmbox: datos@coneval\.gob\.mx\n/, written);
    }
  });

  it('says a contact holding several addresses holds several, and offers to keep each one', () => {
    const files = withDataset(REZAGO.replace('mbox: datos@coneval.gob.mx', 'mbox: datos@coneval.gob.mx; mailto:difusion@coneval.gob.mx'));
    const { diagnostic } = diagnosticWith(files, REZAGO_FILE, 'correo-varios');
    assert.match(diagnostic.message, /lleva 2 direcciones de correo .*; el campo admite una sola/);
    const titles = quickFixes(files, REZAGO_FILE, 'correo-varios').map((action) => action.title);
    assert.deepEqual(titles, ['Dejar solo datos@coneval.gob.mx', 'Dejar solo difusion@coneval.gob.mx']);
    assert.match(roundTrip(files, REZAGO_FILE, 'correo-varios')[REZAGO_FILE]!, /\nmbox: datos@coneval\.gob\.mx\n/);
  });

  it('creates the missing metadata file of a plan entry next to the other dataset files, prefilled from the plan', () => {
    const files = sampleFiles();
    delete files[POBREZA_FILE];
    const [action] = quickFixes(files, PLAN_FILE, 'plan-sin-metadatos');
    assert.equal(action!.title, 'Crear los metadatos de «pobreza-municipal» en datos/pobreza-municipal.dcat.yaml');
    const created = applyWorkspaceEdit(files, action!.edit)[POBREZA_FILE]!;
    for (const line of [
      'identifier: pobreza-municipal',
      'title: Medición de la pobreza por municipio',
      'description: Medición de la pobreza por municipio.',
      'contactPoint: Director de Medición de la Pobreza',
      'mbox: luis.soto@coneval.gob.mx',
      'landingPage: https://www.coneval.org.mx',
      'accrualPeriodicity: R/P5Y',
      // The plan aims at intermedio, which asks for a quality statement: a visible to-do.
      'quality: Por describir cómo se controla la calidad de estos datos.',
      '  - title: Pobreza por municipio 2020',
      '    downloadURL: https://www.coneval.org.mx/datos/pobreza-municipal.csv',
      '    mediaType: text/csv',
    ])
      assert.ok(created.split('\n').includes(line), `${line}\n---\n${created}`);
    assert.match(created, /^# .*Publicación prevista: 2026-07-31\./);
    // The plan's finding is gone; the new file still asks, at the target level (intermedio), for the
    // quality statement its to-do stands in for (a placeholder is no evidence), and avanzado's
    // recommendations (byteSize, tools) remain as information.
    const before = evaluate(workspace(files));
    const after = evaluate(workspace({ ...files, [POBREZA_FILE]: created }));
    assert.ok(!diagnosticsOf(after, PLAN_FILE).some((d) => d.data.rule === 'plan-sin-metadatos'));
    const planBefore = diagnosticsOf(before, PLAN_FILE).map((d) => d.data.rule);
    for (const rule of diagnosticsOf(after, PLAN_FILE).map((d) => d.data.rule)) assert.ok(planBefore.includes(rule), `new in the plan: ${rule}`);
    assert.deepEqual(
      diagnosticsOf(after, POBREZA_FILE).map((d) => `${d.severity}:${d.code}`),
      ['1:intermedio-3b', '3:avanzado-2a', '3:avanzado-2a'],
    );
    assert.match(diagnosticsOf(after, POBREZA_FILE)[0]!.message, /texto provisional/);
  });

  it('adds a missing plan section with its skeleton, from a finding at the end of the plan', () => {
    const files = withPlan(PLAN.replace(/monitoreo:\n( {2}.*\n)+/, ''));
    const { diagnostic } = diagnosticWith(files, PLAN_FILE, 'seccion-faltante');
    // Said where the section is added (a point at the end of the plan), not on its first key.
    const end = files[PLAN_FILE]!.split('\n').length - 1;
    assert.deepEqual(
      [diagnostic.range.start, diagnostic.range.end],
      [
        { line: end, character: 0 },
        { line: end, character: 0 },
      ],
    );
    const [action] = quickFixes(files, PLAN_FILE, 'seccion-faltante');
    assert.equal(action!.title, 'Agregar «monitoreo»');
    const fixed = applyWorkspaceEdit(files, action!.edit)[PLAN_FILE]!;
    assert.match(fixed, /\nmonitoreo:\n {2}metodo: Por completar\n/);
    const after = diagnosticsOf(evaluate(workspace({ ...files, [PLAN_FILE]: fixed })), PLAN_FILE);
    assert.ok(!after.some((d) => d.data.rule === 'seccion-faltante' && d.data.section === 'monitoreo'));
    // What is left is the stand-in to replace, on its own line: a placeholder is no evidence.
    const left = after.filter((d) => d.code === 'basico-3b' && d.severity === 1);
    assert.deepEqual(
      left.map((d) => [d.data.rule, fixed.split('\n')[d.range.start.line]]),
      [['campo-vacio', '  metodo: Por completar']],
    );
  });

  it('creates the metadata file in datos/ beside the plan when the workspace has no dataset file', () => {
    const files: Files = { [PLAN_FILE]: PLAN };
    const [action] = quickFixes(files, PLAN_FILE, 'plan-sin-metadatos');
    assert.deepEqual(action!.edit.documentChanges![0], { kind: 'create', uri: uri('datos/rezago-social.dcat.yaml'), options: { overwrite: false, ignoreIfExists: false } });
  });

  it('renames an unknown field to the field it is a misspelling of', () => {
    const files = withDataset(REZAGO.replace('quality:', 'qualty:'));
    assert.equal(quickFixes(files, REZAGO_FILE, 'campo-desconocido')[0]!.title, 'Cambiar el campo «qualty» por «quality»');
    assert.match(roundTrip(files, REZAGO_FILE, 'campo-desconocido')[REZAGO_FILE]!, /\nquality: Validado/);
    const spanish = withDataset(REZAGO.replace('title: Índice de rezago social', 'titulo: Índice de rezago social'));
    assert.match(roundTrip(spanish, REZAGO_FILE, 'campo-desconocido')[REZAGO_FILE]!, /\ntitle: Índice de rezago social\n/);
  });
});

describe('code actions: fix all', () => {
  const FLAWED = REZAGO.replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 27/05/2026')
    .replace('accrualPeriodicity: R/P5Y', 'accrualPeriodicity: quinquenalmente')
    .replace('mediaType: text/csv', 'mediaType: CSV')
    .replace('downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.rdf', 'downloadURL: http://datos.coneval.gob.mx/rezago/municipio-2020.rdf')
    .replace('mbox: datos@coneval.gob.mx\n', '');

  it('applies the safe fixes in one edit and leaves the others (https, missing fields) to the user', () => {
    const files = withDataset(FLAWED);
    const all = diagnosticsOf(evaluate(workspace(files)), REZAGO_FILE);
    const context = contextOf(workspace(files), REZAGO_FILE);
    const actions = codeActions(context, { range: all[0]!.range, diagnostics: [], only: ['source.fixAll'] }, () => all);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.guia');
    assert.equal(actions[0]!.title, 'Corregir todo lo seguro según la guía (3)');
    const fixed = applyWorkspaceEdit(files, actions[0]!.edit)[REZAGO_FILE]!;
    assert.equal(
      fixed,
      REZAGO.replace('modified: 2026-05-27T01:42:05-05:00', 'modified: 2026-05-27')
        .replace('accrualPeriodicity: R/P5Y', 'accrualPeriodicity: quinquenal')
        .replace('downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.rdf', 'downloadURL: http://datos.coneval.gob.mx/rezago/municipio-2020.rdf')
        .replace('mbox: datos@coneval.gob.mx\n', ''),
    );
    const rules = diagnosticsOf(evaluate(workspace({ ...files, [REZAGO_FILE]: fixed })), REZAGO_FILE)
      .map((d) => d.data.rule)
      .sort();
    assert.deepEqual(rules, ['campo-obligatorio', 'url-http']);
  });

  it('is offered only when asked for source actions, and not at all when nothing is safe to fix', () => {
    const files = withDataset(FLAWED);
    const all = diagnosticsOf(evaluate(workspace(files)), REZAGO_FILE);
    const context = contextOf(workspace(files), REZAGO_FILE);
    assert.ok(codeActions(context, { range: all[0]!.range, diagnostics: all }, () => all).every((action) => action.kind === 'quickfix'));
    assert.equal(codeActions(context, { range: all[0]!.range, diagnostics: [], only: ['source'] }, () => all).length, 1);
    const clean = contextOf(workspace(sampleFiles()), REZAGO_FILE);
    assert.deepEqual(
      codeActions(clean, { range: all[0]!.range, diagnostics: [], only: ['source.fixAll.guia'] }, () => []),
      [],
    );
  });

  it('ignores diagnostics of other tools and stale ones it cannot place', () => {
    const context = contextOf(workspace(sampleFiles()), REZAGO_FILE);
    const foreign: DiagnosticRef = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, message: 'x', source: 'yaml', data: { rule: 'tipo-de-medio' } };
    const stale: DiagnosticRef = {
      range: { start: { line: 90, character: 0 }, end: { line: 90, character: 4 } },
      message: 'x',
      source: 'guía',
      data: { rule: 'tipo-de-medio', path: ['distribution', 7, 'mediaType'] },
    };
    assert.deepEqual(
      codeActions(context, { range: foreign.range, diagnostics: [foreign, stale] }, () => []),
      [],
    );
  });
});
