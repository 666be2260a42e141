import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { LEVELS, REQUIREMENTS, type LevelId } from '../../../server/src/core/catalog/requirements';
import type { Coverage, RequirementState } from '../../../server/src/core/check/coverage';
import { levelCoverageOf } from '../../../server/src/core/institutions/commonCoverage';
import { institutionsFromCheckResult } from '../../../server/src/core/report/checkResultInput';
import { nationalBoard, type BoardInstitution } from '../../../server/src/core/report/nationalBoard';
import { nationalBoardHtml } from '../../../server/src/core/report/nationalBoardHtml';
import { nationalBoardCsv } from '../../../server/src/core/report/nationalBoardText';
import { CLI, runCli } from '../../support/cli';

const ROOT = path.resolve(__dirname, '../../..');

/** A coverage where the first `met[level]` requirements of each level are met and the rest unmet. */
function coverage(met: Partial<Record<LevelId, number>>): Coverage {
  const result = {} as Coverage;
  for (const level of LEVELS) {
    const states: Record<string, RequirementState> = {};
    REQUIREMENTS.filter((requirement) => requirement.level === level.id).forEach((requirement, i) => {
      states[requirement.id] = i < (met[level.id] ?? 0) ? 'met' : 'unmet';
    });
    result[level.id] = levelCoverageOf(states);
  }
  return result;
}

function institution(name: string, met: Partial<Record<LevelId, number>>, errors = 0): BoardInstitution {
  return {
    name,
    root: name,
    targetLevel: 'basico',
    coverage: coverage(met),
    findings: errors ? { 'basico-1a': { count: errors + 1, errors } } : {},
    evaluationDate: '2026-12-01',
    source: name,
  };
}

describe('the national board', () => {
  it('ranks by level reached, then requirements met, then fewer errors; ties share a rank', () => {
    const board = nationalBoard(
      [
        institution('Intermedio sin Básico', { intermedio: 8, avanzado: 4 }),
        institution('Básico completo', { basico: 8, intermedio: 2 }),
        institution('Básico con más', { basico: 8, intermedio: 5 }),
        institution('Nada, muchos errores', { basico: 3 }, 9),
        institution('Nada, pocos errores', { basico: 3 }, 1),
        institution('Empate B', { basico: 8, intermedio: 2 }),
      ],
      '2026-12-01',
    );
    assert.deepEqual(
      board.rows.map((row) => [row.rank, row.name, row.levelReached ?? '—']),
      [
        [1, 'Básico con más', 'basico'],
        [2, 'Básico completo', 'basico'],
        [2, 'Empate B', 'basico'],
        // 12 requirements met without Básico reach no level: Básico is mandatory and the levels are cumulative.
        [4, 'Intermedio sin Básico', '—'],
        [5, 'Nada, pocos errores', '—'],
        [6, 'Nada, muchos errores', '—'],
      ],
    );
    assert.equal(nationalBoard([institution('Todo', { basico: 8, intermedio: 8, avanzado: 4 })], '2026-12-01').rows[0]!.levelReached, 'avanzado');
  });

  it('keeps hostile names inert in HTML and in spreadsheets', () => {
    const board = nationalBoard([institution('<img src=x onerror=alert(1)>', {}), institution('=HYPERLINK("http://x")', {})], '2026-12-01');
    const html = nationalBoardHtml(board, 'es');
    assert.ok(!html.includes('<img'));
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /<table id="board" class="board"><caption id="board-caption">/);
    assert.match(html, /<th scope="col" aria-sort="ascending" class="n"><button type="button"/);
    assert.match(html, /@media print/);
    const csv = nationalBoardCsv(board, 'es');
    assert.ok(csv.includes(`"'=HYPERLINK(""http://x"")"`));
  });

  it('reads back a check output only when every field has the expected shape', () => {
    const good = {
      evaluationDate: '2026-12-01',
      files: [],
      coverage: {},
      institutions: [{ name: 'A', root: '.', targetLevel: 'basico', coverage: coverage({ basico: 8 }), findings: { 'basico-2b': { count: 2, errors: 1 } } }],
    };
    const read = institutionsFromCheckResult(good, 'a.json');
    assert.ok(Array.isArray(read));
    assert.equal(read[0]!.coverage.basico.met, 8);
    // A hand-raised `met` does not count: the states do.
    const raised = structuredClone(good);
    raised.institutions[0]!.coverage.intermedio.met = 8;
    assert.equal((institutionsFromCheckResult(raised, 'a.json') as BoardInstitution[])[0]!.coverage.intermedio.met, 0);
    for (const broken of [
      { ...good, evaluationDate: '2026-02-30' },
      { ...good, institutions: [{ ...good.institutions[0], targetLevel: 'experto' }] },
      { ...good, institutions: [{ ...good.institutions[0], findings: { 'basico-2b': { count: -1 } } }] },
      { ...good, institutions: [{ ...good.institutions[0], coverage: { basico: { requirements: { 'basico-1a': 'cumple' } } } }] },
    ])
      assert.equal(typeof institutionsFromCheckResult(broken, 'a.json'), 'string');
  });
});

describe('guia tablero', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'guia-tablero-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  interface BoardJson {
    date: string;
    institutions: {
      rank: number;
      name: string;
      levelReached: string | null;
      evaluationDate: string;
      levels: Record<string, { met: number }>;
      requirements: Record<string, { state: string; findings: number }>;
    }[];
  }

  it('gives one row per institution, the same from the folders and from the CI jobs’ check outputs', async () => {
    const direct = await runCli(['tablero', 'examples', '--format', 'json', '--today', '2026-12-01'], { cwd: ROOT });
    assert.equal(direct.code, 0, direct.stderr);
    const fromFolders = JSON.parse(direct.stdout) as BoardJson;
    assert.equal(fromFolders.date, '2026-12-01');
    assert.deepEqual(
      fromFolders.institutions.map((row) => [row.rank, row.name, row.levelReached]),
      [
        [1, 'Consejo Nacional de Evaluación de la Política de Desarrollo Social', 'avanzado'],
        [2, 'Secretaría de Ejemplo', null],
      ],
    );

    const outputs: string[] = [];
    for (const example of ['completo', 'con-errores']) {
      const check = await runCli(['check', `examples/${example}`, '--format', 'json', '--today', '2026-12-01'], { cwd: ROOT });
      outputs.push(path.join(work, `${example}.json`));
      writeFileSync(outputs.at(-1)!, check.stdout);
    }
    const merged = await runCli(['tablero', ...outputs, '--format', 'json', '--today', '2026-12-01'], { cwd: ROOT });
    assert.equal(merged.code, 0, merged.stderr);
    const fromJobs = JSON.parse(merged.stdout) as BoardJson;
    const comparable = (board: BoardJson) => board.institutions.map(({ rank, name, levelReached, levels, requirements }) => ({ rank, name, levelReached, levels, requirements }));
    assert.deepEqual(comparable(fromJobs), comparable(fromFolders));
  });

  it('writes the same board whether the institutions are judged one after another or in worker threads', async () => {
    // 20 institutions: copies of both examples, each under its own folder (names differ by number).
    const tree = path.join(work, 'pais');
    for (let i = 1; i <= 10; i++) {
      for (const example of ['completo', 'con-errores'])
        cpSync(path.join(ROOT, 'examples', example), path.join(tree, `${example}-${String(i).padStart(2, '0')}`), { recursive: true });
    }
    const board = async (...flags: string[]): Promise<string> => {
      const run = await runCli(['tablero', tree, '--format', 'json', '--today', '2026-12-01', ...flags], { cwd: ROOT });
      assert.equal(run.code, 0, run.stderr);
      return run.stdout;
    };
    const sequential = await board('--jobs', '1');
    assert.equal((JSON.parse(sequential) as BoardJson).institutions.length, 20);
    assert.equal(await board('--jobs', '3'), sequential);
    assert.equal(await board(), sequential);
    const html = async (...flags: string[]) => (await runCli(['tablero', tree, '--format', 'html', '--today', '2026-12-01', ...flags], { cwd: ROOT })).stdout;
    assert.equal(await html('--jobs', '2'), await html('--jobs', '1'));
    const bad = await runCli(['tablero', tree, '--jobs', '0'], { cwd: ROOT });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--jobs «0»/);
  });

  it('writes a dated standalone page, in English on request, and never replaces a file unasked', async () => {
    const out = path.join(work, 'tablero.html');
    const first = await runCli(['tablero', 'examples', '--out', out, '--today', '2026-12-01', '--lang', 'en'], { cwd: ROOT });
    assert.equal(first.code, 0, first.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>National board of the Open Data Guide — 2026-12-01<\/title>/);
    assert.match(html, /Level reached/);
    const again = await runCli(['tablero', 'examples', '--out', out], { cwd: ROOT });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /no se reemplaza/);
    const bad = await runCli(['tablero', 'examples', '--format', 'pdf'], { cwd: ROOT });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Formato desconocido «pdf»: usa html, md, csv, json/);
  });
});
