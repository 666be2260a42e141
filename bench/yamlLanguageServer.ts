import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { middleDateLine } from './edits';
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

/** Timed keystrokes; each takes about a second in yaml-language-server. */
const EDITS = 6;

export interface PeerFigures {
  version: string;
  /** Raw milliseconds from `didOpen` / `didChange` to diagnostics, debounce included. */
  openMs: number;
  changeMs: number[];
  diagnostics: number;
}

/**
 * Red Hat's YAML language server with our dataset JSON Schema associated to the catalog's name (the
 * setup people use today), on the same catalog and the same keystrokes as our server.
 */
export async function measureYamlLanguageServer(folder: string, text: string): Promise<PeerFigures> {
  const settings = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false }, // no network here; and it would only add schemas to try
    schemas: { [DATASET_SCHEMA]: ['catalogo*.yaml'] },
  };
  const server = new LspDriver(process.execPath, [YAML_LANGUAGE_SERVER, '--stdio'], (section) => (section === 'yaml' ? settings : null));
  try {
    await server.initialize(folder);
    server.notify('workspace/didChangeConfiguration', { settings: null });
    // Let it pull the settings and load the schema before the clock starts.
    await sleep(1_000);
    const uri = pathToFileURL(path.join(folder, 'catalogo-grande.yaml')).href;
    const opened = server.nextDiagnostics(uri, 120_000);
    const start = now();
    server.open(uri, text);
    const first = await opened;
    const openMs = now() - start;
    let diagnostics = first.diagnostics.length;
    const edit = middleDateLine(text, 'modified');
    const changeMs: number[] = [];
    for (let version = 2; version < 2 + EDITS; version++) {
      const step = edit.next();
      const published = server.nextDiagnostics(uri, 120_000);
      const begin = now();
      server.change(uri, version, step.range, step.text);
      diagnostics = (await published).diagnostics.length;
      changeMs.push(now() - begin);
      await sleep(300);
    }
    return { version: yamlLanguageServerVersion(), openMs, changeMs, diagnostics };
  } finally {
    await server.shutdown();
  }
}

function yamlLanguageServerVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(REPO, 'node_modules', 'yaml-language-server', 'package.json')) as { version: string }).version;
}
