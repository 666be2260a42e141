import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover } from '../../../server/src/core/services/hover';
import type { ServiceSettings } from '../../../server/src/core/services/serviceTypes';
import { atCursor } from './fixtures';
import { PLAN, PLAN_FILE, POBREZA, POBREZA_FILE, REZAGO, REZAGO_FILE } from './sampleWorkspace';

function hoverAt(name: string, marked: string, others: Record<string, string> = {}, settings: Partial<ServiceSettings> = {}) {
  const { context, offset, text } = atCursor(name, marked, others, settings);
  const result = hover(context, offset);
  const lines = context.file.parsed.lines;
  return result && { markdown: result.contents.value, hovered: result.range ? text.slice(lines.offsetAt(result.range.start), lines.offsetAt(result.range.end)) : undefined };
}

describe('hover', () => {
  it('explains a field: meaning, example, whether required, its requirement and links', () => {
    const result = hoverAt(REZAGO_FILE, REZAGO.replace('accrualPeriodicity:', 'accrual|Periodicity:'));
    assert.equal(result?.hovered, 'accrualPeriodicity');
    const markdown = result.markdown;
    assert.match(markdown, /^\*\*accrualPeriodicity\*\* — Periodicidad de actualización/);
    assert.match(markdown, /Cada cuánto se actualizan los datos/);
    assert.match(markdown, /Ejemplo: `R\/P5Y`/);
    assert.match(markdown, /Campo obligatorio\./);
    assert.match(
      markdown,
      /Requisito \[basico-2b\]\(file:\/\/\/ext\/docs\/requisitos\/es\/basico-2b\.md\): Catálogo documentado con metadatos DCAT y publicado.* \(nivel Básico, paso 2 \(Publica\)\)/,
    );
    assert.match(markdown, /\[Guía §2\.4\]\(https:\/\/datos\.gob\.mx\/guia\/publica\/paso-2-4\.html\)/);
  });

  it('names the requirement of a plan section and says when it is above the target level', () => {
    const result = hoverAt(PLAN_FILE, 'nivelObjetivo: basico\nconsul|tas:\n  - fecha: 2026-02-01\n');
    assert.match(result!.markdown, /\*\*consultas\*\* — Consultas públicas/);
    assert.match(result!.markdown, /\[avanzado-1a\]/);
    assert.match(result!.markdown, /por encima de tu nivel objetivo \(Básico\)/);
  });

  it('speaks English when the server does', () => {
    const result = hoverAt(REZAGO_FILE, REZAGO.replace('mbox:', 'mb|ox:'), {}, { language: 'en' });
    assert.match(result!.markdown, /^\*\*mbox\*\* — Contact email\n\nOfficial email address of the contact point\./);
    assert.match(result!.markdown, /\/en\/basico-2b\.md\): Catalog documented/);
  });

  it('summarises the dataset a plan entry names: title, resources, periodicity, last change', () => {
    const marked = PLAN.replace(
      '  - conjunto: rezago-social\n    descripcion: Índice de rezago social por entidad',
      '  - conjunto: rezago-so|cial\n    descripcion: Índice de rezago social por entidad',
    );
    const result = hoverAt(PLAN_FILE, marked, { [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA });
    assert.equal(result?.hovered, 'rezago-social');
    const markdown = result.markdown;
    assert.match(markdown, /^\*\*Índice de rezago social\*\* \(`rezago-social`\)/);
    assert.match(markdown, /\[rezago-social\.dcat\.yaml\]\(file:\/\/\/trabajo\/datos\/rezago-social\.dcat\.yaml\)/);
    assert.match(markdown, /- Periodicidad: R\/P5Y \(quinquenal, Cinco años\)/);
    assert.match(markdown, /- Última modificación: 2026-05-27T01:42:05-05:00/);
    assert.match(markdown, /- Recursos: 2/);
    assert.match(markdown, /- Rezago social por municipio 2020 · `text\/csv`/);
    assert.match(markdown, /Lo mencionan 4 entradas de los planes/);
  });

  it('says when a plan names a dataset that has no metadata yet', () => {
    const result = hoverAt(PLAN_FILE, 'herramientas:\n  - { nombre: Mapa, conjuntos: [plante|les] }\n');
    assert.match(result!.markdown, /No hay metadatos de «planteles» en el espacio de trabajo/);
  });

  it('explains catalog values: a periodicity, a media type', () => {
    const periodicity = hoverAt(POBREZA_FILE, POBREZA.replace('accrualPeriodicity: quinquenal', 'accrualPeriodicity: quin|quenal'));
    assert.match(periodicity!.markdown, /^\*\*quinquenal\*\* \(R\/P5Y\): Cinco años\. Se considera desactualizado si «modified» tiene más de 1827 días\./);
    const media = hoverAt(REZAGO_FILE, REZAGO.replace('mediaType: application/rdf+xml', 'mediaType: application/rdf|+xml'));
    assert.match(media!.markdown, /\*\*application\/rdf\+xml\*\*: RDF\/XML\. Formato abierto, 4 estrellas de apertura\./);
  });

  it("shows nothing on an unknown field or outside the document's content", () => {
    assert.equal(hoverAt(REZAGO_FILE, 'foo|bar: 1\n'), undefined);
    assert.equal(hoverAt(REZAGO_FILE, '# comentario|\nidentifier: x\n'), undefined);
  });
});
