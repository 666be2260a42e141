import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageLink, requirementPageBody, requirementPageTitle } from '../../client/src/requirements/requirementPageHtml';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

describe('a requirement page rendered in a webview', () => {
  it('is titled with the requirement id and name, not the file', () => {
    assert.equal(requirementPageTitle('basico-2b', 'es', REQUIREMENT_CATALOG), 'basico-2b · Catálogo documentado con metadatos DCAT y publicado');
    assert.match(requirementPageTitle('basico-2b', 'en', REQUIREMENT_CATALOG), /^basico-2b · \S/);
    assert.equal(requirementPageTitle('index', 'es', REQUIREMENT_CATALOG), 'Requisitos de la guía');
    // The catalog comes from the server: before it first started, the id alone.
    assert.equal(requirementPageTitle('basico-2b', 'es', undefined), 'basico-2b');
  });

  it('knows where each link of a page leads', () => {
    assert.deepEqual(pageLink('basico-1a.md', 'es'), { kind: 'requirement', id: 'basico-1a', language: 'es' });
    assert.deepEqual(pageLink('index.md', 'en'), { kind: 'requirement', id: 'index', language: 'en' });
    assert.deepEqual(pageLink('../en/basico-2b.md', 'es'), { kind: 'requirement', id: 'basico-2b', language: 'en' });
    assert.deepEqual(pageLink('../../../schemas/requirements.json', 'es'), { kind: 'file', path: 'schemas/requirements.json' });
    assert.deepEqual(pageLink('https://datos.gob.mx/guia/publica/paso-2-4.html', 'es'), { kind: 'web' });
    // Nothing outside the extension, no other scheme, no unknown requirement.
    assert.equal(pageLink('../../../../etc/passwd', 'es'), undefined);
    assert.equal(pageLink('command:workbench.action.quit', 'es'), undefined);
    assert.equal(pageLink('basico-9z.md', 'es'), undefined);
  });

  it('turns links to pages and shipped files into actions the page script sends, and leaves web links', () => {
    const rendered =
      '<p><a href="index.md" data-href="index.md">Tablero de requisitos</a> · <a href="../en/basico-2b.md">English</a></p>' +
      '<p><a href="../../../schemas/requirements.json">schemas</a> <a href="https://datos.gob.mx/guia/">guía</a></p>';
    const body = requirementPageBody(rendered, 'es');
    assert.match(body, /<a href="#" data-action="page" data-requirement="index" data-language="es">Tablero de requisitos<\/a>/);
    assert.match(body, /<a href="#" data-action="page" data-requirement="basico-2b" data-language="en">English<\/a>/);
    assert.match(body, /<a href="#" data-action="file" data-path="schemas\/requirements\.json">schemas<\/a>/);
    assert.match(body, /<a href="https:\/\/datos\.gob\.mx\/guia\/">guía<\/a>/);
    assert.ok(!body.includes('data-href'), 'no link keeps a path of the extension folder');
  });
});
