import { analyzeFile } from '../../../../server/src/core/check/analyzeFile';
import { WorkspaceIndex, type WorkspaceReport } from '../../../../server/src/core/check/workspaceIndex';
import { LocalData, type DataReader } from '../../../../server/src/core/data/localData';
import { checkWorkspace, roleFromName, type TestWorkspace } from '../../../support/analyze';
import { bytesOf, chunked } from '../../data/csvFixtures';

/** The evaluation date of the dataset rule tests. */
export const TODAY = '2026-11-27';

/** Data files of a test workspace: path to text (UTF-8) or bytes. */
export type TestData = Record<string, string | Uint8Array>;

/** A reader over in-memory files that counts how often each is read. */
export class MemoryReader implements DataReader {
  readonly reads = new Map<string, number>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly files: TestData) {}

  write(id: string, content: string | Uint8Array): void {
    this.files[id] = content;
    this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
  }

  async stat(id: string): Promise<{ size: number; modified: number } | undefined> {
    const content = this.files[id];
    return content === undefined ? undefined : { size: this.bytes(id).length, modified: this.versions.get(id) ?? 0 };
  }

  open(id: string): AsyncIterable<Uint8Array> {
    this.reads.set(id, (this.reads.get(id) ?? 0) + 1);
    return chunked(this.bytes(id), 7);
  }

  /** In memory there are no links: every id is its own real path. */
  async realpath(id: string): Promise<string | undefined> {
    return id;
  }

  private bytes(id: string): Uint8Array {
    const content = this.files[id]!;
    return typeof content === 'string' ? bytesOf(content) : content;
  }
}

/**
 * Checks metadata with local data files, as the command line does: metadata analysed, data files
 * found and streamed, then the workspace evaluated. Paths are relative to a root `ws`.
 */
export async function checkWithData(
  files: TestWorkspace,
  data: TestData,
  options: { mappings?: Record<string, string>; targetLevel?: 'basico' | 'intermedio' | 'avanzado' } = {},
): Promise<WorkspaceReport> {
  const index = new WorkspaceIndex();
  for (const [path, text] of Object.entries(files)) index.set(analyzeFile(path, roleFromName(path), text));
  const localData = new LocalData(new MemoryReader({ ...data }), [{ id: 'ws', mappings: options.mappings ?? {} }]);
  await localData.sync(index);
  return index.evaluate({ today: TODAY, targetLevel: options.targetLevel, localData, showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' });
}

/** `line:rule` of the diagnostics of one requirement on one file (1-based lines). */
export function ruleFindings(report: WorkspaceReport, path: string, requirement: string): string[] {
  const file = report.files.find((candidate) => candidate.id === path);
  if (!file) throw new Error(`no report for ${path}`);
  return file.diagnostics.filter((diagnostic) => diagnostic.code === requirement).map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`);
}

/** Checks in-memory metadata without data files, at the tests' date. */
export function check(files: TestWorkspace, targetLevel?: 'basico' | 'intermedio' | 'avanzado'): WorkspaceReport {
  return checkWorkspace(files, { today: TODAY, targetLevel });
}

/**
 * A dataset that meets every dataset requirement. Lines: 1 identifier, 4 modified, 7 temporal,
 * 8 spatial, 9 landingPage, 10 accrualPeriodicity, 11 quality, 12 distribution, 13 first resource
 * (14 downloadURL, 15 mediaType, 16 byteSize, 17 tools, 18 codelists), 19 second resource
 * (20 downloadURL, 21 mediaType, 22 byteSize, 23 tools).
 */
export const GOOD_DATASET = `identifier: rezago-social
title: Índice de rezago social
description: Índice de rezago social por municipio.
modified: 2026-05-27T01:42:05-05:00
contactPoint: Dirección de Información
mbox: datos@coneval.gob.mx
temporal: 2010/2020
spatial: nacional
landingPage: https://www.coneval.org.mx/datos/diccionario.html
accrualPeriodicity: R/P5Y
quality: Validado contra el censo.
distribution:
  - title: Rezago por municipio
    downloadURL: https://datos.coneval.gob.mx/rezago.csv
    mediaType: text/csv
    byteSize: 1024
    tools: LibreOffice Calc
    codelists: Marco Geoestadístico Nacional (INEGI)
  - title: Rezago por municipio (RDF)
    downloadURL: https://datos.coneval.gob.mx/rezago.rdf
    mediaType: application/rdf+xml
    byteSize: 2048
    tools: Apache Jena
`;

/** GOOD_DATASET with one line replaced (1-based), or removed when `text` is undefined. */
export function withLine(line: number, text: string | undefined, base = GOOD_DATASET): string {
  const lines = base.split('\n');
  if (text === undefined) lines.splice(line - 1, 1);
  else lines[line - 1] = text;
  return lines.join('\n');
}

/** A dataset of another identifier and URLs, so two can share a workspace. */
export function otherDataset(identifier: string, base = GOOD_DATASET): string {
  return base
    .replace('rezago-social', identifier)
    .replace(/rezago\.(csv|rdf)/g, `${identifier}.$1`)
    .replace('Índice de rezago social', `Conjunto ${identifier}`);
}

/** A dataset's YAML as one item of a catalog's `dataset:` list. */
export function catalogItem(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
    .join('\n');
}
