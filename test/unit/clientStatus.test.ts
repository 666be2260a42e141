import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { resolveLanguage } from '../../client/src/l10n/language';
import { normalizeSettings } from '../../server/src/protocol/settings';
import { RestartPolicy } from '../../client/src/server/restartPolicy';
import { statusForServer, statusFromCoverage } from '../../client/src/status/statusModel';
import { useLanguage } from '../../server/src/core/l10n';
import type { CoverageReport } from '../../server/src/protocol/protocol';
import { boardInput } from '../support/board';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

const ENGLISH = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;

function report(states: Parameters<typeof boardInput>[0], findings: CoverageReport['findings'] = {}, targetLevel: CoverageReport['targetLevel'] = 'basico'): CoverageReport {
  return { ...boardInput(states, findings, targetLevel), files: { plan: 1, dataset: 2 } };
}

describe('status bar item', () => {
  afterEach(() => useLanguage('es'));

  it('shows the target level figures with a check when everything is met', () => {
    const status = statusFromCoverage(report({}, {}, 'intermedio'), 'es', REQUIREMENT_CATALOG);
    assert.equal(status.kind, 'met');
    assert.equal(status.text, '$(pass) Guía: Intermedio 8/8');
    assert.match(status.tooltip, /Básico: 8 de 8 requisitos\s+\n\$\(pass\) \*\*Intermedio: 8 de 8 requisitos\*\* — nivel objetivo/);
    assert.match(status.tooltip, /Avanzado: 4 de 4 requisitos/);
    assert.match(status.tooltip, /Haz clic para abrir el tablero\./);
    assert.equal(status.accessibilityLabel, 'Guía de Datos Abiertos: nivel Intermedio, 8 de 8 requisitos cumplidos. Se cumplen todos los requisitos del nivel objetivo.');
  });

  it('warns when requirements are missing and shows an error icon when there are errors', () => {
    assert.equal(statusFromCoverage(report({ 'basico-4a': 'partial' }), 'es', REQUIREMENT_CATALOG).text, '$(warning) Guía: Básico 7/8');
    const errors = statusFromCoverage(report({ 'basico-2b': 'unmet' }, { 'basico-2b': { count: 3, errors: 2 } }), 'es', REQUIREMENT_CATALOG);
    assert.equal(errors.kind, 'errors');
    assert.equal(errors.text, '$(error) Guía: Básico 7/8');
    assert.match(errors.tooltip, /Hay 2 errores que corregir\./);
  });

  it('says when the workspace has no files of the guide, and while the server starts or is stopped', () => {
    const empty = statusFromCoverage({ ...report({}), files: {} }, 'es', REQUIREMENT_CATALOG);
    assert.equal(empty.kind, 'empty');
    assert.equal(empty.text, '$(circle-large-outline) Guía: sin archivos');
    assert.equal(statusForServer('starting').text, '$(sync~spin) Guía: revisando…');
    assert.equal(statusForServer('stopped').kind, 'stopped');
  });

  it('is in English when the English bundle is loaded', () => {
    useLanguage('en', ENGLISH);
    const status = statusFromCoverage(report({ 'basico-1a': 'unmet' }, { 'basico-1a': { count: 1, errors: 1 } }), 'en', REQUIREMENT_CATALOG);
    assert.equal(status.text, '$(error) Guide: Basic 7/8');
    assert.match(status.tooltip, /There is 1 error to fix\./);
    assert.match(status.tooltip, /Target level: Basic \(declared in the opening plan\)/);
  });
});

describe('language of messages', () => {
  it("follows VS Code's display language by default, like the manifest; Spanish or English on request", () => {
    assert.equal(normalizeSettings({}).language, 'vscode');
    assert.equal(normalizeSettings({ language: 'fr' }).language, 'vscode');
    assert.equal(resolveLanguage('es', 'en'), 'es');
    assert.equal(resolveLanguage('en', 'es'), 'en');
    assert.equal(resolveLanguage('vscode', 'en-GB'), 'en');
    assert.equal(resolveLanguage('vscode', 'en'), 'en');
    assert.equal(resolveLanguage('vscode', 'es-MX'), 'es');
    assert.equal(resolveLanguage('vscode', 'de'), 'es', 'a language without a translation falls back to Spanish');
  });
});

describe('server restarts after a crash', () => {
  it('restarts at most four times in three minutes and tells the user only about the first crash', () => {
    const policy = new RestartPolicy();
    const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((now) => policy.onCrash(now));
    assert.deepEqual(
      decisions.map((decision) => decision.restart),
      [true, true, true, true, false],
    );
    assert.deepEqual(
      decisions.map((decision) => decision.first),
      [true, false, false, false, false],
    );
  });

  it('forgets crashes older than the window, and starts again after a restart the user asked for', () => {
    const policy = new RestartPolicy(2, 1000);
    assert.equal(policy.onCrash(0).restart, true);
    assert.equal(policy.onCrash(100).restart, true);
    assert.equal(policy.onCrash(200).restart, false);
    assert.equal(policy.onCrash(1500).restart, true, 'the crashes at 0, 100 and 200 are outside the window');
    policy.reset();
    assert.deepEqual(policy.onCrash(1600), { restart: true, first: false });
  });
});
