import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definition, references } from '../../../server/src/core/services/navigation';
import { documentSymbols } from '../../../server/src/core/services/outline';
import type { DocumentSymbol, Location } from '../../../server/src/core/services/serviceTypes';
import { atCursor, contextOf, ROOT, workspace } from './fixtures';
import { PLAN, PLAN_FILE, POBREZA, POBREZA_FILE, REZAGO, REZAGO_FILE, sampleFiles } from './sampleWorkspace';

/** `file:line:text` of each location, 1-based, as a person checks them. */
function describeLocations(locations: Location[], files: Record<string, string>): string[] {
  return locations.map((location) => {
    const name = location.uri.slice(ROOT.length + 1);
    const line = files[name]!.split('\n')[location.range.start.line]!;
    return `${name}:${location.range.start.line + 1}:${line.slice(location.range.start.character, location.range.end.character)}`;
  });
}

describe('go to definition and find references', () => {
  it("goes from a plan entry, a tool and a story to the identifier in the dataset's file", () => {
    const files = sampleFiles();
    for (const marked of [
      PLAN.replace('  - conjunto: pobreza-municipal\n    descripcion: Medición', '  - conjunto: pobreza-mu|nicipal\n    descripcion: Medición'),
      PLAN.replace('conjuntos: [rezago-social, pobreza-municipal]', 'conjuntos: [rezago-social, pobreza|-municipal]'),
      PLAN.replace('  - conjunto: pobreza-municipal\n    recurso:', '  - conjunto: |pobreza-municipal\n    recurso:'),
    ]) {
      const { context, offset } = atCursor(PLAN_FILE, marked, { [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA });
      assert.deepEqual(describeLocations(definition(context, offset), files), [`${POBREZA_FILE}:1:pobreza-municipal`]);
    }
  });

  it('finds nothing to go to from a key, a free text or a dataset without metadata', () => {
    const on = (marked: string) => {
      const { context, offset } = atCursor(PLAN_FILE, marked, { [REZAGO_FILE]: REZAGO });
      return definition(context, offset);
    };
    assert.deepEqual(on(PLAN.replace('  - conjunto: rezago-social\n    recurso:', '  - conj|unto: rezago-social\n    recurso:')), []);
    assert.deepEqual(on(PLAN.replace('vision: Publicar', 'vision: Publi|car')), []);
    assert.deepEqual(on(PLAN.replace('  - conjunto: pobreza-municipal\n    recurso:', '  - conjunto: pobreza|-municipal\n    recurso:')), []);
  });

  it('finds every reference to a dataset from its identifier, with the declaration when asked', () => {
    const files = sampleFiles();
    const { context, offset } = atCursor(REZAGO_FILE, REZAGO.replace('identifier: rezago-social', 'identifier: rezago-|social'), { [PLAN_FILE]: PLAN, [POBREZA_FILE]: POBREZA });
    assert.deepEqual(describeLocations(references(context, offset, true), files), [
      `${REZAGO_FILE}:2:rezago-social`,
      `${PLAN_FILE}:22:rezago-social`,
      `${PLAN_FILE}:45:rezago-social`,
      `${PLAN_FILE}:78:rezago-social`,
      `${PLAN_FILE}:94:rezago-social`,
    ]);
    assert.equal(references(context, offset, false).length, 4);
  });

  it('finds the references from a reference in the plan too', () => {
    const { context, offset } = atCursor(PLAN_FILE, PLAN.replace('conjuntos: [rezago-social]', 'conjuntos: [rezago|-social]'), { [REZAGO_FILE]: REZAGO });
    assert.equal(references(context, offset, false).length, 4);
  });
});

/** `name (detail)` of symbols and their children, indented, as an outline shows them. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`, ...outline(symbol.children ?? [], depth + 1)]);
}

describe('document outline', () => {
  it("shows a plan's sections with their entries", () => {
    const context = contextOf(workspace(sampleFiles()), PLAN_FILE);
    const lines = outline(documentSymbols(context.file, context.settings));
    assert.deepEqual(lines.slice(0, 23), [
      'institucion (Institución)',
      '  nombre (Consejo Nacional de Evaluación de la Política de Desarrollo Social)',
      '  siglas (CONEVAL)',
      '  sitio (https://www.coneval.org.mx)',
      'nivelObjetivo (intermedio)',
      'vision (Publicar la medición de la pobreza y del rezago social como datos abiertos, útiles para todas las personas.)',
      'revisado (2026-03-01)',
      'responsables (Responsables)',
      '  enlace (Ana Ruiz)',
      '  administrador (Luis Soto)',
      '  oficioDesignacion (CONEVAL/UGD/123/2015)',
      'inventario (Inventario institucional de datos)',
      '  rezago-social — Rezago social por municipio 2020 (publico · 2026-06)',
      '  pobreza-municipal — Pobreza por municipio 2020 (publico · 2026-07)',
      '  padron-beneficiarios — Padrón de personas beneficiarias (privado · 2027-01)',
      'plan (Conjuntos priorizados)',
      '  rezago-social (quinquenal · 2026-06-30)',
      '  pobreza-municipal (R/P5Y · 2026-07-31)',
      'grupoDeTrabajo (Grupo de Trabajo Institucional)',
      '  sesiones (Sesiones)',
      '    2026-09-10 — Sala 2, Insurgentes Sur 810',
      'consultas (Consultas públicas)',
      '  2026-02-01 (3 conjuntos priorizados por la ciudadanía)',
    ]);
    assert.ok(lines.includes('  Mapa de pobreza (https://www.coneval.org.mx/mapa)'));
  });

  it('shows a dataset with its resources, and each range holds its selection', () => {
    const context = contextOf(workspace(sampleFiles()), REZAGO_FILE);
    const symbols = documentSymbols(context.file, context.settings);
    assert.deepEqual(outline(symbols), [
      'rezago-social (Índice de rezago social)',
      '  Rezago social por municipio 2020 (text/csv)',
      '  Rezago social por municipio 2020 (RDF) (application/rdf+xml)',
    ]);
    const inside = (outer: DocumentSymbol): void => {
      const { range, selectionRange } = outer;
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      assert.ok(before(range.start, selectionRange.start) && before(selectionRange.end, range.end), outer.name);
      outer.children?.forEach(inside);
    };
    symbols.forEach(inside);
  });

  it("shows a JSON catalog's datasets with their resources", () => {
    const catalog = JSON.stringify(
      {
        title: 'Catálogo',
        dataset: [
          { identifier: 'a', title: 'Conjunto A', distribution: [{ title: 'A 2020', mediaType: 'text/csv' }] },
          { title: 'Sin identificador', distribution: [] },
        ],
      },
      null,
      2,
    );
    const context = contextOf(workspace({ 'catalogo.json': catalog }), 'catalogo.json');
    assert.deepEqual(outline(documentSymbols(context.file, context.settings)), [
      'title',
      'dataset (2 conjuntos)',
      '  a (Conjunto A)',
      '    A 2020 (text/csv)',
      '  Sin identificador',
    ]);
  });
});
