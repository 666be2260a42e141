import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { middleDateLine, type ToggleEdit } from './edits';
import { LspDriver } from './lspDriver';
import { now, sleep } from './stats';

const REPO = path.resolve(__dirname, '..');
const YAML_LANGUAGE_SERVER = path.join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const DATASET_SCHEMA = pathToFileURL(path.join(REPO, 'schemas', 'dataset.schema.json')).href;

/**
 * yaml-language-server waits this long after every change (and after opening) before it validates;
 * the delay is fixed (`validationDelayMs` in its settings object, not user-configurable), so it is
 * subtracted from its figures to compare the work itself.
 */
export const YAML_LS_DEBOUNCE_MS = 200;

/**
 * Red Hat's YAML language server with our dataset JSON Schema associated to the catalog's name (the
 * setup people use today), on the same catalog and the same keystrokes as our server.
 */
export class PeerSession {
  private readonly uri: string;
  private readonly edit: ToggleEdit;
  private version = 1;
  diagnostics = 0;

  private constructor(
    private readonly server: LspDriver,
    folder: string,
    private readonly text: string,
  ) {
    this.uri = pathToFileURL(path.join(folder, 'catalogo-grande.yaml')).href;
    this.edit = middleDateLine(text, 'modified');
  }

  static async start(folder: string, text: string): Promise<PeerSession> {
    const settings = {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemaStore: { enable: false }, // no network here; and it would only add schemas to try
      schemas: { [DATASET_SCHEMA]: ['catalogo*.yaml'] },
    };
    const server = new LspDriver(process.execPath, [YAML_LANGUAGE_SERVER, '--stdio'], (section) => (section === 'yaml' ? settings : null));
    await server.initialize(folder);
    server.notify('workspace/didChangeConfiguration', { settings: null });
    // Let it pull the settings and load the schema before any clock starts.
    await sleep(1_000);
    return new PeerSession(server, folder, text);
  }

  /** Raw milliseconds from `didOpen` to the diagnostics, its fixed wait included. */
  async open(): Promise<number> {
    const published = this.server.nextDiagnostics(this.uri, 120_000);
    const start = now();
    this.server.open(this.uri, this.text);
    this.diagnostics = (await published).diagnostics.length;
    return now() - start;
  }

  /** Raw milliseconds from one keystroke (the same as ours) to the diagnostics, its fixed wait included. */
  async keystroke(): Promise<number> {
    const step = this.edit.next();
    const published = this.server.nextDiagnostics(this.uri, 120_000);
    const start = now();
    this.server.change(this.uri, ++this.version, step.range, step.text);
    this.diagnostics = (await published).diagnostics.length;
    const ms = now() - start;
    await sleep(300);
    return ms;
  }

  shutdown(): Promise<void> {
    return this.server.shutdown();
  }
}

/** The installed yaml-language-server's version. */
export function yamlLanguageServerVersion(): string {
  return (JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')) as { version: string }).version;
}
