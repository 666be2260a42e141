import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boardTree } from '../../client/src/board/boardTreeModel';
import { timelineStatusLabel } from '../../server/src/core/report/timelinePage';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../server/src/core/check/workspaceIndex';
import { boardModel } from '../../server/src/core/report/boardModel';
import { computeTimeline } from '../../server/src/core/report/timeline';
import { datasetLenses, opennessOf } from '../../server/src/core/services/datasetLens';
import { dayNumber } from '../../server/src/core/text/dates';
import { boardInput } from '../support/board';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

const TODAY = dayNumber('2026-11-27')!;

const dataset = (resources: string): string => `identifier: becas
title: Becas por entidad
modified: 2026-11-01
accrualPeriodicity: anual
distribution:
${resources}`;

describe('indicators derived from the metadata never praise broken data', () => {
  it('gives no openness stars to resources without a downloadURL', () => {
    const none = analyzeFile(
      'becas.dcat.yaml',
      'metadata',
      dataset('  - title: Becas\n    mediaType: text/csv\n  - title: Mapa\n    downloadURL: «https://datos.institucion.gob.mx/archivo.csv»\n    mediaType: application/rdf+xml\n'),
    );
    assert.deepEqual(opennessOf(none.datasets[0]!), { stars: 0, withoutDownload: 2 });
    const lens = datasetLenses(none, TODAY)[0]!;
    assert.equal(lens.title, 'Sin URL de descarga: sin calificación de apertura · 2 recursos');
    assert.doesNotMatch(lens.title, /star-full|estrella\(s\)/);

    const one = analyzeFile(
      'becas.dcat.yaml',
      'metadata',
      dataset('  - title: Becas\n    downloadURL: https://datos.sep.gob.mx/becas.csv\n    mediaType: text/csv\n  - title: RDF\n    mediaType: application/rdf+xml\n'),
    );
    assert.deepEqual(opennessOf(one.datasets[0]!), { stars: 3, format: 'CSV', withoutDownload: 1 });
    assert.match(datasetLenses(one, TODAY)[0]!.tooltip, /Un recurso sin «downloadURL» no cuenta\./);
  });

  it('does not mark «publicado» a planned dataset whose metadata has errors', () => {
    const plan = analyzeFile('plan-de-apertura.yaml', 'plan', 'plan:\n  - conjunto: becas\n    periodicidad: anual\n    fechaPublicacion: 2026-03-01\n');
    const broken = analyzeFile(
      'becas.dcat.yaml',
      'metadata',
      dataset('  - title: Becas\n    downloadURL: https://datos.sep.gob.mx/becas.csv\n    mediaType: text/csv\n').replace('title: Becas por entidad\n', ''),
    );
    const index = new WorkspaceIndex();
    index.set(plan);
    index.set(broken);
    const report = index.evaluate({ today: '2026-11-27', showAboveTarget: false, pagesRoot: 'file:///docs', language: 'es' });
    const errorLines = (id: string): number[] =>
      report.files
        .find((file) => file.id === id)!
        .diagnostics.filter((d) => d.severity === 1)
        .map((d) => d.range.start.line);
    const [entry] = computeTimeline([plan, broken], TODAY, errorLines).entries;
    assert.equal(entry!.status, 'with-errors');
    assert.ok(entry!.errors! >= 1);
    assert.match(timelineStatusLabel(entry!), /^metadatos con \d+ errores?$/);
    assert.equal(computeTimeline([plan, broken], TODAY).entries[0]!.status, 'published', 'without errors it is published');
  });

  it('shows a partial requirement with errors apart from one that only misses recommendations', () => {
    const input = boardInput({ 'basico-2b': 'partial', 'basico-2a': 'partial' }, { 'basico-2b': { count: 3, errors: 2 }, 'basico-2a': { count: 1 } });
    const requirements = boardModel(input, 'es').levels[0]!.requirements;
    const errors = requirements.find((requirement) => requirement.id === 'basico-2b')!;
    const recommendations = requirements.find((requirement) => requirement.id === 'basico-2a')!;
    assert.deepEqual([errors.tone, errors.stateLabel], ['partial-errors', 'parcial, con errores']);
    assert.deepEqual([recommendations.tone, recommendations.stateLabel], ['partial', 'parcial']);
    assert.notEqual(errors.mark, recommendations.mark);
    const icons = JSON.stringify(boardTree(input, 'es', REQUIREMENT_CATALOG));
    assert.match(icons, /"id":"issues","color":"list.errorForeground"/);
  });
});
