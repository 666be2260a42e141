import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseArguments, UsageError } from '../../server/src/cli/arguments';
import { CLI, runCli } from '../support/cli';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = readFileSync(path.join(ROOT, 'examples', 'completo', 'datos', 'rezago-social.dcat.yaml'), 'utf8');

describe('guia check: --today and --level', () => {
  it('refuses an evaluation date that does not exist instead of falling back to the clock', () => {
    for (const day of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '27/11/2026']) {
      assert.throws(() => parseArguments(['check', '.', '--today', day]), (error: unknown) => error instanceof UsageError && /Fecha no válida/.test(error.message), day);
    }
    assert.equal(parseArguments(['check', '.', '--today', '2028-02-29']).today, '2028-02-29');
  });

  describe('as a command', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
    let work: string;
    before(() => {
      work = mkdtempSync(path.join(tmpdir(), 'guia-options-'));
    });
    after(() => rmSync(work, { recursive: true, force: true }));

    it('exits 2 with the usage on an impossible --today', async () => {
      writeFileSync(path.join(work, 'a.dcat.yaml'), GOOD);
      const run = await runCli(['check', work, '--today', '2026-02-30']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /Fecha no válida «2026-02-30»/);
      assert.equal(run.stdout, '');
    });

    it("lets the plan's nivelObjetivo win over --level, and says so", async () => {
      const dir = path.join(work, 'con-plan');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'a.dcat.yaml'), GOOD);
      writeFileSync(path.join(dir, 'plan-de-apertura.yaml'), 'nivelObjetivo: intermedio\ninstitucion:\n  nombre: X\n');
      const run = await runCli(['check', dir, '--level', 'avanzado', '--today', '2026-11-27']);
      assert.match(run.stdout, /nivel objetivo: Intermedio/i);
      assert.match(run.stderr, /«nivelObjetivo: intermedio», que manda sobre --level avanzado/);
      const without = path.join(work, 'sin-plan');
      mkdirSync(without);
      writeFileSync(path.join(without, 'a.dcat.yaml'), GOOD);
      const alone = await runCli(['check', without, '--level', 'avanzado', '--today', '2026-11-27']);
      assert.match(alone.stdout, /nivel objetivo: Avanzado/i);
      assert.doesNotMatch(alone.stderr, /manda sobre/);
    });
  });
});

