import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete } from '../../../server/src/core/services/completion';
import type { CompletionItem, ServiceSettings } from '../../../server/src/core/services/serviceTypes';
import { applyEdits, atCursor, diagnosticsOf, evaluate, expandSnippet, workspace } from './fixtures';
import { PLAN, PLAN_FILE, POBREZA, POBREZA_FILE, REZAGO, REZAGO_FILE } from './sampleWorkspace';

function completions(name: string, marked: string, others: Record<string, string> = {}, settings: Partial<ServiceSettings> = {}) {
  const { context, offset, text } = atCursor(name, marked, others, settings);
  const items = complete(context, offset).items;
  const byLabel = (label: string): CompletionItem => {
    const item = items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`no item ${label}: ${items.map((candidate) => candidate.label).join(', ')}`);
    return item;
  };
  /** The text after accepting an item, its snippet expanded to the defaults. */
  const accept = (label: string): string => {
    const item = byLabel(label);
    return applyEdits(text, [{ range: item.textEdit.range, newText: item.insertTextFormat === 2 ? expandSnippet(item.textEdit.newText) : item.textEdit.newText }]);
  };
  /** Labels in the order the editor shows them (by sort text). */
  const sorted = (): string[] => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);
  return { items, labels: items.map((item) => item.label), byLabel, accept, sorted };
}

const DATASET_START = 'identifier: rezago-social\ntitle: Índice de rezago social\n';

describe('completion of keys', () => {
  it('offers the dataset fields not yet written, the required ones first, with their meaning and requirement', () => {
    const result = completions('datos/nuevo.dcat.yaml', `${DATASET_START}|\n`);
    assert.ok(!result.labels.includes('identifier') && !result.labels.includes('title'));
    assert.deepEqual(result.sorted().slice(0, 7), ['description', 'modified', 'contactPoint', 'mbox', 'landingPage', 'accrualPeriodicity', 'distribution']);
    const mbox = result.byLabel('mbox');
    assert.equal(mbox.detail, 'Correo de contacto · obligatorio (basico-2b)');
    const docs = mbox.documentation!.value;
    assert.match(docs, /Correo electrónico institucional del punto de contacto/);
    assert.match(docs, /Ejemplo: `datos@coneval\.gob\.mx`/);
    assert.match(docs, /\[basico-2b\]\(file:\/\/\/ext\/docs\/requisitos\/es\/basico-2b\.md\)/);
    assert.match(docs, /\(https:\/\/datos\.gob\.mx\/guia\/publica\/paso-2-4\.html\)/);
    // Fields the portal or ADELA add come last.
    const order = result.sorted();
    assert.ok(order.indexOf('quality') < order.indexOf('issued') && order.indexOf('quality') < order.indexOf('@type'));
  });

  it('writes the key and opens the value suggestions when the field has a catalog', () => {
    const result = completions('datos/nuevo.dcat.yaml', `${DATASET_START}acc|\n`);
    const item = result.byLabel('accrualPeriodicity');
    assert.equal(item.textEdit.newText, 'accrualPeriodicity: $1');
    assert.equal(item.command?.command, 'editor.action.triggerSuggest');
    assert.equal(result.accept('accrualPeriodicity'), `${DATASET_START}accrualPeriodicity: \n`);
    assert.equal(result.byLabel('description').command, undefined);
  });

  it('inserts only the name when the key is being renamed before its colon', () => {
    const result = completions('datos/nuevo.dcat.yaml', `${DATASET_START}acc|: mensual\n`);
    assert.equal(result.accept('accrualPeriodicity'), `${DATASET_START}accrualPeriodicity: mensual\n`);
  });

  it('inserts a list of resources with a first resource and its required fields, indented under the key', () => {
    const result = completions('datos/nuevo.dcat.yaml', `${DATASET_START}dis|\n`);
    assert.equal(result.accept('distribution'), `${DATASET_START}distribution:\n  - title: \n    downloadURL: \n    mediaType: text/csv\n`);
  });

  it('says when a field is required only above the target level', () => {
    const basico = completions(PLAN_FILE, 'nivelObjetivo: basico\ngrupoDeTrabajo:\n  sesiones:\n    - fecha: 2026-09-10\n      |\n');
    assert.equal(basico.byLabel('lugar').detail, 'Lugar · obligatorio en nivel Intermedio (intermedio-1a)');
    const intermedio = completions(PLAN_FILE, 'nivelObjetivo: intermedio\ngrupoDeTrabajo:\n  sesiones:\n    - fecha: 2026-09-10\n      |\n');
    assert.equal(intermedio.byLabel('lugar').detail, 'Lugar · obligatorio (intermedio-1a)');
    assert.ok(!intermedio.labels.includes('fecha'));
    // An optional field that is the evidence of a requirement names it.
    assert.equal(completions(PLAN_FILE, 'plan:\n  - conjunto: a\n    |\n').byLabel('criterios').detail, 'Criterios de priorización · intermedio-1b');
  });

  it('knows conditional requirements: legal grounds once access is restricted', () => {
    const result = completions(PLAN_FILE, 'inventario:\n  - conjunto: a\n    acceso: restringido\n    |\n');
    assert.equal(result.byLabel('fundamento').detail, 'Fundamento legal · obligatorio (basico-1b)');
    const open = completions(PLAN_FILE, 'inventario:\n  - conjunto: a\n    acceso: publico\n    |\n');
    assert.equal(open.byLabel('fundamento').detail, 'Fundamento legal');
  });

  it('offers keys in a flow mapping and in JSON, with the separators they need', () => {
    const flow = completions(PLAN_FILE, 'grupoDeTrabajo:\n  sesiones:\n    - { fecha: 2026-09-10, lu| }\n');
    assert.equal(flow.accept('lugar'), 'grupoDeTrabajo:\n  sesiones:\n    - { fecha: 2026-09-10, lugar:  }\n');
    const json = completions('catalogo.json', '{"dataset": [{"identifier": "a", "|" "title": "x"}]}');
    assert.ok(!json.labels.includes('identifier') && !json.labels.includes('title'));
    assert.equal(json.accept('description'), '{"dataset": [{"identifier": "a", "description": "", "title": "x"}]}');
  });
});

describe('completion of values', () => {
  it('offers the periodicity catalog as words and ISO 8601 repeats', () => {
    const result = completions('datos/nuevo.dcat.yaml', `${DATASET_START}accrualPeriodicity: m|\n`);
    assert.equal(result.byLabel('mensual').detail, 'R/P1M · Un mes');
    assert.equal(result.byLabel('R/P1M').detail, 'mensual · Un mes');
    assert.equal(result.items.length, 29);
    assert.equal(result.accept('tiempo real'), `${DATASET_START}accrualPeriodicity: tiempo real\n`);
  });

  it("quotes values in JSON and keeps the user's quote in YAML", () => {
    assert.equal(completions('catalogo.json', '{"dataset": [{"accrualPeriodicity": "m|"}]}').accept('mensual'), '{"dataset": [{"accrualPeriodicity": "mensual"}]}');
    assert.equal(completions('datos/nuevo.dcat.yaml', "accrualPeriodicity: 'm|'\n").accept('mensual'), "accrualPeriodicity: 'mensual'\n");
    assert.equal(completions('datos/nuevo.dcat.yaml', 'accrualPeriodicity:|\n').accept('anual'), 'accrualPeriodicity: anual\n');
  });

  it('offers media types, open formats first, with their openness', () => {
    const result = completions('datos/nuevo.dcat.yaml', 'distribution:\n  - title: x\n    mediaType: |\n');
    assert.equal(result.labels[0], 'text/csv');
    assert.equal(result.byLabel('text/csv').detail, 'CSV · Valores separados por comas · abierto, 3 estrellas');
    assert.match(result.byLabel('application/vnd.ms-excel').detail!, /propietario/);
    // XLSX is offered, saying it needs an open companion.
    assert.match(result.byLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').detail!, /^XLSX · .*propietario: publícalo junto a un formato abierto/);
  });

  it('offers the access classification, the target levels and the priority criteria not yet listed', () => {
    assert.deepEqual(completions(PLAN_FILE, 'inventario:\n  - acceso: |\n').labels, ['publico', 'privado', 'restringido']);
    assert.equal(completions(PLAN_FILE, 'inventario:\n  - acceso: |\n').byLabel('restringido').detail, 'Información reservada o confidencial');
    assert.equal(completions(PLAN_FILE, 'nivelObjetivo: |\n').byLabel('basico').detail, 'Básico (obligatorio)');
    const criteria = completions(PLAN_FILE, 'plan:\n  - criterios: [registro-publico, |]\n');
    assert.equal(criteria.items.length, 9);
    assert.ok(!criteria.labels.includes('registro-publico'));
    const asList = completions(PLAN_FILE, 'plan:\n  - criterios: |\n');
    assert.equal(asList.accept('interes-nacional'), 'plan:\n  - criterios: [interes-nacional]\n');
  });

  it("offers the workspace's dataset identifiers where the plan names a dataset, with a summary", () => {
    const others = { [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA };
    const entry = completions(PLAN_FILE, 'inventario:\n  - conjunto: padron\nplan:\n  - conjunto: |\n', others);
    assert.deepEqual(entry.labels, ['pobreza-municipal', 'rezago-social', 'padron']);
    assert.equal(entry.byLabel('rezago-social').detail, 'Índice de rezago social');
    assert.match(entry.byLabel('rezago-social').documentation!.value, /Periodicidad: R\/P5Y \(quinquenal, Cinco años\)/);
    assert.equal(entry.byLabel('padron').detail, 'del inventario (aún sin metadatos)');
    const tool = completions(PLAN_FILE, 'herramientas:\n  - { nombre: Mapa, conjuntos: [rezago-social, |] }\n', others);
    assert.deepEqual(tool.labels, ['pobreza-municipal']);
  });

  it("offers, for a new dataset's identifier, the plan's datasets that still lack metadata and a slug of its title", () => {
    const result = completions('datos/nuevo.dcat.yaml', 'title: Índice de Marginación 2020\nidentifier: |\n', { [PLAN_FILE]: PLAN, [REZAGO_FILE]: REZAGO });
    assert.deepEqual(result.labels, ['pobreza-municipal', 'indice-de-marginacion-2020']);
  });

  it('offers today in the format of each date field', () => {
    assert.deepEqual(completions(PLAN_FILE, 'plan:\n  - fechaPublicacion: |\n').labels, ['2026-11-27']);
    assert.deepEqual(completions(PLAN_FILE, 'inventario:\n  - fechaEstimada: |\n').labels, ['2026-11']);
    const modified = completions('datos/nuevo.dcat.yaml', 'modified: |\n', {}, { now: new Date('2026-11-27T16:15:30Z') });
    assert.match(modified.labels[0]!, /^2026-11-27T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.equal(modified.labels[1], '2026-11-27');
  });

  it('offers nothing in free text', () => {
    assert.deepEqual(completions('datos/nuevo.dcat.yaml', 'title: Índice de |\n').items, []);
    assert.deepEqual(completions('datos/nuevo.dcat.yaml', 'description: >\n  Índice de rezago|\n').items, []);
  });
});

describe('completion of whole objects', () => {
  it("inserts a plan entry with its required fields that passes the plan's checks", () => {
    const marked = PLAN.replace('grupoDeTrabajo:', '  - |\ngrupoDeTrabajo:');
    const result = completions(PLAN_FILE, marked, { [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA });
    assert.equal(result.sorted()[0], 'Conjunto del plan');
    const text = result.accept('Conjunto del plan');
    assert.match(text, / {2}- conjunto: \n {4}descripcion: \n {4}periodicidad: irregular\n {4}fechaPublicacion: 2026-11-27\ngrupoDeTrabajo:/);
    // Filled in, the entry is a complete plan entry.
    const filled = text.replace('  - conjunto: \n    descripcion: \n', '  - conjunto: rezago-social\n    descripcion: Otra vez.\n');
    const rules = diagnosticsOf(evaluate(workspace({ [PLAN_FILE]: filled, [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA })), PLAN_FILE).map((d) => d.data.rule);
    assert.ok(!rules.includes('campo-obligatorio'), rules.join(', '));
  });

  it("inserts a resource and a working-group session at the list's indentation", () => {
    const resource = completions('datos/nuevo.dcat.yaml', 'distribution:\n  - |\n');
    assert.equal(resource.accept('Recurso de datos'), 'distribution:\n  - title: \n    downloadURL: \n    mediaType: text/csv\n');
    const session = completions(PLAN_FILE, 'grupoDeTrabajo:\n  sesiones:\n    - |\n');
    assert.equal(session.accept('Sesión'), 'grupoDeTrabajo:\n  sesiones:\n    - fecha: 2026-11-27\n      lugar: \n      asistentes: []\n      minuta: \n');
  });

  it('adds the list marker when the cursor sits where a new item goes', () => {
    const result = completions(PLAN_FILE, 'plan:\n  - conjunto: a\n  |\n');
    assert.equal(result.accept('Conjunto del plan'), 'plan:\n  - conjunto: a\n  - conjunto: \n    descripcion: \n    periodicidad: irregular\n    fechaPublicacion: 2026-11-27\n');
  });
});
