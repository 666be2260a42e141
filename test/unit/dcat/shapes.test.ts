import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { importFiles } from '../../../server/src/core/exchange/importFiles';
import { exportWorkspace } from '../../../server/src/core/exchange/exportWorkspace';
import { analyzeFile, type FileAnalysis } from '../../../server/src/core/check/analyzeFile';
import { example, exported } from '../../support/examples';
import { jsonLdQuads, SHAPE_SETS, shaclViolations, turtleQuads, type ShaclViolation } from '../../support/shacl';
import { analyseWritten, importFixtures } from '../adela/fixtures';

function describeViolations(violations: readonly ShaclViolation[]): string {
  return violations.map((violation) => `${violation.focusNode} ${violation.path}: ${violation.message}`).join('\n');
}

/** Asserts that both exports of a workspace conform to both sets of the official shapes. */
async function assertConforms(files: FileAnalysis[]): Promise<void> {
  const graphs = {
    'JSON-LD': await jsonLdQuads(JSON.parse(exported(files, 'dcat-ap').text) as object),
    Turtle: turtleQuads(exported(files, 'dcat-ap-ttl').text),
  };
  for (const [format, quads] of Object.entries(graphs)) {
    for (const set of Object.keys(SHAPE_SETS) as Array<keyof typeof SHAPE_SETS>) {
      const violations = await shaclViolations(quads, set);
      assert.equal(violations.length, 0, `${format} against the ${set} shapes:\n${describeViolations(violations)}`);
    }
  }
}

const workspaces: Record<string, () => FileAnalysis[]> = {
  'the complete example': () => example('completo'),
  'the example with errors': () => example('con-errores'),
  'the imported ADELA catalogo.json': () => analyseWritten(importFixtures(['catalogo-adela.json'])),
  'the imported dirty ADELA catalogo.json': () => analyseWritten(importFixtures(['catalogo-adela-sucio.json'])),
  'the imported clean templates': () => analyseWritten(importFixtures(['catalogo-limpio.csv', 'plan-limpio.csv', 'inventario-limpio.csv'])),
  'the imported dirty templates': () => analyseWritten(importFixtures(['catalogo-sucio.csv', 'plan-sucio.csv', 'inventario-sucio.csv'])),
  'the imported v2 template': () => analyseWritten(importFixtures(['catalogo-v2.csv'])),
  'the imported CKAN answers': () =>
    analyseWritten(
      importFiles(
        ['package_show.json', 'package_search.json', 'current_package_list_with_resources.json'].map((name) => ({
          name,
          bytes: readFileSync(path.resolve(__dirname, '../../fixtures/ckan', name)),
        })),
      ),
    ),
  "SEDESOL's real 2014 catalog and INAH's real inventory, imported": () =>
    analyseWritten(
      importFiles(['sedesol-catalogo-2014.csv', 'inah-plan-de-apertura.csv'].map((name) => ({ name, bytes: readFileSync(path.resolve(__dirname, '../../fixtures/real', name)) }))),
    ),
  'an empty workspace': () => [],
  'a bare dataset without title, description or URLs': () => [
    analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a\ndistribution:\n  - downloadURL: datos/a.csv\n    mediaType: excel\n'),
  ],
};

describe('DCAT-AP 3.0.1 export against the official SEMIC shapes (mandatory and range)', () => {
  for (const [name, files] of Object.entries(workspaces)) {
    it(`${name} conforms, as JSON-LD and as Turtle`, async () => assertConforms(files()));
  }

  it('a dataset without the mandatory text is exported conforming, with a warning for each filled field', () => {
    const result = exportWorkspace([analyzeFile('a.dcat.yaml', 'metadata', 'identifier: a\n')], 'dcat-ap', 0);
    assert.ok(!('error' in result));
    assert.equal(result.warnings.filter((warning) => warning.includes('«a»')).length, 2);
  });

  it('the JSON-LD and the Turtle export hold the same triples', async () => {
    const files = example('completo');
    const canonical = (quads: Awaited<ReturnType<typeof jsonLdQuads>>): string[] =>
      [
        ...new Set(
          quads
            .filter((quad) => quad.subject.termType !== 'BlankNode' && quad.object.termType !== 'BlankNode')
            .map((quad) => `${quad.subject.value} ${quad.predicate.value} ${quad.object.termType}:${quad.object.value}`),
        ),
      ].sort();
    const fromJson = canonical(await jsonLdQuads(JSON.parse(exported(files, 'dcat-ap').text) as object));
    assert.deepEqual(canonical(turtleQuads(exported(files, 'dcat-ap-ttl').text)), fromJson);
    assert.ok(fromJson.length > 50);
  });
});
