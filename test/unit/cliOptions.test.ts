import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseArguments, UsageError } from '../../server/src/cli/arguments';
import { parseCommandLine, OUTPUT_OPTIONS } from '../../server/src/cli/commandLine';
import { CLI, runCli } from '../support/cli';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = readFileSync(path.join(ROOT, 'examples', 'completo', 'datos', 'rezago-social.dcat.yaml'), 'utf8');

describe('the command line parser shared by every command', () => {
  it('reads --flag value, --flag=value, -o value and repeated flags, and stops at --', () => {
    const parsed = parseCommandLine(['a.csv', '--out=salida', '--force', '--lang', 'en', '--', '--b.csv'], OUTPUT_OPTIONS);
    assert.deepEqual(parsed, { values: { out: 'salida', force: true, lang: 'en' }, positionals: ['a.csv', '--b.csv'] });
    assert.equal(parseCommandLine(['-o', '-'], OUTPUT_OPTIONS).values.out, '-');
    assert.deepEqual(parseArguments(['check', '.', '--data-map', 'https://a.mx/=a', '--data-map=https://b.mx/=b']).dataMappings, { 'https://a.mx/': 'a', 'https://b.mx/': 'b' });
  });

  it('refuses unknown options, missing values and values given to switches', () => {
    const refused = (argv: string[], message: RegExp): void => {
      assert.throws(
        () => parseCommandLine(argv, OUTPUT_OPTIONS),
        (error: unknown) => error instanceof UsageError && message.test(error.message),
        argv.join(' '),
      );
    };
    refused(['--outt', 'x'], /Opción desconocida: --outt\./);
    refused(['-x'], /Opción desconocida: -x\./);
    refused(['a', '--out'], /Falta el valor de --out\./);
    refused(['--force=no'], /--force no lleva valor\./);
  });
});

describe('guia check: --today and --level', () => {
  it('refuses an evaluation date that does not exist instead of falling back to the clock', () => {
    for (const day of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '27/11/2026']) {
      assert.throws(
        () => parseArguments(['check', '.', '--today', day]),
        (error: unknown) => error instanceof UsageError && /Fecha no válida/.test(error.message),
        day,
      );
    }
    assert.equal(parseArguments(['check', '.', '--today', '2028-02-29']).today, '2028-02-29');
  });

  describe('as a command', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
    let work: string;
    const USAGES = {
      check: /^Usage: guia check <paths\.\.\.>/m,
      import: /^Usage: guia import <files\.\.\.>/m,
      export: /^Usage: guia export </m,
      tablero: /^Usage: guia tablero <paths\.\.\.>/m,
    };

    it("speaks English in every command's usage and usage errors with --lang en", async () => {
      const mistakes: Record<keyof typeof USAGES, [string[], RegExp]> = {
        check: [['check', '--lang', 'en'], /guia: Give at least one path \(file or folder\) to check\./],
        import: [['import', 'a.csv', '--lang=en'], /guia: Give with --out the folder to write the YAML files in\./],
        export: [['export', 'xml', '.', '--out', '-', '--lang', 'en'], /guia: Unknown export format «xml»/],
        tablero: [['tablero', '.', '--lang', 'en', '--today', '2026-02-30'], /guia: Invalid date «2026-02-30»: --today needs a day that exists/],
      };
      for (const [command, [args, error]] of Object.entries(mistakes)) {
        const run = await runCli(args);
        assert.equal(run.code, 2, command);
        assert.match(run.stderr, error, command);
        assert.match(run.stderr, USAGES[command as keyof typeof USAGES], command);
        assert.doesNotMatch(run.stderr, /Uso: guia/, command);
        const help = await runCli([command, '--help', '--lang', 'en']);
        assert.match(help.stdout, USAGES[command as keyof typeof USAGES], `${command} --help`);
      }
      const spanish = await runCli(['check', '--bogus', '.']);
      assert.match(spanish.stderr, /guia: Opción desconocida: --bogus\.[\s\S]*^Uso: guia check/m, 'Spanish by default');
      const english = await runCli(['import', '--out', 'x', '--force=yes', '--lang', 'en', 'a.csv']);
      assert.match(english.stderr, /guia: --force takes no value\./);
    });
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
