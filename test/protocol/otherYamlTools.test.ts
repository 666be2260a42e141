import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspDriver } from '../../bench/lspDriver';
import { datasetTemplate, planTemplate } from '../../server/src/core/templates/newFileTemplates';

const REPO = path.resolve(__dirname, '..', '..');
const YAML_LANGUAGE_SERVER = path.join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

interface Validation {
  fileMatch: string[];
  url: string;
}

/**
 * Red Hat's YAML language server as its VS Code extension runs it next to ours: our manifest's
 * `yamlValidation` sent as schema associations (what the YAML extension does with every
 * extension's contribution), and every download going through a proxy that records it.
 */
describe("next to Red Hat's YAML language server", () => {
  let folder: string;
  let server: LspDriver;
  let proxy: Server;
  const fetched: string[] = [];

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'guia-yaml-ls-'));
    proxy = createServer((socket) => {
      socket.once('data', (data) => fetched.push(data.toString('latin1').split('\r\n')[0]!));
      socket.on('error', () => undefined);
      setTimeout(() => socket.destroy(), 50);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;
    const settings: Record<string, unknown> = {
      yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} },
      http: { proxy: `http://127.0.0.1:${port}`, proxyStrictSSL: false },
    };
    server = new LspDriver(process.execPath, [YAML_LANGUAGE_SERVER, '--stdio'], (section) => settings[section ?? ''] ?? null);
    await server.initialize(folder);
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes: { yamlValidation: Validation[] } };
    server.notify(
      'json/schemaAssociations',
      manifest.contributes.yamlValidation.map((entry) => ({
        fileMatch: entry.fileMatch,
        uri: pathToFileURL(path.join(REPO, entry.url)).href,
      })),
    );
    server.notify('workspace/didChangeConfiguration', { settings: null });
  });

  after(async () => {
    await server.shutdown();
    proxy.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function diagnosticsOf(name: string, text: string): Promise<string[]> {
    const uri = pathToFileURL(path.join(folder, name)).href;
    const published = server.nextDiagnostics(uri, 20_000);
    server.open(uri, text);
    return (await published).diagnostics.map((diagnostic) => String(diagnostic.message));
  }

  it('adds no finding of its own to our templates, filled or not, and downloads nothing', async () => {
    assert.deepEqual(await diagnosticsOf('plan-de-apertura.yaml', planTemplate('2026-11-27')), []);
    assert.deepEqual(await diagnosticsOf('becas.dcat.yaml', datasetTemplate({ identifier: 'becas', today: '2026-11-27' })), []);
    // A catalog with mistakes: ours reports them (in the user's language); it must not repeat them.
    assert.deepEqual(await diagnosticsOf('catalogo.yaml', 'dataset:\n  - identifier: 1\n    title: ""\n'), []);
    assert.deepEqual(fetched, []);
  });

  it('would download a schema named by a modeline (what our templates no longer write)', async () => {
    server.open(
      pathToFileURL(path.join(folder, 'antiguo.dcat.yaml')).href,
      '# yaml-language-server: $schema=https://guia-datos-abiertos.mx/schemas/dataset.schema.json\ntitle: x\n',
    );
    for (let waited = 0; waited < 20_000 && fetched.length === 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      fetched.some((line) => line.includes('guia-datos-abiertos.mx')),
      JSON.stringify(fetched),
    );
  });
});
