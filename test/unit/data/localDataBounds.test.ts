import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkCsvStream } from '../../../server/src/core/data/csvCheck';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../../../server/src/core/data/csvTokenizer';
import { restrictSettings } from '../../../server/src/lsp/restrictedMode';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol/settings';
import { CLI, runCli } from '../../support/cli';

/** A CSV with a repeated header that names itself: the diagnostic quoting it shows the file was read. */
const SECRET_CSV = 'SECRETO,SECRETO\n1,10\n2,20\n';

const resource = (url: string): string => `  - title: Recurso ${url}\n    downloadURL: ${url}\n    mediaType: text/csv\n`;

async function* chunks(text: string): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length; offset += 65_536) yield bytes.subarray(offset, offset + 65_536);
}

describe('local data files: bounded and inside the workspace', { skip: !existsSync(CLI) && 'dist/cli.js is not built (npm run build)' }, () => {
  let work: string;
  let workspace: string;

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'guia-datos-acotados-'));
    const outside = path.join(work, 'fuera');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secreto.csv'), SECRET_CSV);
    workspace = path.join(work, 'espacio');
    mkdirSync(path.join(workspace, 'datos'), { recursive: true });
    mkdirSync(path.join(workspace, '.vscode'));
    // A file link, a folder link, and a mapped prefix whose folder is a link: all lead outside.
    symlinkSync(path.join(outside, 'secreto.csv'), path.join(workspace, 'datos', 'enlace.csv'));
    symlinkSync(outside, path.join(workspace, 'carpeta'));
    symlinkSync(outside, path.join(workspace, 'mapa'));
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'guia.dataMappings': { 'https://datos.ejemplo.gob.mx/': 'mapa/' } }));
    writeFileSync(path.join(workspace, 'datos', 'propio.csv'), 'PROPIO,PROPIO\n1,10\n2,20\n');
    writeFileSync(path.join(workspace, 'datos', 'grande.csv'), `clave,texto\n${'1,xxxxxxxxxx\n'.repeat(200_000)}`);
    writeFileSync(
      path.join(workspace, 'conjunto.dcat.yaml'),
      `identifier: enlaces\ntitle: Datos por enlaces\ndistribution:\n${[
        'datos/enlace.csv',
        'carpeta/secreto.csv',
        'https://datos.ejemplo.gob.mx/secreto.csv',
        'datos/propio.csv',
        'datos/grande.csv',
      ]
        .map(resource)
        .join('')}`,
    );
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('never reads a data file that a link puts outside the workspace, and says so on its resource', async () => {
    const run = await runCli(['check', workspace, '--format', 'json', '--today', '2026-11-27', '--max-data-file-size-mb', '1']);
    assert.doesNotMatch(run.stdout, /SECRETO/);
    // The workspace's own file is read, as before.
    assert.match(run.stdout, /El encabezado «PROPIO» de la columna 2/);
    const output = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<{ message: string; data: { rule: string; url?: string } }> }> };
    const all = output.files.flatMap((file) => file.diagnostics);
    const outside = all
      .filter((diagnostic) => diagnostic.data.rule === 'datos-fuera-del-espacio')
      .map((diagnostic) => diagnostic.data.url)
      .sort();
    assert.deepEqual(outside, ['carpeta/secreto.csv', 'datos/enlace.csv', 'https://datos.ejemplo.gob.mx/secreto.csv']);
    const big = all.find((diagnostic) => diagnostic.data.rule === 'datos-demasiado-grandes');
    assert.match(big?.message ?? '', /«datos\/grande\.csv» mide 2\.5 MB y el límite es 1\.0 MB/);
  });

  it('analyses at most MAX_COLUMNS columns and MAX_CELL_CHARS characters of a cell, and says so', async () => {
    const wide = `${Array.from({ length: 300_000 }, () => 'a').join(',')}\n${Array.from({ length: 300_000 }, () => '1').join(',')}\n`;
    const report = await checkCsvStream(chunks(wide));
    assert.deepEqual(report.limited, { columns: 300_000 });
    assert.equal(report.header.length, MAX_COLUMNS);
    const long = await checkCsvStream(chunks(`nombre,valor\nuno,"${'x'.repeat(MAX_CELL_CHARS * 20)}"\n`));
    assert.deepEqual(long.limited, { cells: true });
    assert.equal(long.rows, 1);
  });

  it('lets restricted mode lower the data size limit but never raise it', () => {
    assert.equal(restrictSettings({ ...DEFAULT_SETTINGS, maxDataFileSizeMB: 10_000 }).maxDataFileSizeMB, DEFAULT_SETTINGS.maxDataFileSizeMB);
    assert.equal(restrictSettings({ ...DEFAULT_SETTINGS, maxDataFileSizeMB: 5 }).maxDataFileSizeMB, 5);
  });
});
