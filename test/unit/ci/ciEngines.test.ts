import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { CLI } from '../../support/cli';

/**
 * The CI engines' definitions run here as far as this machine allows: the shell each one runs is
 * taken from the YAML as shipped and run with bash on sample repositories, with the variables the
 * engine would set. What only the engines do (checkout, artifacts, the SARIF upload) is not run.
 */
const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bash(script: string, cwd: string, env: Record<string, string>): Run {
  const result = spawnSync('bash', ['-c', script], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function yamlFile<T>(relative: string): T {
  return parse(readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

/** `${{ inputs.x }}` and `${{ runner.temp }}` of a GitHub Action, as the runner would expand them. */
function expandGithub(text: string, inputs: Record<string, string>, temp: string): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '').replace(/\$\{\{\s*runner\.temp\s*\}\}/g, temp);
}

/** `$VAR` of GitLab variables, expanded from the job's other variables as GitLab does. */
function expandGitlab(variables: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, String(value).replace(/\$(\w+)/g, (whole, name: string) => variables[name] ?? whole)]));
}

describe('the CI engines, run locally', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'guia-ci-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  /** A sample repository: a copy of one example (or of both, each in its own folder). */
  function repository(name: string, ...examples: string[]): string {
    const dir = path.join(work, name);
    if (examples.length === 1) cpSync(path.join(EXAMPLES, examples[0]!), dir, { recursive: true });
    else for (const example of examples) cpSync(path.join(EXAMPLES, example), path.join(dir, example), { recursive: true });
    return dir;
  }

  describe('GitHub Action (action.yml)', () => {
    interface Step {
      id?: string;
      uses?: string;
      run?: string;
      env?: Record<string, string>;
      if?: string;
    }
    const action = yamlFile<{ runs: { using: string; steps: Step[] }; inputs: Record<string, { default: string }> }>('action.yml');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));

    function runAction(repo: string, inputs: Record<string, string>): { check: Run; verdict: Run; outputs: string; summary: string } {
      const all = { ...defaults, ...inputs };
      const temp = mkdtempSync(path.join(work, 'runner-'));
      const files = { GITHUB_OUTPUT: path.join(temp, 'output'), GITHUB_STEP_SUMMARY: path.join(temp, 'summary') };
      for (const file of Object.values(files)) writeFileSync(file, '');
      const stepEnv = (step: Step) => Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expandGithub(String(value), all, temp)]));
      const [checkStep, verdictStep] = [action.runs.steps.find((step) => step.id === 'check')!, action.runs.steps.at(-1)!];
      const check = bash(checkStep.run!, repo, { ...files, GITHUB_ACTION_PATH: ROOT, ...stepEnv(checkStep) });
      const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
      const exitCode = /exit-code=(\d)/.exec(outputs)?.[1] ?? '';
      const verdictEnv = { ...stepEnv(verdictStep), GUIA_EXIT: exitCode };
      const verdict = bash(verdictStep.run!, repo, { GITHUB_ACTION_PATH: ROOT, ...verdictEnv });
      return { check, verdict, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
    }

    it('is a composite action that uploads the SARIF to code scanning before failing', () => {
      assert.equal(action.runs.using, 'composite');
      const uses = action.runs.steps.map((step) => step.uses ?? 'run');
      assert.ok(uses.indexOf('github/codeql-action/upload-sarif@v3') > uses.indexOf('run'));
      assert.match(action.runs.steps.at(-1)!.if!, /always\(\)/);
    });

    it('fails on errors with the SARIF and the board written, and passes a clean repository', () => {
      const failing = runAction(repository('gh-errores', 'con-errores'), { today: '2026-12-01' });
      assert.match(failing.outputs, /exit-code=1/);
      assert.equal(failing.verdict.code, 1);
      assert.match(failing.verdict.stdout, /::error title=Guía de Datos Abiertos::/);
      const sarif = JSON.parse(readFileSync(path.join(work, 'gh-errores', 'guia-results', 'guia.sarif'), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.ok(
        sarif.runs[0].results.some(
          (result: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            result.level === 'error' && result.locations[0]!.physicalLocation.artifactLocation.uri === 'plan-de-apertura.yaml',
        ),
      );
      assert.match(failing.summary, /# Tablero nacional de la Guía de Datos Abiertos/);
      assert.ok(existsSync(path.join(work, 'gh-errores', 'guia-results', 'guia.json')));

      const tolerant = runAction(path.join(work, 'gh-errores'), { today: '2026-12-01', 'fail-on-errors': 'false' });
      assert.equal(tolerant.verdict.code, 0);

      const clean = runAction(repository('gh-completo', 'completo'), { today: '2026-12-01' });
      assert.match(clean.outputs, /exit-code=0/);
      assert.equal(clean.verdict.code, 0, clean.verdict.stdout);
    });

    it('fails when the check cannot run', () => {
      const broken = runAction(repository('gh-roto', 'completo'), { paths: 'no-existe' });
      assert.match(broken.outputs, /exit-code=2/);
      assert.equal(broken.verdict.code, 1);
    });
  });

  describe('GitLab CI templates', () => {
    interface Job {
      variables?: Record<string, string>;
      script: string[];
      before_script?: string[];
      artifacts?: { reports?: Record<string, string>; paths?: string[] };
      parallel?: { matrix: Record<string, string[]>[] };
    }
    const template = yamlFile<Record<string, Job>>('ci/gitlab/guia.gitlab-ci.yml');
    const national = yamlFile<Record<string, Job> & { variables: Record<string, string> }>('ci/gitlab/tablero-nacional.gitlab-ci.yml');

    /** Runs a job's scripts as the runner would, with GUIA_HOME on this checkout (the clone is skipped). */
    function runJob(job: Job, cwd: string, variables: Record<string, string>): Run {
      const env = expandGitlab({ ...job.variables, ...variables, GUIA_HOME: ROOT, CI_PROJECT_DIR: cwd });
      return bash(['set -e', ...job.script].join('\n'), cwd, env);
    }

    it('writes the Code Quality report GitLab reads, the SARIF, and fails on errors', () => {
      const job = template['.guia']!;
      assert.equal(job.artifacts?.reports?.codequality, 'gl-code-quality-report.json');
      const repo = repository('gl-errores', 'con-errores');
      const run = runJob(job, repo, { GUIA_TODAY: '2026-12-01' });
      assert.equal(run.code, 1, run.stderr);
      const issues = JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')) as {
        description: string;
        check_name: string;
        fingerprint: string;
        severity: string;
        location: { path: string; lines: { begin: number } };
      }[];
      assert.ok(issues.length > 20);
      for (const issue of issues) {
        assert.ok(issue.description && issue.check_name && /^[0-9a-f]{32}$/.test(issue.fingerprint));
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
        assert.ok(!issue.location.path.startsWith('./') && issue.location.lines.begin >= 1);
      }
      assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
      assert.ok(issues.some((issue) => issue.severity === 'major' && issue.location.path === 'plan-de-apertura.yaml'));
      assert.ok(existsSync(path.join(repo, 'guia-results', 'guia.sarif')));

      const clean = runJob(job, repository('gl-completo', 'completo'), { GUIA_TODAY: '2026-12-01' });
      assert.equal(clean.code, 0, clean.stderr);
    });

    it('runs a national board: one job per institution repository, then the aggregation job', () => {
      const institutionJob = national['institucion']!;
      const institutions = institutionJob.parallel!.matrix[0]!['INSTITUCION']!;
      const gathered = path.join(work, 'gl-tablero');
      mkdirSync(path.join(gathered, 'guia-results'), { recursive: true });
      const samples = ['completo', 'con-errores', 'completo'];
      for (const [i, institution] of institutions.entries()) {
        const jobDir = path.join(work, `gl-job-${institution}`);
        // The job's before_script clones the institution's repository into `institucion`.
        assert.match(institutionJob.before_script!.join('\n'), /git clone .* institucion/);
        cpSync(path.join(EXAMPLES, samples[i % samples.length]!), path.join(jobDir, 'institucion'), { recursive: true });
        const run = runJob({ ...template['.guia']!, ...institutionJob, variables: { ...template['.guia']!.variables, ...institutionJob.variables } }, jobDir, {
          ...national.variables,
          INSTITUCION: institution,
        });
        assert.equal(run.code, 0, `${institution}: errors must not stop the national run\n${run.stderr}`);
        cpSync(path.join(jobDir, 'guia-results', `${institution}.json`), path.join(gathered, 'guia-results', `${institution}.json`));
      }
      const board = runJob(national['tablero']!, gathered, { ...national.variables });
      assert.equal(board.code, 0, board.stderr);
      assert.deepEqual(readdirSync(path.join(gathered, 'tablero')).sort(), ['tablero.csv', 'tablero.html', 'tablero.json', 'tablero.md']);
      const rows = JSON.parse(readFileSync(path.join(gathered, 'tablero', 'tablero.json'), 'utf8')) as { date: string; institutions: { rank: number; source: string }[] };
      assert.equal(rows.date, national.variables['GUIA_TODAY']);
      assert.deepEqual(
        rows.institutions.map((row) => [row.rank, path.basename(row.source)]),
        [
          [1, 'coneval.json'],
          [1, 'inegi.json'],
          [3, 'sep.json'],
        ],
      );
    });
  });

  describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
    const [hook] = yamlFile<{ id: string; entry: string; files: string; pass_filenames: boolean; language: string }[]>('.pre-commit-hooks.yaml');

    it('runs when a metadata file or a plan changes, and only then', () => {
      const files = new RegExp(hook!.files);
      for (const name of ['datos/becas.dcat.yaml', 'catalogo.json', 'sub/catalogo-2024.yml', 'plan-de-apertura.yaml', 'x.plan.yml', 'a.dcat.json'])
        assert.ok(files.test(name), name);
      for (const name of ['README.md', 'package.json', 'datos/becas.csv', 'mi-catalogo.json.bak']) assert.ok(!files.test(name), name);
      assert.equal(hook!.pass_filenames, false);
    });

    it('stops a commit with errors and lets a clean one through', () => {
      const entry = path.join(ROOT, hook!.entry);
      const failing = bash(`"${entry}" --today 2026-12-01`, repository('pc-errores', 'con-errores'), {});
      assert.equal(failing.code, 1, failing.stderr);
      assert.match(failing.stdout, /plan-de-apertura\.yaml:\d+:\d+: error basico-1a/);
      const clean = bash(`"${entry}" --level intermedio --today 2026-12-01`, repository('pc-completo', 'completo'), {});
      assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    });
  });
});
