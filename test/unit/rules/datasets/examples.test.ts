import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '../../../../server/src/cli/collectFiles';
import { dataRoots } from '../../../../server/src/cli/dataRoots';
import { analyzeFile } from '../../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type WorkspaceReport } from '../../../../server/src/core/check/workspaceIndex';
import { LocalData } from '../../../../server/src/core/data/localData';
import { FileClassifier } from '../../../../server/src/core/files/fileKinds';
import { nodeDataReader } from '../../../../server/src/nodeDataReader';
import { TODAY } from './datasetWorkspace';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

/** Requirements whose evidence is dataset metadata or local data. */
const DATASET_REQUIREMENTS = {
  basico: ['basico-2a', 'basico-2b', 'basico-3a'],
  intermedio: ['intermedio-2a', 'intermedio-2b', 'intermedio-3b'],
  avanzado: ['avanzado-2a'],
} as const;

/** Checks an example folder as `guia check <folder>` does, local data included; ids relative to it. */
async function checkExample(name: string): Promise<{ report: WorkspaceReport; texts: Map<string, string> }> {
  const folder = path.join(EXAMPLES, name);
  const { files, errors } = await collectFiles([folder], new FileClassifier());
  assert.deepEqual(errors, []);
  const index = new WorkspaceIndex();
  const texts = new Map<string, string>();
  for (const file of files) {
    texts.set(relative(folder, file.path), file.text);
    index.set(analyzeFile(file.path, file.role, file.text));
  }
  const localData = new LocalData(nodeDataReader, await dataRoots([folder], {}));
  await localData.sync(index);
  const report = index.evaluate({ today: TODAY, localData, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
  return { report: { ...report, files: report.files.map((file) => ({ ...file, id: relative(folder, file.id) })) }, texts };
}

function relative(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

describe('examples/completo (dataset side)', () => {
  it('checks its mapped CSV files and finds nothing wrong in metadata or data', async () => {
    const { report } = await checkExample('completo');
    const files = report.files.filter((file) => file.kind !== 'plan');
    assert.deepEqual(
      files.map((file) => `${file.id}:${file.kind}`),
      ['datos/pobreza-municipal.dcat.yaml:dataset', 'datos/pobreza/municipio-2020.csv:csv', 'datos/rezago-social.dcat.yaml:dataset', 'datos/rezago/municipio-2020.csv:csv'],
    );
    assert.deepEqual(
      files.flatMap((file) => file.diagnostics.map((diagnostic) => `${file.id}:${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`)),
      [],
    );
    for (const [level, requirements] of Object.entries(DATASET_REQUIREMENTS)) {
      for (const requirement of requirements) assert.equal(report.coverage[level as keyof typeof DATASET_REQUIREMENTS].requirements[requirement], 'met', requirement);
    }
  });
});

describe('examples/con-errores (dataset side)', () => {
  it('flags the dataset files on exactly the lines marked «# ←»', async () => {
    const { report, texts } = await checkExample('con-errores');
    for (const id of ['datos/indicadores.dcat.yaml', 'datos/becas.dcat.yaml']) {
      const marked = texts
        .get(id)!
        .split('\n')
        .flatMap((line, i) => (line.includes('# ←') ? [i + 1] : []));
      const file = report.files.find((candidate) => candidate.id === id)!;
      const flagged = [...new Set(file.diagnostics.map((diagnostic) => diagnostic.range.start.line + 1))];
      assert.deepEqual(flagged, marked, id);
    }
  });

  it('flags the rules the marks name, and the flawed CSV on its own lines', async () => {
    const { report } = await checkExample('con-errores');
    const rules = (id: string, line: number): string[] =>
      report.files
        .find((file) => file.id === id)!
        .diagnostics.filter((diagnostic) => diagnostic.range.start.line + 1 === line)
        .map((diagnostic) => `${diagnostic.code}:${String(diagnostic.data.rule)}`);
    assert.deepEqual(rules('datos/indicadores.dcat.yaml', 12), ['basico-2b:tipo-de-medio', 'basico-2a:formato-no-abierto']);
    assert.deepEqual(rules('datos/indicadores.dcat.yaml', 11), ['intermedio-2b:url-ip']);
    assert.deepEqual(rules('datos/becas.dcat.yaml', 8), ['basico-3a:datos-desactualizados']);
    assert.deepEqual(rules('datos/becas.dcat.yaml', 11), ['intermedio-2a:periodo-descendente']);
    assert.deepEqual(rules('datos/becas.dcat.yaml', 17), ['basico-2b:url-relativa', 'intermedio-2a:datos-locales-no-utf8', 'intermedio-3b:datos-locales-con-problemas']);
    assert.deepEqual(rules('datos/becas.dcat.yaml', 22), ['intermedio-2b:url-no-directa']);
    const csv = report.files.find((file) => file.id === 'datos/becas-2023.csv')!;
    assert.equal(csv.kind, 'csv');
    assert.deepEqual(
      csv.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`),
      [
        '1:encabezado-repetido',
        '1:encabezado-vacio',
        '2:simbolo-en-numero',
        '2:fecha-no-iso',
        '3:codificacion-no-utf8',
        '3:simbolo-en-numero',
        '3:fecha-no-iso',
        '4:fila-irregular',
        '5:fila-vacia',
      ],
    );
  });
});
