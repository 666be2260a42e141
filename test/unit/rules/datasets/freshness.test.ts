import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { graceDays } from '../../../../server/src/core/rules/datasets/freshness';
import { check, GOOD_DATASET, ruleFindings, withLine } from './datasetWorkspace';

const findings = (text: string): string[] => ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'basico-3a');
const dated = (modified: string, periodicity: string): string => withLine(10, `accrualPeriodicity: ${periodicity}`, withLine(4, `modified: ${modified}`));

describe('basico-3a: data kept up to date (evaluated on 2026-11-27)', () => {
  it('gives a quarter of the period as grace, at least a week', () => {
    assert.equal(graceDays(1), 7);
    assert.equal(graceDays(31), 8);
    assert.equal(graceDays(366), 92);
  });

  it('passes data within its periodicity plus grace, and irregular data of any age', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-3a'), []);
    assert.equal(report.coverage.basico.requirements['basico-3a'], 'met');
    // Monthly: 31 days + 8 of grace = due 2026-11-27 for data of 2026-10-19.
    assert.deepEqual(findings(dated('2026-10-19', 'mensual')), []);
    assert.deepEqual(findings(dated('2001-01-01', 'irregular')), []);
    assert.deepEqual(findings(dated('2026-11-20T23:00:00-06:00', 'R/P1D')), []);
  });

  it('flags data older than its periodicity plus grace, on modified, with the due date', () => {
    const report = check({ 'a.dcat.yaml': dated('2026-10-18', 'mensual') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-3a'), ['4:datos-desactualizados']);
    const diagnostic = report.files[0]!.diagnostics.find((candidate) => candidate.code === 'basico-3a')!;
    assert.deepEqual([diagnostic.data.maxAgeDays, diagnostic.data.graceDays, diagnostic.data.due], [31, 8, '2026-11-26']);
    assert.match(diagnostic.message, /debían actualizarse a más tardar el 2026-11-26/);
    assert.equal(report.coverage.basico.requirements['basico-3a'], 'unmet');
    assert.deepEqual(findings(dated('2025-05-01', 'anual')), ['4:datos-desactualizados']);
    assert.deepEqual(findings(dated('2026-11-18', 'Tiempo Real')), ['4:datos-desactualizados'], 'one day and a week of grace');
  });

  it('uses the length of ISO repeats outside the catalog', () => {
    // 18 months = 549 days, and 138 of grace: data of 2025-03-01 is due on 2027-01-17.
    assert.deepEqual(findings(dated('2025-03-01', 'R/P18M')), []);
    assert.deepEqual(findings(dated('2024-01-01', 'R/P18M')), ['4:datos-desactualizados']);
  });

  it('flags modified dates after the evaluation date, of datasets and resources', () => {
    assert.deepEqual(findings(withLine(4, 'modified: 2026-11-28')), ['4:fecha-futura']);
    assert.deepEqual(findings(withLine(22, '    modified: 2027-01-01')), ['22:fecha-futura']);
    assert.deepEqual(findings(withLine(22, '    modified: 2026-11-27T23:59:00-06:00')), [], 'the evaluation day itself is not the future');
  });

  it('never shows data fresh without a periodicity to measure it by, and says so on modified', () => {
    // Found on real catalogs: no accrualPeriodicity and a modified years old read as «cumple».
    const without = check({ 'a.dcat.yaml': withLine(4, 'modified: 2019-03-01', withLine(10, undefined)) });
    assert.deepEqual(ruleFindings(without, 'a.dcat.yaml', 'basico-3a'), ['4:frescura-sin-periodicidad']);
    assert.match(without.files[0]!.diagnostics.find((d) => d.code === 'basico-3a')!.message, /No se puede saber si los datos de «rezago-social» están al día/);
    assert.equal(without.coverage.basico.requirements['basico-3a'], 'unmet');
    // A periodicity left blank, as a placeholder or as a template's stand-in is said once, by the
    // schema on the value itself (one finding per cause); basico-3a is still unmet.
    for (const blank of ['pendiente', '""', '«anual, mensual, irregular…»']) {
      const report = check({ 'a.dcat.yaml': dated('2019-03-01', blank) });
      assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-3a'), [], blank);
      assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-2b').filter((finding) => finding.startsWith('10:')).length, 1, blank);
      assert.equal(report.coverage.basico.requirements['basico-3a'], 'unmet', blank);
    }
    // A periodicity outside the catalog (real ADELA text) is said once, by the schema; basico-3a is still unmet.
    const unknown = check({ 'a.dcat.yaml': dated('2019-03-01', 'trimestralmente') });
    assert.deepEqual(ruleFindings(unknown, 'a.dcat.yaml', 'basico-3a'), []);
    assert.deepEqual(ruleFindings(unknown, 'a.dcat.yaml', 'basico-2b'), ['10:periodicidad']);
    assert.equal(unknown.coverage.basico.requirements['basico-3a'], 'unmet');
  });

  it('is not met when modified is missing, empty or malformed, whatever the periodicity (said once, at basico-2b)', () => {
    for (const modified of [undefined, 'modified: ""', 'modified: pendiente', 'modified: 2019-02-30', 'modified: 27/05/2026']) {
      const report = check({ 'a.dcat.yaml': withLine(4, modified, withLine(10, 'accrualPeriodicity: irregular')) });
      assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'basico-3a'), [], String(modified));
      assert.equal(report.coverage.basico.requirements['basico-3a'], 'unmet', String(modified));
      assert.equal(report.files[0]!.diagnostics.filter((d) => d.code === 'basico-2b').length, 1, String(modified));
    }
  });
});
