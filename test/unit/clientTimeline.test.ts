import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineAnnouncement, timelinePageHtml, timelineScale, timelineStatusLabel } from '../../server/src/core/report/timelinePage';
import type { TimelineEntry, TimelineReport } from '../../server/src/core/report/timeline';

const at = (line: number) => ({ uri: 'file:///w/plan-de-apertura.yaml', range: { start: { line, character: 15 }, end: { line, character: 20 } } });

const REPORT: TimelineReport = {
  today: '2026-11-27',
  plans: 1,
  entries: [
    {
      identifier: 'al-dia',
      published: true,
      publicationDate: '2026-03-01',
      lastModified: '2026-03-01',
      nextUpdate: '2027-03-02',
      status: 'published',
      due: 'update',
      plan: at(2),
      dataset: { uri: 'file:///w/al-dia.dcat.yaml', range: at(0).range },
    },
    {
      identifier: 'atrasado',
      description: 'Con <b>marcas</b>',
      published: true,
      publicationDate: '2026-01-15',
      nextUpdate: '2026-08-01',
      status: 'overdue',
      due: 'update',
      plan: at(6),
    },
    { identifier: 'sale-pronto', published: false, publicationDate: '2026-12-15', status: 'due-soon', due: 'publication', plan: at(10) },
  ],
};

describe('plan timeline page', () => {
  it('places dates on a shared axis that includes today with a margin', () => {
    const scale = timelineScale(REPORT);
    const positions = ['2026-01-15', '2026-11-27', '2027-03-02'].map((date) => scale.position(date)!);
    assert.ok(positions[0]! > 0 && positions[0]! < positions[1]! && positions[1]! < positions[2]! && positions[2]! < 100, positions.join());
    assert.equal(scale.position('2026-02-30'), undefined);
    assert.deepEqual(
      scale.years().map((year) => year.label),
      ['2026', '2027'],
      'the axis starts 20 days before the first date, 2025-12-26',
    );
  });

  it('gives every dataset its dates and status in words, and a way to open it', () => {
    const html = timelinePageHtml(REPORT, 'atrasado');
    assert.match(
      html,
      /<td class="date">2026-01-15<\/td><td class="date">2026-08-01<\/td><td><span class="status overdue"><span class="mark" aria-hidden="true">✘<\/span> actualización vencida<\/span><\/td>/,
    );
    assert.ok(html.includes('data-action="open" data-uri="file:///w/plan-de-apertura.yaml" data-line="6" data-character="15"'));
    assert.ok(html.includes('data-action="newFromPlan" data-identifier="sale-pronto"'), 'an unpublished dataset offers to create its metadata');
    assert.ok(html.includes('Con &lt;b&gt;marcas&lt;/b&gt;'));
    assert.match(html, /<tr class="focused" data-identifier="atrasado">/);
    assert.match(html, /data-focus-key="plan:atrasado" data-autofocus/);
    assert.match(html, /<svg class="track"[^>]*aria-hidden="true"/, 'the drawing repeats the table for sighted users only');
  });

  it("names the institution whose plan it is when the workspace holds several, and keeps the axis' years whole", () => {
    assert.match(timelinePageHtml(REPORT), /<h1>Línea de tiempo del plan de apertura<\/h1>/);
    const html = timelinePageHtml({ ...REPORT, institution: { name: 'Secretaría de Ejemplo', root: 'file:///w' } });
    assert.match(html, /<h1>Línea de tiempo del plan de apertura de Secretaría de Ejemplo<\/h1>/);
    // 2026 starts 6 days after the axis (2025-12-26 to 2027-03-22): its label starts at its tick instead of being cut in half.
    assert.match(html, /text-anchor="start">2026<\/text>/);
    assert.match(html, /text-anchor="middle">2027<\/text>/);
  });

  it('summarises and labels states, and explains an empty plan', () => {
    assert.equal(timelineAnnouncement(REPORT), '3 conjuntos en el plan: 1 vencido, 1 próximo a vencer.');
    assert.equal(timelineAnnouncement({ ...REPORT, entries: [REPORT.entries[0]!] }), '1 conjunto en el plan: 0 vencidos, 0 próximos a vencer.');
    assert.equal(timelineStatusLabel(REPORT.entries[2] as TimelineEntry), 'publicación próxima');
    assert.match(timelinePageHtml({ today: '2026-11-27', plans: 0, entries: [] }), /No hay un plan de apertura en este espacio de trabajo\.[\s\S]*data-command="guia.newPlan"/);
    assert.match(timelinePageHtml({ today: '2026-11-27', plans: 1, entries: [] }), /aún no lista conjuntos/);
  });
});
