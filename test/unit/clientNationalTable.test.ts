import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { boardPageHtml, type BoardInstitutions } from '../../server/src/core/report/boardPage';
import { institutionNode } from '../../client/src/board/boardTreeModel';
import { nationalTableHtml, sortAnnouncement, sortRows, tableColumns, tableRows } from '../../server/src/core/report/nationalTable';
import { DEFAULT_SORT, nextSort } from '../../server/src/core/report/tableSort';
import { useLanguage } from '../../server/src/core/l10n';
import { boardInput, institutionCoverage } from '../support/board';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

const ENGLISH = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;

const COMPLETO = institutionCoverage('file:///w/completo', 'Consejo Nacional de Evaluación', {}, {}, 'intermedio', { acronym: 'CONEVAL', rank: 1, levelReached: 'avanzado' });
const CON_ERRORES = institutionCoverage(
  'file:///w/con-errores',
  'Secretaría de Ejemplo',
  { 'basico-1a': 'unmet', 'basico-2b': 'partial' },
  { 'basico-1a': { count: 3, errors: 3 }, 'basico-2b': { count: 1, errors: 0 } },
  'basico',
  { rank: 3, levelReached: null },
);
const AVANCE = institutionCoverage('file:///w/avance', 'Agencia Avance', { 'intermedio-1a': 'unmet' }, { 'intermedio-1a': { count: 5, errors: 0 } }, 'intermedio', {
  rank: 2,
  levelReached: 'basico',
});
const ALL = [CON_ERRORES, COMPLETO, AVANCE];

/** The institution names of the table's rows, in order. */
function names(html: string): string[] {
  return [...html.matchAll(/data-action="pick"[^>]*>([^<]+)<\/button>/g)].map((match) => match[1]!);
}

describe('summary table of every institution', () => {
  afterEach(() => useLanguage('es'));

  it('lists each institution by its place, with its level reached, figures per level and the 20 requirements', () => {
    const html = nationalTableHtml(ALL, COMPLETO.root, DEFAULT_SORT, 'es');
    assert.deepEqual(names(html), ['Consejo Nacional de Evaluación (CONEVAL)', 'Agencia Avance', 'Secretaría de Ejemplo']);
    const rows = tableRows(ALL, 'es');
    assert.deepEqual(
      rows.map((row) => [row.reachedTitle, row.levels.map((level) => `${level.met}/${level.total}`).join(' '), row.errors, row.findings, row.requirements.length]),
      [
        ['ninguno', '6/8 8/8 4/4', 3, 4, 20],
        ['Avanzado', '8/8 8/8 4/4', 0, 0, 20],
        ['Básico', '8/8 7/8 4/4', 0, 5, 20],
      ],
    );
    assert.equal((html.match(/<th scope="col"/g) ?? []).length, 4 + 3 + 2 + 20);
    // A state is a word for screen readers besides its mark and colour.
    assert.match(html, /<td class="state unmet" title="basico-1a: no cumple"><span class="mark" aria-hidden="true">✘<\/span><span class="sr-only">no cumple<\/span> 3<\/td>/);
    assert.match(html, /<th scope="row" class="shown"><button [^>]*aria-current="true">Consejo Nacional de Evaluación \(CONEVAL\)</);
  });

  it('sorts by any column with a keyboard-reachable button in its header, saying which way with aria-sort', () => {
    const columns = tableColumns('es');
    const rows = tableRows(ALL, 'es');
    const order = (column: string, descending = false): string[] => sortRows(rows, columns, { column, descending }).map((row) => row.institution.name);
    assert.deepEqual(order('name'), ['Agencia Avance', 'Consejo Nacional de Evaluación', 'Secretaría de Ejemplo']);
    assert.deepEqual(order('errors', true), ['Secretaría de Ejemplo', 'Consejo Nacional de Evaluación', 'Agencia Avance'], 'ties keep the ranking order');
    assert.deepEqual(order('reached', true), ['Consejo Nacional de Evaluación', 'Agencia Avance', 'Secretaría de Ejemplo']);
    assert.deepEqual(order('intermedio-1a'), ['Consejo Nacional de Evaluación', 'Secretaría de Ejemplo', 'Agencia Avance'], 'met first, unmet last');
    assert.deepEqual(order('basico'), ['Secretaría de Ejemplo', 'Consejo Nacional de Evaluación', 'Agencia Avance']);

    const first = nextSort(DEFAULT_SORT, 'errors');
    assert.deepEqual(first, { column: 'errors', descending: false });
    assert.deepEqual(nextSort(first, 'errors'), { column: 'errors', descending: true });
    const html = nationalTableHtml(ALL, undefined, { column: 'errors', descending: true }, 'es');
    assert.match(html, /<th scope="col" aria-sort="descending" class="n"><button type="button" class="sort" data-action="sort" data-column="errors" data-focus-key="sort:errors"/);
    assert.equal((html.match(/aria-sort=/g) ?? []).length, 1);
    assert.deepEqual(names(html), ['Secretaría de Ejemplo', 'Consejo Nacional de Evaluación (CONEVAL)', 'Agencia Avance']);
    assert.equal(sortAnnouncement(columns, { column: 'errors', descending: true }), 'Tabla de instituciones ordenada por Errores, descendente');
  });

  it('shows names from the workspace as text', () => {
    const hostile = institutionCoverage('file:///w/x"><script>', '<img src=x onerror=alert(1)>', {}, {}, 'basico', { rank: 1 });
    const html = nationalTableHtml([hostile, COMPLETO], undefined, DEFAULT_SORT, 'es');
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /data-root="file:\/\/\/w\/x&quot;&gt;&lt;script&gt;"/);
  });

  it('is in English with the English bundle', () => {
    useLanguage('en', ENGLISH);
    const html = nationalTableHtml(ALL, undefined, DEFAULT_SORT, 'en');
    assert.match(html, /All institutions/);
    assert.match(html, /3 institutions by the 20 requirements/);
    assert.match(html, />Rank<span/);
    assert.match(html, /<abbr title="[^"]+">basico-1a<\/abbr>/);
    assert.match(html, /<span class="sr-only">not met<\/span>|<span class="sr-only">unmet<\/span>/);
  });
});

describe('board page and tree with several institutions', () => {
  const view = (following: BoardInstitutions['following']): BoardInstitutions => ({
    institutions: ALL,
    shownRoot: CON_ERRORES.root,
    following,
    sort: DEFAULT_SORT,
    folderOf: (root) => root.split('/').pop()!,
  });

  it('picks the institution with a drop-down whose first choice follows the active file, and shows the summary table', () => {
    const html = boardPageHtml(boardInput({}, {}, 'basico'), 'es', view(CON_ERRORES));
    assert.match(html, /<label for="institution-picker">Institución<\/label> <select id="institution-picker" data-action="institution"/);
    assert.match(html, /<option value="" selected>La del archivo activo \(Secretaría de Ejemplo\)<\/option>/);
    assert.match(html, /<option value="file:\/\/\/w\/completo">Consejo Nacional de Evaluación \(CONEVAL\) — completo<\/option>/);
    assert.match(html, /Carpeta: con-errores/);
    assert.match(html, /data-action="scroll" data-target="national-title"[^>]*>Todas las instituciones \(3\)</);
    assert.match(html, /<h2 id="national-title" tabindex="-1">Todas las instituciones<\/h2>/);

    const picked = boardPageHtml(boardInput(), 'es', view(undefined));
    assert.match(picked, /<option value="">La del archivo activo<\/option>/);
    assert.match(picked, /<option value="file:\/\/\/w\/con-errores" selected>/);
  });

  it('has neither picker nor summary table with one institution', () => {
    const html = boardPageHtml(boardInput(), 'es', { ...view(COMPLETO), institutions: [COMPLETO] });
    assert.doesNotMatch(html, /institution-picker|national-title/);
  });

  it('puts the institution shown above the levels of the tree, with its figures', () => {
    const node = institutionNode(boardInput({ 'basico-1a': 'unmet' }), 'Secretaría de Ejemplo', 'con-errores', true, 'es', REQUIREMENT_CATALOG);
    assert.equal(node.kind, 'institution');
    assert.equal(node.label, 'Secretaría de Ejemplo');
    assert.equal(node.description, 'Básico 7/8 · la del archivo activo');
    assert.match(node.tooltip, /Haz clic para elegir otra institución\./);
    assert.match(institutionNode(boardInput(), '**x**', 'x', false, 'es', REQUIREMENT_CATALOG).tooltip, /^\*\*\\\*\\\*x\\\*\\\*\*\* \(elegida\)/);
  });
});
