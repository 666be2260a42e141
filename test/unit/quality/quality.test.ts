import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { MAX_QUALITY_POINTS, qualityRating } from '../../../server/src/core/quality/indicators';
import { QualityCache, workspaceQuality } from '../../../server/src/core/quality/datasetQuality';
import { qualitySummary } from '../../../server/src/core/quality/qualityReport';
import { boardHtml, boardMarkdown } from '../../../server/src/core/report/boardReport';
import { boardInput } from '../../support/board';
import type { LinkCheckReport } from '../../../server/src/core/model/linkResults';
import { runCli } from '../../support/cli';
import { EXAMPLES } from '../../support/examples';

const PLAN = 'institucion:\n  nombre: Consejo Nacional de Evaluación\n';

/** A dataset scored by hand against the MQA methodology, indicator by indicator (see the comments). */
const RICH = `identifier: rico
title: Rico
description: Un conjunto con casi todo.
keyword: [a, b]                       # keyword 30
theme: Economía y finanzas            # theme (EU data theme) 30
spatial: nacional                     # spatial 20
temporal: 2010/2020                   # temporal 20
accessLevel: publico                  # access rights 10, from the EU vocabulary 5
contactPoint: Dirección de Datos      # contact point 20
mbox: datos@x.gob.mx
issued: 2020-01-01                    # issued 5
modified: 2026-01-01                  # modified 5
distribution:
  - downloadURL: https://x.gob.mx/a.csv     # CSV: format, media type, vocabulary, open, machine readable
    mediaType: text/csv
    byteSize: 10                            # 1 of 2 with a size: 2.5
    copyright: Gobierno de México           # 1 of 2 with rights: 2.5
  - downloadURL: https://x.gob.mx/a.pdf     # PDF: format, media type, vocabulary; not open, not machine readable
    mediaType: application/pdf
`;

const linkCheck = (ok: string[], failed: string[]): LinkCheckReport => ({
  checkedAt: '2026-12-01T00:00:00Z',
  results: [
    ...ok.map((url) => ({ url, ok: true, status: 200, checkedAt: '2026-12-01T00:00:00Z', redirects: 0 })),
    ...failed.map((url) => ({ url, ok: false, status: 404, checkedAt: '2026-12-01T00:00:00Z', redirects: 0 })),
  ],
});

describe('metadata quality (MQA)', () => {
  it('has the MQA bands over 405 points', () => {
    assert.equal(MAX_QUALITY_POINTS, 405);
    assert.deepEqual([405, 351, 350, 221, 220, 121, 120, 0].map(qualityRating), ['excellent', 'excellent', 'good', 'good', 'sufficient', 'sufficient', 'bad', 'bad']);
  });

  it('scores a hand-scored dataset without a link check: the network indicators count 0', () => {
    const files = [analyzeFile('plan-de-apertura.yaml', 'plan', PLAN), analyzeFile('rico.dcat.yaml', 'metadata', RICH)];
    const [dataset] = workspaceQuality(files).datasets;
    assert.equal(dataset!.identifier, 'rico');
    // accessibility: download URL on both 20; interoperability: 20 + 10 + 10 + 10 (open 1/2) + 10 (machine 1/2) + 30;
    // reusability: licence (Libre Uso MX, not EU vocabulary) 20 + 10 + 5 + 20 + publisher 10; contextuality 2.5 + 2.5 + 5 + 5.
    assert.deepEqual(dataset!.quality.dimensions, { findability: 100, accessibility: 20, interoperability: 90, reusability: 65, contextuality: 15 });
    assert.equal(dataset!.quality.total, 290);
    assert.equal(dataset!.quality.rating, 'good');
  });

  it('counts accessibility from the link check: one URL answered, one did not', () => {
    const files = [analyzeFile('rico.dcat.yaml', 'metadata', RICH)];
    const [dataset] = workspaceQuality(files, linkCheck(['https://x.gob.mx/a.csv'], ['https://x.gob.mx/a.pdf'])).datasets;
    // access URL (= download URL) answered 1/2 of 50, download URL 20, answered 1/2 of 30.
    assert.equal(dataset!.quality.dimensions.accessibility, 60);
    assert.equal(dataset!.quality.dimensions.reusability, 55, 'without a plan or publisher there is no publisher');
  });

  it('does not count what the export had to fill in for DCAT-AP compliance', () => {
    const files = [analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a\ntitle: A\ndistribution:\n  - downloadURL: datos/a.csv\n    mediaType: text/csv\n')];
    const [dataset] = workspaceQuality(files).datasets;
    assert.equal(dataset!.indicators.dcatApCompliance, 0);
    assert.equal(dataset!.quality.dimensions.interoperability, 0, 'a resource without an absolute URL is not in the export');
    assert.equal(dataset!.quality.rating, 'bad');
  });

  it('scores the workspace as the mean of its datasets', () => {
    const files = [analyzeFile('rico.dcat.yaml', 'metadata', RICH), analyzeFile('b.dcat.yaml', 'metadata', 'identifier: b\ntitle: B\ndescription: C\n')];
    const { datasets, workspace } = workspaceQuality(files);
    assert.equal(datasets.length, 2);
    assert.equal(workspace!.dimensions.findability, Math.round((datasets[0]!.quality.dimensions.findability + datasets[1]!.quality.dimensions.findability) / 2));
    assert.equal(workspaceQuality([]).workspace, undefined);
  });

  it('is in guia check --format json as files[].datasets[] and the workspace mean', async () => {
    const run = await runCli(['check', path.join(EXAMPLES, 'completo'), '--format', 'json']);
    const output = JSON.parse(run.stdout) as {
      files: Array<{ path: string; datasets: Array<{ identifier: string; quality: { total: number; max: number; rating: string; dimensions: Record<string, number> } }> }>;
      quality: { total: number };
    };
    const file = output.files.find((candidate) => candidate.path.endsWith('rezago-social.dcat.yaml'))!;
    assert.equal(file.datasets.length, 1);
    const { identifier, quality } = file.datasets[0]!;
    assert.equal(identifier, 'rezago-social');
    assert.equal(quality.max, 405);
    assert.deepEqual(Object.keys(quality.dimensions), ['findability', 'accessibility', 'interoperability', 'reusability', 'contextuality']);
    assert.equal(
      quality.total,
      Object.values(quality.dimensions).reduce((sum, points) => sum + points, 0),
    );
    assert.equal(output.quality.total, 260);
    assert.deepEqual(output.files.find((candidate) => candidate.path.endsWith('plan-de-apertura.yaml'))!.datasets, []);
  });
});

describe('metadata quality on the board', () => {
  const files = () => [analyzeFile('plan-de-apertura.yaml', 'plan', PLAN), analyzeFile('rico.dcat.yaml', 'metadata', RICH)];

  it('is a section of the exported board, Markdown and HTML, with the workspace mean and each dataset', () => {
    const quality = qualitySummary(workspaceQuality(files()));
    const input = { ...boardInput(), quality };
    const markdown = boardMarkdown(input, { date: '2026-11-27', language: 'es' });
    assert.match(markdown, /## Calidad de los metadatos \(MQA\)/);
    assert.match(markdown, /\| rico \| 290\/405 \| buena \| 100 \| 20 \| 90 \| 65 \| 15 \|/);
    const html = boardHtml(input, { date: '2026-11-27', language: 'es' });
    assert.match(html, /<caption>Calidad de los metadatos \(MQA\)<\/caption>/);
    assert.doesNotMatch(boardMarkdown(boardInput(), { date: '2026-11-27', language: 'es' }), /MQA/, 'no section without datasets');
  });

  it('keeps the scores of unchanged files and rescores a changed one', () => {
    const cache = new QualityCache();
    const workspace = files();
    const first = workspaceQuality(workspace, undefined, cache);
    assert.deepEqual(workspaceQuality(workspace, undefined, cache), first);
    workspace[1] = analyzeFile('rico.dcat.yaml', 'metadata', RICH.replace('keyword: [a, b]', 'keyword: []'));
    assert.equal(workspaceQuality(workspace, undefined, cache).datasets[0]!.quality.dimensions.findability, 70);
  });
});
