import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex } from '../../../server/src/core/check/workspaceIndex';
import { LocalData } from '../../../server/src/core/data/localData';
import { checkWithData, GOOD_DATASET, MemoryReader, ruleFindings, withLine } from '../rules/datasets/datasetWorkspace';

const RELATIVE = withLine(14, '    downloadURL: rezago.csv');

function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [path, text] of Object.entries(files)) index.set(analyzeFile(path, 'metadata', text));
  return index;
}

describe('LocalData', () => {
  it('checks the CSV behind a relative downloadURL and finds it for the rules', async () => {
    const index = indexOf({ 'ws/datos/a.dcat.yaml': RELATIVE });
    const localData = new LocalData(new MemoryReader({ 'ws/datos/rezago.csv': 'a,b\n1,2\n' }), [{ id: 'ws', mappings: {} }]);
    assert.equal(await localData.sync(index), true);
    assert.equal(index.get('ws/datos/rezago.csv')?.kind, 'csv');
    assert.deepEqual(localData.target('ws/datos/a.dcat.yaml', 'rezago.csv'), { id: 'ws/datos/rezago.csv', via: 'relative', found: true });
    assert.equal(localData.target('ws/datos/a.dcat.yaml', 'https://datos.coneval.gob.mx/rezago.rdf'), undefined, 'not tabular, not looked for');
  });

  it('reads a file again only when it changed, and drops it when no resource points at it', async () => {
    const reader = new MemoryReader({ 'ws/rezago.csv': 'a,b\n1,2\n' });
    const index = indexOf({ 'ws/a.dcat.yaml': RELATIVE });
    const localData = new LocalData(reader, [{ id: 'ws', mappings: {} }]);
    await localData.sync(index);
    const version = localData.version;
    assert.equal(await localData.sync(index), false, 'nothing changed');
    assert.equal(localData.version, version, 'the rules can keep their results');
    assert.equal(reader.reads.get('ws/rezago.csv'), 1);
    reader.write('ws/rezago.csv', 'a,b\n1\n');
    assert.equal(await localData.sync(index), true);
    assert.equal(reader.reads.get('ws/rezago.csv'), 2);
    assert.deepEqual(
      index.get('ws/rezago.csv')!.findings.map((finding) => finding.data.rule),
      ['fila-irregular'],
    );
    index.set(analyzeFile('ws/a.dcat.yaml', 'metadata', GOOD_DATASET));
    assert.equal(await localData.sync(index), true);
    assert.equal(index.get('ws/rezago.csv'), undefined);
    assert.notEqual(localData.version, version, 'the resource points elsewhere now');
  });

  it('shares one run among calls made while it waits', async () => {
    const reader = new MemoryReader({ 'ws/rezago.csv': 'a,b\n1,2\n' });
    const index = indexOf({ 'ws/a.dcat.yaml': RELATIVE });
    const localData = new LocalData(reader, [{ id: 'ws', mappings: {} }]);
    const results = await Promise.all([localData.sync(index), localData.sync(index), localData.sync(index)]);
    assert.deepEqual(results, [true, true, true]);
    assert.equal(reader.reads.get('ws/rezago.csv'), 1);
  });

  it('finds mapped URLs in the mapped folder, and says when a relative path points nowhere', async () => {
    const mapped = await checkWithData({ 'ws/a.dcat.yaml': GOOD_DATASET }, { 'ws/datos/rezago.csv': 'a,b\n1\n' }, { mappings: { 'https://datos.coneval.gob.mx/': 'datos/' } });
    assert.deepEqual(ruleFindings(mapped, 'ws/datos/rezago.csv', 'intermedio-3b'), ['2:fila-irregular']);
    assert.deepEqual(ruleFindings(mapped, 'ws/a.dcat.yaml', 'intermedio-3b'), ['14:datos-locales-con-problemas']);
    const unmapped = await checkWithData({ 'ws/a.dcat.yaml': GOOD_DATASET }, { 'ws/datos/rezago.csv': 'a,b\n1\n' });
    assert.deepEqual(
      unmapped.files.map((file) => file.id),
      ['ws/a.dcat.yaml'],
      'without a mapping the published URL is not local',
    );
    const missing = await checkWithData({ 'ws/a.dcat.yaml': withLine(14, '    downloadURL: datos/rezago.csv') }, {});
    assert.deepEqual(ruleFindings(missing, 'ws/a.dcat.yaml', 'basico-2b'), ['14:url-relativa', '14:archivo-local-no-encontrado']);
    assert.equal(missing.coverage.basico.requirements['basico-2b'], 'partial', 'only recommendations fail');
  });
});
