import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { REQUIREMENTS } from '../../server/src/core/catalog/requirements';
import { useLanguage } from '../../server/src/core/l10n';
import { boardHtml, boardMarkdown } from '../../server/src/core/report/boardReport';
import { boardInput } from '../support/board';

const INPUT = boardInput(
  { 'basico-2b': 'unmet', 'intermedio-1a': 'partial', 'avanzado-4a': 'no-evidence' },
  {
    'basico-2b': {
      count: 3,
      errors: 2,
      first: { uri: 'file:///w/datos/a.dcat.yaml', range: { start: { line: 3, character: 10 }, end: { line: 3, character: 20 } }, message: '«modified» | mal <escrito>' },
    },
  },
);
const OPTIONS = { date: '2026-11-27', language: 'es' as const, workspaceName: 'CONEVAL', relativePath: (uri: string) => uri.replace('file:///w/', '') };

describe('board report export', () => {
  afterEach(() => useLanguage('es'));

  it('writes a dated Markdown report with the summary, the 4x3 grid and every requirement', () => {
    const markdown = boardMarkdown(INPUT, OPTIONS);
    assert.match(markdown, /^# Tablero de la Guía de Datos Abiertos\n/);
    assert.match(markdown, /- Espacio de trabajo: CONEVAL\n- Fecha de corte: 2026-11-27\n- Nivel objetivo: Básico \(declarado en el plan de apertura\)/);
    assert.match(markdown, /\| Básico \(obligatorio, nivel objetivo\) \| 7 \| 8 \| 87 % \|/);
    assert.match(markdown, /\| 2\. Publica \| ✔ basico-2a cumple<br>✘ basico-2b no cumple \| /);
    for (const requirement of REQUIREMENTS) assert.ok(markdown.includes(`| **${requirement.id}** `), requirement.id);
    // A pipe in a message must not break the table.
    assert.ok(markdown.includes('| ✘ no cumple | 3 | datos/a.dcat.yaml:4 — «modified» \\| mal <escrito> |'));
    assert.match(markdown, /– sin evidencia: no hay en el espacio de trabajo archivos del tipo que se revisa/);
  });

  it('writes the same report as a standalone, escaped HTML page with table captions and headers', () => {
    const html = boardHtml(INPUT, OPTIONS);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="es">/);
    assert.ok(html.includes('<title>Tablero de la Guía de Datos Abiertos — 2026-11-27</title>'));
    assert.ok(html.includes('datos/a.dcat.yaml:4 — «modified» | mal &lt;escrito&gt;'));
    assert.ok(!html.includes('<escrito>'));
    assert.equal((html.match(/<caption>/g) ?? []).length, 5, 'summary, grid and one table per level');
    assert.equal((html.match(/<th scope="row"><strong>/g) ?? []).length, REQUIREMENTS.length);
    assert.ok(!/<script/i.test(html), 'an exported report runs no code');
  });

  it('is written in English when the English bundle is loaded', () => {
    const bundle = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
    useLanguage('en', bundle);
    const markdown = boardMarkdown(INPUT, { ...OPTIONS, language: 'en' });
    assert.match(markdown, /^# Open Data Guide board\n/);
    assert.match(markdown, /- Cut-off date: 2026-11-27/);
    assert.match(markdown, /\| 2\. Publish \| ✔ basico-2a met<br>✘ basico-2b not met \| /);
    assert.match(markdown, /\*\*basico-2b\*\* Catalog/);
  });
});
